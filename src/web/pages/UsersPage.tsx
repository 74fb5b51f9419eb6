import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { PartnerOrgList } from '../../shared/contracts/referrals.ts';
import {
  isGuardedRole,
  type ProposalMade,
  type ProposalRequest,
  roleChangeNeedsApproval,
  type UserCredentials,
  type UserSummary,
} from '../../shared/contracts/users.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { CredentialsCard, ProposalMadeCard } from '../components/credentials.tsx';
import { Empty, ErrorMessage, FormError, fieldError, Loading } from '../components/states.tsx';
import { PROPOSALS_KEY, ProposalsSection } from './ApprovalsPage.tsx';

export { CredentialsCard } from '../components/credentials.tsx';

type UserList = { items: UserSummary[]; total: number };
/** What the last action left to show once: credentials made alone, or the proposer's half of a proposal. */
type Shown = { credentials: UserCredentials } | { proposal: ProposalMade } | null;

// A partner user belongs to an organisation, chosen when the account is made; their role stays partner.
const STAFF_ROLES = ROLES.filter((r) => r !== 'partner');
type NewUser = { email: string; role: Role; displayName: string; locale: 'en' | 'fr'; partnerOrgId?: string };

/**
 * Users and roles (admins). What would give access to case content, or make an administrator, is sent as
 * a proposal that a second person approves (the two-person rule, shared/contracts/users.ts); the rest is
 * done at once.
 */
export function UsersPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [shown, setShown] = useState<Shown>(null);
  const [newRole, setNewRole] = useState<Role>('analyst');
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<UserList>('GET', '/api/v1/users') });
  const orgs = useQuery({
    queryKey: ['partner-orgs'],
    queryFn: () => api<PartnerOrgList>('GET', '/api/v1/partner-orgs'),
  });
  const orgName = (id: string | null) => orgs.data?.items.find((o) => o.id === id)?.name;
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['users'] });
    void client.invalidateQueries({ queryKey: PROPOSALS_KEY });
  };
  const onCredentials = (credentials: UserCredentials) => {
    setShown({ credentials });
    refresh();
  };
  const propose = useMutation({
    mutationFn: (body: ProposalRequest) => api<ProposalMade>('POST', '/api/v1/users/proposals', body),
    onSuccess: (proposal) => {
      setShown({ proposal });
      refresh();
    },
  });
  const create = useMutation({
    mutationFn: (body: NewUser) => api<UserCredentials>('POST', '/api/v1/users', body),
    onSuccess: onCredentials,
  });
  const update = useMutation({
    mutationFn: ({ id, ...patch }: { id: string; disabled?: boolean; role?: Role }) =>
      api<UserSummary>('PATCH', `/api/v1/users/${id}`, patch),
    onSuccess: () => {
      setShown(null);
      refresh();
    },
  });
  const reset = useMutation({
    mutationFn: (id: string) => api<UserCredentials>('POST', `/api/v1/users/${id}/reset`),
    onSuccess: onCredentials,
  });

  const onCreate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body: NewUser = {
      email: String(form.get('email') ?? '').trim(),
      role: newRole,
      displayName: String(form.get('displayName') ?? '').trim(),
      locale: form.get('locale') === 'fr' ? 'fr' : 'en',
      ...(newRole === 'partner' ? { partnerOrgId: String(form.get('partnerOrgId') ?? '') } : {}),
    };
    // The two-person rule (shared/contracts/users.ts) decides: a proposal, or an account made at once.
    if (isGuardedRole(body.role)) {
      const { partnerOrgId: _none, ...proposal } = body;
      propose.mutate({ kind: 'create', ...proposal });
    } else create.mutate(body);
  };
  const toggle = (u: UserSummary) => {
    if (u.disabled && isGuardedRole(u.role)) propose.mutate({ kind: 'enable', userId: u.id });
    else update.mutate({ id: u.id, disabled: !u.disabled });
  };
  const renew = (u: UserSummary) => {
    if (isGuardedRole(u.role)) propose.mutate({ kind: 'reset', userId: u.id });
    else reset.mutate(u.id);
  };
  const changeRole = (u: UserSummary, role: Role) => {
    if (roleChangeNeedsApproval(u.role, role)) propose.mutate({ kind: 'elevate', userId: u.id, role });
    else update.mutate({ id: u.id, role });
  };
  const createError = create.error ?? (propose.variables?.kind === 'create' ? propose.error : null);
  const rowError =
    update.error ?? reset.error ?? (propose.variables?.kind !== 'create' ? propose.error : null);

  return (
    <>
      <h1>{t('console.users.title')}</h1>
      {shown && 'credentials' in shown ? <CredentialsCard credentials={shown.credentials} /> : null}
      {shown && 'proposal' in shown ? <ProposalMadeCard made={shown.proposal} /> : null}
      <section aria-labelledby="users-create">
        <h2 id="users-create">{t('console.users.create')}</h2>
        <p className="hint" id="users-create-hint">
          {t('console.users.createNeedsApproval')}
        </p>
        <form onSubmit={onCreate} className="inline-form" aria-describedby="users-create-hint">
          <div className="field">
            <label htmlFor="user-email">{t('console.users.email')}</label>
            <input id="user-email" name="email" type="email" required />
            {fieldError(createError, 'email') ? (
              <p className="field-error">{fieldError(createError, 'email')}</p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="user-name">{t('console.users.displayName')}</label>
            <input id="user-name" name="displayName" />
          </div>
          <div className="field">
            <label htmlFor="user-role">{t('console.users.role')}</label>
            <select
              id="user-role"
              name="role"
              value={newRole}
              onChange={(e) => setNewRole(e.target.value as Role)}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`console.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          {newRole === 'partner' ? (
            <div className="field">
              <label htmlFor="user-org">{t('console.users.partnerOrg')}</label>
              <select
                id="user-org"
                name="partnerOrgId"
                required
                defaultValue=""
                aria-invalid={fieldError(createError, 'partnerOrgId') ? true : undefined}
              >
                <option value="" disabled>
                  {t('console.users.chooseOrg')}
                </option>
                {(orgs.data?.items ?? [])
                  .filter((o) => o.active)
                  .map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name} ({o.jurisdiction})
                    </option>
                  ))}
              </select>
              {fieldError(createError, 'partnerOrgId') ? (
                <p className="field-error">{fieldError(createError, 'partnerOrgId')}</p>
              ) : null}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="user-locale">{t('console.users.locale')}</label>
            <select id="user-locale" name="locale" defaultValue="en">
              <option value="en" lang="en">
                English
              </option>
              <option value="fr" lang="fr">
                Français
              </option>
            </select>
          </div>
          <button type="submit" className="primary" disabled={create.isPending || propose.isPending}>
            {t('console.users.createSubmit')}
          </button>
        </form>
        <FormError error={createError} />
      </section>
      <ProposalsSection />
      <section aria-labelledby="users-list">
        <h2 id="users-list">{t('console.users.list')}</h2>
        {users.isPending ? <Loading /> : null}
        {users.isError ? <ErrorMessage error={users.error} onRetry={() => void users.refetch()} /> : null}
        {users.data && users.data.items.length === 0 ? <Empty>{t('console.users.empty')}</Empty> : null}
        {users.data && users.data.items.length > 0 ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('console.users.email')}</th>
                  <th scope="col">{t('console.users.displayName')}</th>
                  <th scope="col">{t('console.users.role')}</th>
                  <th scope="col">{t('console.users.state')}</th>
                  <th scope="col">{t('console.users.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((u) => (
                  <tr key={u.id}>
                    <td>{u.email}</td>
                    <td>{u.displayName}</td>
                    <td>
                      {t(`console.role.${u.role}`)}
                      {u.role === 'partner' && orgName(u.partnerOrgId) ? ` — ${orgName(u.partnerOrgId)}` : ''}
                    </td>
                    <td>
                      {u.disabled
                        ? t('console.users.disabled')
                        : u.mustChangePassword
                          ? t('console.users.pending')
                          : t('console.users.active')}
                      {u.recentSignInFailures > 0 ? (
                        <div className="hint">
                          {t('console.users.recentFailures', { count: u.recentSignInFailures })}
                        </div>
                      ) : null}
                    </td>
                    <td className="actions">
                      <button type="button" onClick={() => toggle(u)}>
                        {u.disabled ? t('console.users.enable') : t('console.users.disable')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                      <button type="button" onClick={() => renew(u)}>
                        {t('console.users.reset')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                      {u.role === 'partner' ? null : <RoleChange user={u} onChange={changeRole} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <FormError error={rowError} />
      </section>
    </>
  );
}

/** A role picker and its button, labelled for the account it changes. */
function RoleChange({
  user,
  onChange,
}: {
  user: UserSummary;
  onChange: (u: UserSummary, role: Role) => void;
}) {
  const { t } = useI18n();
  const id = `role-${user.id}`;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const role = String(new FormData(e.currentTarget).get('role')) as Role;
    if (role !== user.role) onChange(user, role);
  };
  return (
    <form className="role-change" onSubmit={onSubmit}>
      <label htmlFor={id} className="visually-hidden">
        {t('console.users.newRole', { email: user.email })}
      </label>
      <select id={id} name="role" defaultValue={user.role}>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`console.role.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit">
        {t('console.users.changeRole')}
        <span className="visually-hidden"> {user.email}</span>
      </button>
    </form>
  );
}
