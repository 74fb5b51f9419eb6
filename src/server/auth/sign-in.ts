import { verify } from '@node-rs/argon2';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { claimTotpStep } from './second-factor.ts';
import { createSession, purgeExpiredSessions, type SessionUser } from './sessions.ts';
import { pausedError } from './sign-in-throttle.ts';
import { acceptedStep } from './totp.ts';

/**
 * Sign-in: e-mail, password (Argon2id) and TOTP. Whatever goes wrong, the answer is the same — an unknown
 * address, a wrong password, a wrong or replayed code, a disabled account — and an unknown address costs
 * the same Argon2id verification as a known one. Failures are counted in memory by `SignInThrottle`
 * (deps.runtime.auth.throttle): per address and source (a pause for that source only), per source, and
 * per address from everywhere (a slow-down, never a lock-out): someone who knows an address cannot lock
 * its owner out.
 */
type UserRow = {
  id: string;
  email: string;
  display_name: string;
  role: SessionUser['role'];
  partner_org_id: string | null;
  locale: 'en' | 'fr';
  must_change_password: boolean;
  on_duty: boolean;
  password_hash: string;
  totp_secret_sealed: unknown;
  disabled_at: Date | null;
};

type FailureReason = 'password' | 'totp' | 'totp_replayed' | 'disabled';

export type SignInResult = { user: SessionUser; token: string; expiresAt: Date };

/** `source` is the request's address (req.ip): hashed in memory by the throttle, never kept or logged. */
export async function signIn(
  deps: AppDeps,
  input: { email: string; password: string; totp: string },
  source: string,
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const { throttle } = deps.runtime.auth;
  const attempt = throttle.begin(email, source);
  if (!('delayMs' in attempt)) {
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        { actor: { type: 'system' }, action: 'auth.sign_in.refused', meta: { reason: 'locked' } },
        deps.clock.now(),
      ),
    );
    throw pausedError(attempt.refusedForMs);
  }
  // Every answer for an address that others have been failing on is held back, a right one too: how
  // soon an answer comes must not tell a guesser whether the guess was right.
  await throttle.hold(attempt.delayMs);
  const now = deps.clock.now();

  const { rows } = await deps.db.query<UserRow>(
    `SELECT id, email, display_name, role, partner_org_id, locale, must_change_password, on_duty, password_hash,
            totp_secret_sealed, disabled_at
       FROM users WHERE email = $1`,
    [email],
  );
  const user = rows[0];
  const passwordOk = await verify(user?.password_hash ?? (await throttle.dummyHash()), input.password).catch(
    () => false,
  );

  let failure: FailureReason | null = null;
  if (!user || !passwordOk) failure = 'password';
  else if (user.disabled_at) failure = 'disabled';
  else {
    const secret = await deps.vault.openText(deps.db, user.totp_secret_sealed, `user.totp:${user.id}`);
    const step = acceptedStep(secret, input.totp, now);
    if (step === null) failure = 'totp';
    else if (!(await claimTotpStep(deps.db, user.id, step))) failure = 'totp_replayed';
  }

  if (failure || !user) {
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'system' },
          action: 'auth.sign_in.failed',
          ...(user ? { target: { type: 'user', id: user.id } } : {}),
          meta: { reason: user ? (failure ?? 'password') : 'password' },
        },
        now,
      ),
    );
    throw new AppError(401, 'error.signInFailed');
  }

  attempt.succeeded();
  return deps.db.transaction(async (tx) => {
    // Sessions nobody came back to are swept here, so the table holds only live ones.
    await purgeExpiredSessions(deps, tx);
    const session = await createSession(deps, tx, user.id);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: user.id },
        action: 'auth.sign_in.succeeded',
        target: { type: 'session', id: session.sessionId },
        meta: { role: user.role },
      },
      now,
    );
    return {
      token: session.token,
      expiresAt: session.expiresAt,
      user: {
        sessionId: session.sessionId,
        userId: user.id,
        email: user.email,
        displayName: user.display_name,
        role: user.role,
        partnerOrgId: user.partner_org_id,
        locale: user.locale,
        mustChangePassword: user.must_change_password,
        onDuty: user.on_duty,
      },
    };
  });
}
