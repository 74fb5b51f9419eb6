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
export type UserRow = {
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

export type FailureReason = 'password' | 'totp' | 'totp_replayed' | 'passkey' | 'disabled';

export type SignInResult = { user: SessionUser; token: string; expiresAt: Date };

/** The account behind a proven first factor (the password, or the organisation's identity provider). */
export type SignInUser = Pick<
  UserRow,
  'id' | 'email' | 'display_name' | 'role' | 'partner_org_id' | 'locale' | 'must_change_password' | 'on_duty'
>;

export const USER_COLUMNS = `id, email, display_name, role, partner_org_id, locale, must_change_password, on_duty,
  password_hash, totp_secret_sealed, disabled_at`;

async function auditFailure(deps: AppDeps, userId: string | undefined, reason: FailureReason, now: Date) {
  await deps.db.transaction((tx) =>
    appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'system' },
        action: 'auth.sign_in.failed',
        ...(userId ? { target: { type: 'user', id: userId } } : {}),
        meta: { reason: userId ? reason : 'password' },
      },
      now,
    ),
  );
}

/**
 * The throttle's verdict and the password: the account, or the one answer for every failure (an unknown
 * address costs the same Argon2id verification as a known one). `fail` records a later failure of the same
 * attempt (a wrong code) and throws the same answer.
 */
export async function checkFirstFactor(
  deps: AppDeps,
  input: { email: string; password: string },
  source: string,
): Promise<{
  user: UserRow;
  now: Date;
  succeeded: () => void;
  fail: (reason: FailureReason) => Promise<never>;
}> {
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

  const { rows } = await deps.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [
    email,
  ]);
  const user = rows[0];
  const passwordOk = await verify(user?.password_hash ?? (await throttle.dummyHash()), input.password).catch(
    () => false,
  );
  const fail = async (reason: FailureReason): Promise<never> => {
    await auditFailure(deps, user?.id, reason, now);
    throw new AppError(401, 'error.signInFailed');
  };
  if (!user || !passwordOk) return fail('password');
  if (user.disabled_at) return fail('disabled');
  return { user, now, succeeded: attempt.succeeded, fail };
}

/** The TOTP code of the account, once: null when right, the failure's reason when not. */
export async function checkTotp(
  deps: AppDeps,
  user: Pick<UserRow, 'id' | 'totp_secret_sealed'>,
  code: string,
  now: Date,
): Promise<FailureReason | null> {
  const secret = await deps.vault.openText(deps.db, user.totp_secret_sealed, `user.totp:${user.id}`);
  const step = acceptedStep(secret, code, now);
  if (step === null) return 'totp';
  if (!(await claimTotpStep(deps.db, user.id, step))) return 'totp_replayed';
  return null;
}

/** `source` is the request's address (req.ip): hashed in memory by the throttle, never kept or logged. */
export async function signIn(
  deps: AppDeps,
  input: { email: string; password: string; totp: string },
  source: string,
): Promise<SignInResult> {
  const first = await checkFirstFactor(deps, input, source);
  const failure = await checkTotp(deps, first.user, input.totp, first.now);
  if (failure) return first.fail(failure);
  first.succeeded();
  return openSession(deps, first.user, { first: 'password', second: 'totp' });
}

/** Both factors proven: a session, and its audit entry (which factors, as codes). */
export async function openSession(
  deps: AppDeps,
  user: SignInUser,
  factors: { first: 'password' | 'oidc'; second: 'totp' | 'passkey' | 'provider' },
): Promise<SignInResult> {
  const now = deps.clock.now();
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
        meta: { role: user.role, ...factors },
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
