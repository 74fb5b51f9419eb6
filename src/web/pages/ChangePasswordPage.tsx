import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PASSWORD_MIN_LENGTH, type SessionResponse } from '../../shared/contracts/auth.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useSetSession } from '../app/session.ts';
import { FormError, fieldError } from '../components/states.tsx';

/**
 * A new password: required in place of the one-time password before anything else (`required`), or chosen
 * at any time from the account links. The server refuses common and guessable passwords and says why.
 */
export function ChangePasswordPage({ required = false }: { required?: boolean }) {
  const { t } = useI18n();
  const setSession = useSetSession();
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<SessionResponse>('POST', '/api/v1/auth/password', body),
    onSuccess: (session) => setSession(session),
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('confirm') ?? '')) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword: String(form.get('currentPassword') ?? ''), newPassword });
  };
  const newError = fieldError(change.error, 'newPassword');
  return (
    <section className="narrow">
      <h1>{required ? t('console.password.title') : t('console.password.changeTitle')}</h1>
      <p>
        {required
          ? t('console.password.intro', { min: PASSWORD_MIN_LENGTH })
          : t('console.password.changeIntro', { min: PASSWORD_MIN_LENGTH })}
      </p>
      {change.isSuccess && !required ? (
        <p className="state" role="status">
          {t('console.password.changed')}
        </p>
      ) : null}
      <form onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="pw-current">
            {required ? t('console.password.current') : t('console.secondFactor.currentPassword')}
          </label>
          <input
            id="pw-current"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="pw-new">{t('console.password.new')}</label>
          <input
            id="pw-new"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            required
            aria-invalid={newError ? true : undefined}
            aria-describedby={newError ? 'pw-new-error' : undefined}
          />
          {newError ? (
            <p className="field-error" id="pw-new-error">
              {newError}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="pw-confirm">{t('console.password.confirm')}</label>
          <input
            id="pw-confirm"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={mismatch ? true : undefined}
            aria-describedby={mismatch ? 'pw-confirm-error' : undefined}
          />
          {mismatch ? (
            <p className="field-error" id="pw-confirm-error">
              {t('console.password.mismatch')}
            </p>
          ) : null}
        </div>
        {change.isError && !newError ? <FormError error={change.error} /> : null}
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('console.password.submit')}
        </button>
      </form>
    </section>
  );
}
