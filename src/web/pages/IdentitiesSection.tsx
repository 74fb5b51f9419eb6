import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { SignInMethods } from '../../shared/contracts/auth.ts';
import type { OidcIdentity, OidcIdentityList, UserSummary } from '../../shared/contracts/users.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { Empty, ErrorMessage, FormError } from '../components/states.tsx';

const KEY = ['oidc-identities'] as const;

/**
 * Sign-ins through the organisation's identity provider, and the accounts they are linked to: an admin
 * proposes a link (`canLink`: the users page), a second person approves it (the approvals page), and
 * either may refuse or remove one. Shown where a provider is configured.
 */
export function IdentitiesSection({ canLink }: { canLink: boolean }) {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const methods = useQuery({
    queryKey: ['sign-in-methods'],
    queryFn: () => api<SignInMethods>('GET', '/api/v1/auth/methods'),
  });
  const provider = methods.data?.provider;
  const identities = useQuery({
    queryKey: KEY,
    queryFn: () => api<OidcIdentityList>('GET', '/api/v1/users/identities'),
    enabled: Boolean(provider),
  });
  const users = useQuery({
    queryKey: ['users'],
    queryFn: () => api<{ items: UserSummary[] }>('GET', '/api/v1/users'),
    enabled: Boolean(provider) && canLink,
  });
  const done = () => void client.invalidateQueries({ queryKey: KEY });
  const act = useMutation({
    mutationFn: (a: { id: string; action: 'link' | 'approve' | 'unlink'; userId?: string }) =>
      api<OidcIdentity>(
        'POST',
        `/api/v1/users/identities/${a.id}/${a.action}`,
        a.userId ? { userId: a.userId } : undefined,
      ),
    onSuccess: done,
  });
  if (!provider) return null;
  const items = identities.data?.items ?? [];
  const onLink = (id: string) => (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const userId = String(new FormData(e.currentTarget).get('userId') ?? '');
    if (userId) act.mutate({ id, action: 'link', userId });
  };
  return (
    <section aria-labelledby="identities-heading">
      <h2 id="identities-heading">{t('console.identities.title', { name: provider.name })}</h2>
      <p>{t('console.identities.intro')}</p>
      {identities.isError ? (
        <ErrorMessage error={identities.error} onRetry={() => void identities.refetch()} />
      ) : null}
      {identities.data && items.length === 0 ? <Empty>{t('console.identities.empty')}</Empty> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('console.identities.who')}</th>
                <th scope="col">{t('console.identities.lastSeen')}</th>
                <th scope="col">{t('console.identities.account')}</th>
                <th scope="col">{t('console.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.email ?? '—'}
                    {i.displayName ? <div className="hint">{i.displayName}</div> : null}
                  </td>
                  <td>{date(i.lastSeenAt)}</td>
                  <td>
                    {i.account ? `${i.account.email} (${t(`console.role.${i.account.role}`)})` : '—'}
                    <div className="hint">{t(`console.identities.status.${i.status}`)}</div>
                  </td>
                  <td className="actions">
                    {i.status === 'unlinked' && canLink ? (
                      <form onSubmit={onLink(i.id)}>
                        <label htmlFor={`link-${i.id}`} className="visually-hidden">
                          {t('console.identities.chooseAccount', { who: i.email ?? i.id })}
                        </label>
                        <select id={`link-${i.id}`} name="userId" required defaultValue="">
                          <option value="" disabled>
                            {t('console.identities.chooseAccount', { who: i.email ?? i.id })}
                          </option>
                          {(users.data?.items ?? [])
                            .filter((u) => !u.disabled)
                            .map((u) => (
                              <option key={u.id} value={u.id}>
                                {u.email}
                              </option>
                            ))}
                        </select>{' '}
                        <button type="submit" disabled={act.isPending}>
                          {t('console.identities.proposeLink')}
                        </button>
                      </form>
                    ) : null}
                    {i.canApprove ? (
                      <button
                        type="button"
                        className="primary"
                        disabled={act.isPending}
                        onClick={() => act.mutate({ id: i.id, action: 'approve' })}
                      >
                        {t('console.approvals.approve')}
                        <span className="visually-hidden"> {i.email}</span>
                      </button>
                    ) : null}
                    {i.status !== 'unlinked' ? (
                      <button
                        type="button"
                        disabled={act.isPending}
                        onClick={() => act.mutate({ id: i.id, action: 'unlink' })}
                      >
                        {t(i.status === 'linked' ? 'console.identities.unlink' : 'console.approvals.refuse')}
                        <span className="visually-hidden"> {i.email}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <FormError error={act.error} />
    </section>
  );
}
