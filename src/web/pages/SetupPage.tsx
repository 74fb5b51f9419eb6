import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { SetupCredentials, SetupRequest } from '../../shared/contracts/auth.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { CredentialsCard } from '../components/credentials.tsx';
import { Empty, ErrorMessage, FormError, fieldError, Loading } from '../components/states.tsx';

/** First run: the one-time link printed at start creates the first administrator here. */
export function SetupPage() {
  const { t } = useI18n();
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const status = useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api<{ needed: boolean }>('GET', '/api/v1/setup/status'),
  });
  const setup = useMutation({
    mutationFn: (body: SetupRequest) => api<SetupCredentials>('POST', '/api/v1/setup', body),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setup.mutate({
      token,
      email: text('email'),
      displayName: text('displayName'),
      supervisor: { email: text('supervisorEmail'), displayName: text('supervisorName') },
    });
  };
  if (setup.data) {
    return (
      <section className="narrow">
        <h1>{t('console.setup.doneTitle')}</h1>
        <p>{t('console.setup.doneIntro')}</p>
        <CredentialsCard credentials={setup.data.admin} title={t('console.setup.adminLegend')} />
        <CredentialsCard credentials={setup.data.supervisor} title={t('console.setup.supervisorLegend')} />
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
            <PersonFields
              legend={t('console.setup.adminLegend')}
              prefix="setup"
              names={['email', 'displayName']}
              labels={[t('console.setup.email'), t('console.setup.displayName')]}
              emailError={fieldError(setup.error, 'email')}
            />
            <PersonFields
              legend={t('console.setup.supervisorLegend')}
              hint={t('console.setup.supervisorHint')}
              prefix="setup-supervisor"
              names={['supervisorEmail', 'supervisorName']}
              labels={[t('console.setup.supervisorEmail'), t('console.setup.supervisorName')]}
              emailError={fieldError(setup.error, 'supervisor.email')}
            />
            {setup.isError ? <FormError error={setup.error} /> : null}
            <button type="submit" className="primary" disabled={setup.isPending}>
              {t('console.setup.submit')}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}

/** One person's address and name, with the address's own error tied to it for screen readers. */
function PersonFields(props: {
  legend: string;
  hint?: string;
  prefix: string;
  names: [string, string];
  labels: [string, string];
  emailError: string | undefined;
}) {
  const { legend, hint, prefix, names, labels, emailError } = props;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="field">
        <label htmlFor={`${prefix}-email`}>{labels[0]}</label>
        <input
          id={`${prefix}-email`}
          name={names[0]}
          type="email"
          autoComplete="off"
          required
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? `${prefix}-email-error` : undefined}
        />
        {emailError ? (
          <p className="field-error" id={`${prefix}-email-error`}>
            {emailError}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>{labels[1]}</label>
        <input id={`${prefix}-name`} name={names[1]} autoComplete="off" required />
      </div>
    </fieldset>
  );
}
