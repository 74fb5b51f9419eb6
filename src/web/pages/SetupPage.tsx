import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { Credentials } from '../../shared/contracts/auth.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { Empty, ErrorMessage, errorText, fieldError, Loading } from '../components/states.tsx';
import { CredentialsCard } from './UsersPage.tsx';

/** First run: the one-time link printed at start creates the first administrator here. */
export function SetupPage() {
  const { t } = useI18n();
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const status = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api<{ needed: boolean }>('GET', '/api/v1/setup/status'),
  });
  const setup = useMutation({
    mutationFn: (body: { token: string; email: string; displayName: string }) =>
      api<Credentials>('POST', '/api/v1/setup', body),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setup.mutate({
      token,
      email: String(form.get('email') ?? '').trim(),
      displayName: String(form.get('displayName') ?? '').trim(),
    });
  };
  if (setup.data) {
    return (
      <section className="narrow">
        <h1>{t('console.setup.doneTitle')}</h1>
        <CredentialsCard credentials={setup.data} />
        <p>
          <Link to={`${BASE}/`}>{t('console.setup.goSignIn')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('console.setup.title')}</h1>
      {status.isPending ? <Loading /> : null}
      {status.isError ? <ErrorMessage error={status.error} onRetry={() => void status.refetch()} /> : null}
      {status.data && !status.data.needed ? (
        <Empty>
          {t('console.setup.notNeeded')} <Link to={`${BASE}/`}>{t('console.setup.goSignIn')}</Link>
        </Empty>
      ) : null}
      {status.data?.needed && !token ? <Empty>{t('console.setup.noToken')}</Empty> : null}
      {status.data?.needed && token ? (
        <>
          <p>{t('console.setup.intro')}</p>
          <form onSubmit={onSubmit}>
            <div className="field">
              <label htmlFor="setup-email">{t('console.setup.email')}</label>
              <input id="setup-email" name="email" type="email" autoComplete="email" required />
              {fieldError(setup.error, 'email') ? (
                <p className="field-error">{fieldError(setup.error, 'email')}</p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="setup-name">{t('console.setup.displayName')}</label>
              <input id="setup-name" name="displayName" autoComplete="name" required />
            </div>
            {setup.isError ? (
              <p className="form-error" role="alert">
                {errorText(setup.error, t)}
              </p>
            ) : null}
            <button type="submit" className="primary" disabled={setup.isPending}>
              {t('console.setup.submit')}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
