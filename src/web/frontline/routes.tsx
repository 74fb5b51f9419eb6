import type { ReactNode } from 'react';
import type { Role } from '../../shared/roles.ts';
import { BASE, Link, type Route } from '../app/router.tsx';
import { CallbacksPage } from './CallbacksPage.tsx';
import { DutyToWarnPage, WARNING_ROLES } from './DutyToWarnPage.tsx';
import { TAKE_REPORT_ROLES, TakeReportPage } from './TakeReportPage.tsx';
import { useFrontlineText } from './text.ts';
import { WarningPage } from './WarningPage.tsx';

/** Who sees the call-backs to make (server: callbacks/policy.ts). */
const CALLBACK_ROLES: readonly Role[] = ['intake_officer', 'caseworker', 'supervisor'];

/** The front line's console pages for a role, or null when the role may not open it. */
export function frontlinePage(
  route: Extract<Route, { page: 'takeReport' | 'callbacks' | 'warnings' | 'warning' }>,
  role: Role,
): ReactNode | null {
  const partner = role === 'partner';
  switch (route.page) {
    case 'takeReport':
      return TAKE_REPORT_ROLES.includes(role) ? <TakeReportPage /> : null;
    case 'callbacks':
      return CALLBACK_ROLES.includes(role) ? <CallbacksPage /> : null;
    case 'warnings':
      return WARNING_ROLES.includes(role) || partner ? <DutyToWarnPage partner={partner} /> : null;
    case 'warning':
      return WARNING_ROLES.includes(role) || partner ? <WarningPage id={route.id} partner={partner} /> : null;
  }
}

export function FrontlineNavLinks({ role }: { role: Role }) {
  const ft = useFrontlineText();
  return (
    <>
      {TAKE_REPORT_ROLES.includes(role) ? (
        <li>
          <Link to={`${BASE}/take-report`}>{ft('fl.nav.takeReport')}</Link>
        </li>
      ) : null}
      {CALLBACK_ROLES.includes(role) ? (
        <li>
          <Link to={`${BASE}/callbacks`}>{ft('fl.nav.callbacks')}</Link>
        </li>
      ) : null}
      {WARNING_ROLES.includes(role) || role === 'partner' ? (
        <li>
          <Link to={`${BASE}/duty-to-warn`}>{ft('fl.nav.warnings')}</Link>
        </li>
      ) : null}
    </>
  );
}
