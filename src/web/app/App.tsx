import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import type { Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';
import { FrontlineNavLinks, frontlinePage } from '../frontline/routes.tsx';
import { ApprovalsPage } from '../pages/ApprovalsPage.tsx';
import { AuditPage } from '../pages/AuditPage.tsx';
import { CampaignPage } from '../pages/CampaignPage.tsx';
import { CampaignsPage } from '../pages/CampaignsPage.tsx';
import { CasePage } from '../pages/CasePage.tsx';
import { ChangePasswordPage } from '../pages/ChangePasswordPage.tsx';
import { DASHBOARD_ROLES, DashboardNavLink, DashboardPage } from '../pages/DashboardPage.tsx';
import { EXPORT_ROLES, ExportsNavLink, ExportsPage } from '../pages/ExportsPage.tsx';
import { NAMED_ACTOR_ROLES, NamedActorsNavLink, NamedActorsPage } from '../pages/NamedActorsPage.tsx';
import { PasskeysPage } from '../pages/PasskeysPage.tsx';
import { QueuePage } from '../pages/QueuePage.tsx';
import { RegistriesPage } from '../pages/RegistriesPage.tsx';
import { RETENTION_ROLES, RetentionNavLink, RetentionPage } from '../pages/retention/RetentionPage.tsx';
import { SEARCH_ROLES, SearchNavLink, SearchPage } from '../pages/SearchPage.tsx';
import { SecondFactorPage } from '../pages/SecondFactorPage.tsx';
import { SetupPage } from '../pages/SetupPage.tsx';
import { SignInPage } from '../pages/SignInPage.tsx';
import {
  SUPPORT_RESOURCE_ROLES,
  SupportResourcesNavLink,
  SupportResourcesPage,
} from '../pages/SupportResourcesPage.tsx';
import { SYSTEM_ROLES, SystemNavLink, SystemPage } from '../pages/SystemPage.tsx';
import { TaxonomyNavLink, TaxonomyPage } from '../pages/TaxonomyPage.tsx';
import { UsersPage } from '../pages/UsersPage.tsx';
import { PartnerPortal } from '../partner/PartnerPortal.tsx';
import { LanguageSwitch, useI18n } from './i18n.tsx';
import { useIndicatorText } from './indicator-text.ts';
import { BASE, Link, type Route, useFocusHeadingOnNavigate, useLocation, useRoute } from './router.tsx';
import { useSession, useSetSession } from './session.ts';

const CASE_ROLES: readonly Role[] = ['intake_officer', 'caseworker', 'supervisor', 'analyst'];
const AUDIT_ROLES: readonly Role[] = ['supervisor', 'admin'];
/** Who sees proposals under the two-person rule (admins also on the users page). */
const REVIEW_ROLES: readonly Role[] = ['supervisor', 'admin'];

export function App() {
  const route = useRoute();
  const session = useSession();
  const { t, adoptUserLocale } = useI18n();
  const userLocale = session.data?.user.locale;
  useEffect(() => {
    if (userLocale) adoptUserLocale(userLocale);
  }, [userLocale, adoptUserLocale]);
  if (route.page === 'setup') return <Shell>{<SetupPage />}</Shell>;
  if (session.isPending) return <Shell>{<Loading />}</Shell>;
  if (session.isError)
    return <Shell>{<ErrorMessage error={session.error} onRetry={() => void session.refetch()} />}</Shell>;
  const data = session.data;
  if (!data) return <Shell>{<SignInPage />}</Shell>;
  if (data.user.mustChangePassword) return <Shell signedIn>{<ChangePasswordPage required />}</Shell>;
  const role = data.user.role;
  return <Shell signedIn>{pageFor(route, role, t('console.notAllowed'), t('console.notFound'))}</Shell>;
}

function pageFor(route: Route, role: Role, notAllowed: string, notFound: string): ReactNode {
  const canCases = CASE_ROLES.includes(role);
  switch (route.page) {
    case 'queue':
      if (role === 'partner') return <PartnerPortal />;
      if (canCases) return <QueuePage />;
      if (role === 'admin') return <UsersPage />;
      return <Denied text={notAllowed} />;
    case 'case':
      return canCases ? <CasePage id={route.id} /> : <Denied text={notAllowed} />;
    case 'audit':
      return AUDIT_ROLES.includes(role) ? <AuditPage /> : <Denied text={notAllowed} />;
    case 'dashboard':
      return DASHBOARD_ROLES.includes(role) ? <DashboardPage /> : <Denied text={notAllowed} />;
    case 'campaigns':
      return LINK_ROLES.includes(role) ? <CampaignsPage /> : <Denied text={notAllowed} />;
    case 'campaign':
      return LINK_ROLES.includes(role) ? <CampaignPage id={route.id} /> : <Denied text={notAllowed} />;
    case 'users':
      return role === 'admin' ? <UsersPage /> : <Denied text={notAllowed} />;
    case 'search':
      return SEARCH_ROLES.includes(role) ? <SearchPage /> : <Denied text={notAllowed} />;
    case 'exports':
      return EXPORT_ROLES.includes(role) ? <ExportsPage /> : <Denied text={notAllowed} />;
    case 'approvals':
      return REVIEW_ROLES.includes(role) ? <ApprovalsPage /> : <Denied text={notAllowed} />;
    case 'retention':
      return RETENTION_ROLES.includes(role) ? <RetentionPage role={role} /> : <Denied text={notAllowed} />;
    case 'registries':
      return role === 'admin' ? <RegistriesPage /> : <Denied text={notAllowed} />;
    case 'namedActors':
      return NAMED_ACTOR_ROLES.includes(role) ? (
        <NamedActorsPage role={role} />
      ) : (
        <Denied text={notAllowed} />
      );
    case 'system':
      return SYSTEM_ROLES.includes(role) ? <SystemPage /> : <Denied text={notAllowed} />;
    case 'taxonomy':
      return role === 'admin' ? <TaxonomyPage /> : <Denied text={notAllowed} />;
    case 'supportResources':
      return SUPPORT_RESOURCE_ROLES.includes(role) ? <SupportResourcesPage /> : <Denied text={notAllowed} />;
    case 'password':
      return <ChangePasswordPage />;
    case 'secondFactor':
      return <SecondFactorPage />;
    case 'passkeys':
      return <PasskeysPage />;
    case 'setup':
      return <SetupPage />;
    case 'takeReport':
    case 'callbacks':
    case 'warnings':
    case 'warning':
      return frontlinePage(route, role) ?? <Denied text={notAllowed} />;
    case 'notFound':
      return <Denied text={notFound} />;
  }
}

/** Links and campaigns are for analysts and supervisors (identities never appear there). */
const LINK_ROLES: readonly Role[] = ['analyst', 'supervisor'];

function CampaignsNavLink() {
  const it = useIndicatorText();
  return (
    <li>
      <Link to={`${BASE}/campaigns`}>{it('indicators.page.nav')}</Link>
    </li>
  );
}

function Denied({ text }: { text: string }) {
  return (
    <>
      <h1>{text}</h1>
      <Empty>
        <Link to={`${BASE}/`}>{text}</Link>
      </Empty>
    </>
  );
}

function Shell({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  const { t } = useI18n();
  const location = useLocation();
  useFocusHeadingOnNavigate(location);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('console.skipToContent')}
      </a>
      <header className="topbar">
        <span className="brand">{t('console.brand')}</span>
        {signedIn ? <Nav /> : null}
        <div className="topbar-end">
          <LanguageSwitch />
          {signedIn ? <SignOut /> : null}
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}

function Nav() {
  const { t } = useI18n();
  const session = useSession();
  const role = session.data?.user.role;
  if (!role) return null;
  return (
    <nav aria-label={t('console.nav.label')}>
      <ul className="nav">
        {CASE_ROLES.includes(role) ? (
          <li>
            <Link to={`${BASE}/`}>{t('console.nav.queue')}</Link>
          </li>
        ) : null}
        <FrontlineNavLinks role={role} />
        <SearchNavLink role={role} />
        <DashboardNavLink role={role} />
        {LINK_ROLES.includes(role) ? <CampaignsNavLink /> : null}
        <ExportsNavLink role={role} />
        <NamedActorsNavLink role={role} />
        {AUDIT_ROLES.includes(role) ? (
          <li>
            <Link to={`${BASE}/audit`}>{t('console.nav.audit')}</Link>
          </li>
        ) : null}
        {role === 'admin' ? (
          <li>
            <Link to={`${BASE}/users`}>{t('console.nav.users')}</Link>
          </li>
        ) : null}
        {REVIEW_ROLES.includes(role) ? (
          <li>
            <Link to={`${BASE}/approvals`}>{t('console.nav.approvals')}</Link>
          </li>
        ) : null}
        <RetentionNavLink role={role} />
        <SystemNavLink role={role} />
        <TaxonomyNavLink role={role} />
        <SupportResourcesNavLink role={role} />
        <li>
          <Link to={`${BASE}/account/password`}>{t('console.nav.password')}</Link>
        </li>
        <li>
          <Link to={`${BASE}/account/second-factor`}>{t('console.nav.secondFactor')}</Link>
        </li>
        <li>
          <Link to={`${BASE}/account/passkeys`}>{t('console.nav.passkeys')}</Link>
        </li>
      </ul>
    </nav>
  );
}

function SignOut() {
  const { t } = useI18n();
  const session = useSession();
  const setSession = useSetSession();
  const signOut = useMutation({
    mutationFn: () => api('POST', '/api/v1/auth/logout'),
    onSettled: () => setSession(null),
  });
  const user = session.data?.user;
  return (
    <>
      {user ? (
        <span className="who">
          {user.displayName || user.email} · {t(`console.role.${user.role}`)}
        </span>
      ) : null}
      <button type="button" className="link-button" onClick={() => signOut.mutate()}>
        {t('console.signOut')}
      </button>
    </>
  );
}
