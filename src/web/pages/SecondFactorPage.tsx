import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { SecondFactorEnrolment, SessionResponse } from '../../shared/contracts/auth.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useSetSession } from '../app/session.ts';
import { FormError, fieldError } from '../components/states.tsx';
import { TotpSecret } from '../components/TotpSecret.tsx';

const digits = (v: FormDataEntryValue | null) => String(v ?? '').replace(/\s/g, '');

/** A six-digit code field with its hint and its own error, tied together for screen readers. */
function CodeField({ id, label, error }: { id: string; label: string; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Replacing one's own authenticator, in two steps: prove both factors and receive a new secret (QR code
 * and text); then confirm it with a code from it. The old one works until then.
 */
export function SecondFactorPage() {
  const { t, date } = useI18n();
  const setSession = useSetSession();
  const start = useMutation({
    mutationFn: (body: { currentPassword: string; code: string }) =>
      api<SecondFactorEnrolment>('POST', '/api/v1/auth/second-factor', body),
  });
  const confirm = useMutation({
    mutationFn: (body: { code: string }) =>
      api<SessionResponse>('POST', '/api/v1/auth/second-factor/confirm', body),
    onSuccess: (session) => setSession(session),
  });
  const onStart = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    confirm.reset();
    start.mutate({
      currentPassword: String(form.get('currentPassword') ?? ''),
      code: digits(form.get('code')),
    });
  };
  const onConfirm = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    confirm.mutate({ code: digits(new FormData(e.currentTarget).get('code')) });
  };
  const restart = () => {
    start.reset();
    confirm.reset();
  };

  if (confirm.isSuccess) {
    return (
      <section className="narrow">
        <h1>{t('console.secondFactor.title')}</h1>
        <p className="state" role="status">
          {t('console.secondFactor.done')}
        </p>
      </section>
    );
  }
  const enrolment = start.data;
  return (
    <section className="narrow">
      <h1>{t('console.secondFactor.title')}</h1>
      {enrolment ? (
        <>
          <h2>{t('console.secondFactor.scanTitle')}</h2>
          <p>{t('console.secondFactor.scanIntro', { time: date(enrolment.expiresAt) })}</p>
          <TotpSecret secret={enrolment.totpSecret} uri={enrolment.totpUri} />
          <form onSubmit={onConfirm}>
            <CodeField
              id="sf-new-code"
              label={t('console.secondFactor.newCode')}
              error={fieldError(confirm.error, 'code')}
            />
            {confirm.isError && !fieldError(confirm.error, 'code') ? (
              <FormError error={confirm.error} />
            ) : null}
            <button type="submit" className="primary" disabled={confirm.isPending}>
              {t('console.secondFactor.confirm')}
            </button>{' '}
            <button type="button" className="link-button" onClick={restart}>
              {t('console.secondFactor.again')}
            </button>
          </form>
        </>
      ) : (
        <>
          <p>{t('console.secondFactor.intro')}</p>
          <form onSubmit={onStart}>
            <div className="field">
              <label htmlFor="sf-password">{t('console.secondFactor.currentPassword')}</label>
              <input
                id="sf-password"
                name="currentPassword"
                type="password"
                autoComplete="current-password"
                required
                aria-invalid={fieldError(start.error, 'currentPassword') ? true : undefined}
                aria-describedby={
                  fieldError(start.error, 'currentPassword') ? 'sf-password-error' : undefined
                }
              />
              {fieldError(start.error, 'currentPassword') ? (
                <p className="field-error" id="sf-password-error">
                  {fieldError(start.error, 'currentPassword')}
                </p>
              ) : null}
            </div>
            <CodeField
              id="sf-code"
              label={t('console.secondFactor.currentCode')}
              error={fieldError(start.error, 'code')}
            />
            {start.isError &&
            !fieldError(start.error, 'code') &&
            !fieldError(start.error, 'currentPassword') ? (
              <FormError error={start.error} />
            ) : null}
            <button type="submit" className="primary" disabled={start.isPending}>
              {t('console.secondFactor.start')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
