import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId } from 'react';
import type { SessionResponse } from '../../shared/contracts/auth.ts';
import { api, setCsrfToken } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useSetSession } from '../app/session.ts';
import { errorText } from '../components/states.tsx';

export function SignInPage() {
  const { t } = useI18n();
  const setSession = useSetSession();
  const errorId = useId();
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string; totp: string }) =>
      api<SessionResponse>('POST', '/api/v1/auth/login', body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      setSession(session);
    },
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    signIn.mutate({
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
      totp: String(form.get('totp') ?? '').replace(/\s/g, ''),
    });
  };
  return (
    <section className="narrow">
      <h1>{t('console.signIn.title')}</h1>
      <p>{t('console.signIn.intro')}</p>
      <form onSubmit={onSubmit} aria-describedby={signIn.isError ? errorId : undefined} noValidate={false}>
        <div className="field">
          <label htmlFor="signin-email">{t('console.signIn.email')}</label>
          <input id="signin-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="signin-password">{t('console.signIn.password')}</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="signin-totp">{t('console.signIn.code')}</label>
          <p className="hint" id="signin-totp-hint">
            {t('console.signIn.codeHint')}
          </p>
          <input
            id="signin-totp"
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            required
            aria-describedby="signin-totp-hint"
          />
        </div>
        {signIn.isError ? (
          <p className="form-error" role="alert" id={errorId}>
            {errorText(signIn.error, t)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('console.signIn.working') : t('console.signIn.submit')}
        </button>
      </form>
    </section>
  );
}
