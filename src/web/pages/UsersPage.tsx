import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Credentials } from '../../shared/contracts/auth.ts';
import type { UserCredentials, UserSummary } from '../../shared/contracts/users.ts';
import { ROLES, type Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { Empty, ErrorMessage, errorText, fieldError, Loading } from '../components/states.tsx';

/** Shown once after creating or resetting an account: hand these over in person, then they are gone. */
export function CredentialsCard({ credentials }: { credentials: Credentials }) {
  const { t } = useI18n();
  return (
    <div className="credentials" role="status">
      <p>
        <strong>{t('console.users.credentialsOnce')}</strong>
      </p>
      <dl>
        <dt>{t('console.users.email')}</dt>
        <dd>{credentials.email}</dd>
        <dt>{t('console.users.oneTimePassword')}</dt>
        <dd>
          <code>{credentials.password}</code>
        </dd>
        <dt>{t('console.users.totpSecret')}</dt>
        <dd>
          <code>{credentials.totpSecret}</code>
        </dd>
      </dl>
    </div>
  );
}

type UserList = { items: UserSummary[]; total: number };

export function UsersPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [shown, setShown] = useState<Credentials | null>(null);
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<UserList>('GET', '/api/v1/users') });
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] });
  const create = useMutation({
    mutationFn: (body: { email: string; role: Role; displayName: string }) =>
      api<UserCredentials>('POST', '/api/v1/users', body),
    onSuccess: (c) => {
      setShown(c);
      void refresh();
    },
  });
  const update = useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      api<UserSummary>('PATCH', `/api/v1/users/${id}`, { disabled }),
    onSuccess: () => void refresh(),
  });
  const reset = useMutation({
    mutationFn: (id: string) => api<UserCredentials>('POST', `/api/v1/users/${id}/reset`),
    onSuccess: (c) => {
      setShown(c);
      void refresh();
    },
  });
  const onCreate = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    create.mutate({
      email: String(form.get('email') ?? '').trim(),
      role: String(form.get('role')) as Role,
      displayName: String(form.get('displayName') ?? '').trim(),
    });
  };
  return (
    <>
      <h1>{t('console.users.title')}</h1>
      {shown ? <CredentialsCard credentials={shown} /> : null}
      <section aria-labelledby="users-create">
        <h2 id="users-create">{t('console.users.create')}</h2>
        <form onSubmit={onCreate} className="inline-form">
          <div className="field">
            <label htmlFor="user-email">{t('console.users.email')}</label>
            <input id="user-email" name="email" type="email" required />
            {fieldError(create.error, 'email') ? (
              <p className="field-error">{fieldError(create.error, 'email')}</p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="user-name">{t('console.users.displayName')}</label>
            <input id="user-name" name="displayName" />
          </div>
          <div className="field">
            <label htmlFor="user-role">{t('console.users.role')}</label>
            <select id="user-role" name="role" defaultValue="caseworker">
              {ROLES.filter((r) => r !== 'partner').map((r) => (
                <option key={r} value={r}>
                  {t(`console.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="primary" disabled={create.isPending}>
            {t('console.users.createSubmit')}
          </button>
        </form>
        {create.isError ? (
          <p className="form-error" role="alert">
            {errorText(create.error, t)}
          </p>
        ) : null}
      </section>
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
                    <td>{t(`console.role.${u.role}`)}</td>
                    <td>
                      {u.disabled
                        ? t('console.users.disabled')
                        : u.mustChangePassword
                          ? t('console.users.pending')
                          : t('console.users.active')}
                    </td>
                    <td className="actions">
                      <button
                        type="button"
                        onClick={() => update.mutate({ id: u.id, disabled: !u.disabled })}
                      >
                        {u.disabled ? t('console.users.enable') : t('console.users.disable')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                      <button type="button" onClick={() => reset.mutate(u.id)}>
                        {t('console.users.reset')}
                        <span className="visually-hidden"> {u.email}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {update.isError || reset.isError ? (
          <p className="form-error" role="alert">
            {errorText(update.error ?? reset.error, t)}
          </p>
        ) : null}
      </section>
    </>
  );
}
