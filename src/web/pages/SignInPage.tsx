import { startAuthentication } from '@simplewebauthn/browser';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useRef } from 'react';
import type { SessionResponse, SignInMethods, SignInStep } from '../../shared/contracts/auth.ts';
import { api, setCsrfToken } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useSetSession } from '../app/session.ts';
import { errorText } from '../components/states.tsx';

type Options = Parameters<typeof startAuthentication>[0]['optionsJSON'];

/** The device's passkey prompt was dismissed or failed (not a server answer). */
class CeremonyCancelled extends Error {}
/** The account has no passkey: the code it is. */
class NoPasskey extends Error {}

const digits = (v: FormDataEntryValue | null) => String(v ?? '').replace(/\s/g, '');

/** Signs the passkey challenge of the sign-in under way and completes it. */
async function withPasskey(options: Options | null): Promise<SessionResponse> {
  if (!options) throw new NoPasskey();
  const response = await startAuthentication({ optionsJSON: options }).catch(() => {
    throw new CeremonyCancelled();
  });
  return api<SessionResponse>('POST', '/api/v1/auth/login/complete', { passkey: response });
}

/**
 * Sign-in: e-mail, password and the six-digit code in one step; or e-mail and password, then a passkey;
 * or through the organisation's identity provider (when configured), after which FocalPoint may still ask
 * for its own second factor (`?step=second-factor`).
 */
export function SignInPage() {
  const { t } = useI18n();
  const setSession = useSetSession();
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);
  const params = new URLSearchParams(window.location.search);
  const onSession = (session: SessionResponse) => {
    setCsrfToken(session.csrfToken);
    window.history.replaceState(null, '', window.location.pathname);
    setSession(session);
  };
  const methods = useQuery({
    queryKey: ['sign-in-methods'],
    queryFn: () => api<SignInMethods>('GET', '/api/v1/auth/methods'),
  });
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string; totp: string }) =>
      api<SessionResponse>('POST', '/api/v1/auth/login', body),
    onSuccess: onSession,
  });
  const passkey = useMutation({
    mutationFn: async (body: { email: string; password: string }) => {
      const step = await api<SignInStep>('POST', '/api/v1/auth/login/begin', body);
      return withPasskey(step.passkey as Options | null);
    },
    onSuccess: onSession,
  });
  if (params.get('step') === 'second-factor') return <SecondStep onSession={onSession} />;

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    passkey.reset();
    signIn.mutate({
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
      totp: digits(data.get('totp')),
    });
  };
  const onPasskey = () => {
    const el = form.current;
    if (!el) return;
    const email = el.elements.namedItem('email') as HTMLInputElement;
    const password = el.elements.namedItem('password') as HTMLInputElement;
    if (!email.reportValidity() || !password.reportValidity()) return;
    signIn.reset();
    passkey.mutate({ email: email.value.trim(), password: password.value });
  };
  const failed = signIn.error ?? passkey.error;
  const provider = methods.data?.provider;
  const notice = params.get('provider');
  return (
    <section className="narrow">
      <h1>{t('console.signIn.title')}</h1>
      <p>{t('console.signIn.intro')}</p>
      {notice === 'pending' ? (
        <p className="state" role="status">
          {t('console.signIn.providerPending')}
        </p>
      ) : notice === 'failed' ? (
        <p className="form-error" role="alert">
          {t('console.signIn.providerFailed')}
        </p>
      ) : null}
      {provider ? (
        <p>
          <a className="button" href="/api/v1/auth/oidc/start">
            {t('console.signIn.withProvider', { name: provider.name })}
          </a>
        </p>
      ) : null}
      <form ref={form} onSubmit={onSubmit} aria-describedby={failed ? errorId : undefined}>
        <div className="field">
          <label htmlFor="signin-email">{t('console.signIn.email')}</label>
          <input id="signin-email" name="email" type="email" autoComplete="username webauthn" required />
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
        {failed ? (
          <p className="form-error" role="alert" id={errorId}>
            {failed instanceof NoPasskey
              ? t('console.signIn.noPasskey')
              : failed instanceof CeremonyCancelled
                ? t('console.signIn.passkeyCancelled')
                : errorText(failed, t)}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={signIn.isPending || passkey.isPending}>
          {signIn.isPending ? t('console.signIn.working') : t('console.signIn.submit')}
        </button>
        {methods.data?.passkeys ? (
          <p>
            {t('console.signIn.orPasskey')}{' '}
            <button type="button" onClick={onPasskey} disabled={signIn.isPending || passkey.isPending}>
              {passkey.isPending ? t('console.signIn.working') : t('console.signIn.withPasskey')}
            </button>
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** After the identity provider: FocalPoint's own second factor, a passkey or a code. */
function SecondStep({ onSession }: { onSession: (s: SessionResponse) => void }) {
  const { t } = useI18n();
  const errorId = useId();
  const step = useQuery({
    queryKey: ['sign-in-step'],
    queryFn: () => api<SignInStep>('GET', '/api/v1/auth/login/step'),
  });
  const code = useMutation({
    mutationFn: (totp: string) => api<SessionResponse>('POST', '/api/v1/auth/login/complete', { totp }),
    onSuccess: onSession,
  });
  const passkey = useMutation({
    mutationFn: () => withPasskey((step.data?.passkey ?? null) as Options | null),
    onSuccess: onSession,
  });
  const failed = step.error ?? code.error ?? passkey.error;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    passkey.reset();
    code.mutate(digits(new FormData(e.currentTarget).get('totp')));
  };
  return (
    <section className="narrow">
      <h1>{t('console.signIn.secondStepTitle')}</h1>
      <p>{t('console.signIn.secondStepIntro')}</p>
      {failed ? (
        <p className="form-error" role="alert" id={errorId}>
          {failed instanceof CeremonyCancelled ? t('console.signIn.passkeyCancelled') : errorText(failed, t)}
        </p>
      ) : null}
      {step.data?.passkey ? (
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => passkey.mutate()}
            disabled={passkey.isPending}
          >
            {t('console.signIn.usePasskey')}
          </button>
        </p>
      ) : null}
      <form onSubmit={onSubmit} aria-describedby={failed ? errorId : undefined}>
        <div className="field">
          <label htmlFor="step-totp">{t('console.signIn.code')}</label>
          <input
            id="step-totp"
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            required
          />
        </div>
        <button type="submit" disabled={code.isPending}>
          {t('console.signIn.confirmCode')}
        </button>
      </form>
    </section>
  );
}
