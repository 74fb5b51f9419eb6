import { setTimeout as sleep } from 'node:timers/promises';
import { hash, verify } from '@node-rs/argon2';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { ARGON2_OPTIONS } from '../users/create-user.ts';
import { createSession, purgeExpiredSessions, type SessionUser } from './sessions.ts';
import { throttleKeyFor } from './tokens.ts';
import { acceptedStep } from './totp.ts';

/**
 * Sign-in: e-mail, password (Argon2id) and TOTP, with lockout and slow-down. Whatever goes wrong, the
 * answer is the same — an unknown address, a wrong password, a wrong or replayed code, a disabled account —
 * and an unknown address costs the same Argon2id verification as a known one.
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
// Failures older than this no longer count towards a lock.
const FAILURE_WINDOW_MINUTES = 15;
// Each failure in the window adds this much delay to the answer, up to the cap.
const SLOWDOWN_STEP_MS = 200;
const SLOWDOWN_CAP_MS = 2_000;

let dummyHash: Promise<string> | undefined;
/** A hash of a random password, verified when no account has the address, so timing tells nothing. */
const dummy = () => {
  dummyHash ??= hash(crypto.randomUUID(), ARGON2_OPTIONS);
  return dummyHash;
};

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

async function lockedUntil(q: Queryable, key: Buffer, now: Date): Promise<Date | null> {
  const { rows } = await q.query<{ locked_until: Date | null }>(
    'SELECT locked_until FROM sign_in_throttle WHERE key_hash = $1',
    [key],
  );
  const until = rows[0]?.locked_until;
  return until && until.getTime() > now.getTime() ? until : null;
}

/** Counts one failure for the address typed; returns how many count now. Locks at MAX_FAILURES. */
async function recordFailure(q: Queryable, key: Buffer, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const lockEnd = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  const { rows } = await q.query<{ failures: number }>(
    `INSERT INTO sign_in_throttle AS t (key_hash, failures, locked_until, updated_at)
     VALUES ($1, 1, NULL, $2)
     ON CONFLICT (key_hash) DO UPDATE SET
       failures = CASE
         WHEN (t.locked_until IS NOT NULL AND t.locked_until <= $2) OR (t.locked_until IS NULL AND t.updated_at <= $3)
           THEN 1 ELSE t.failures + 1 END,
       locked_until = CASE
         WHEN (t.locked_until IS NOT NULL AND t.locked_until <= $2) OR (t.locked_until IS NULL AND t.updated_at <= $3)
           THEN NULL
         WHEN t.failures + 1 >= $4 THEN $5::timestamptz
         ELSE t.locked_until END,
       updated_at = $2
     RETURNING failures`,
    [key, now, windowStart, MAX_FAILURES, lockEnd],
  );
  // Rows of addresses nobody came back for are not kept beyond a day.
  await q.query(
    'DELETE FROM sign_in_throttle WHERE updated_at < $1 AND (locked_until IS NULL OR locked_until < $2)',
    [new Date(now.getTime() - 24 * 3_600_000), now],
  );
  return rows[0]?.failures ?? 1;
}

function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(429, 'error.signInLocked', {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}

export async function signIn(
  deps: AppDeps,
  input: { email: string; password: string; totp: string },
): Promise<SignInResult> {
  const now = deps.clock.now();
  const email = input.email.trim().toLowerCase();
  const key = throttleKeyFor(deps.keys, email);

  const locked = await lockedUntil(deps.db, key, now);
  if (locked) {
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        { actor: { type: 'system' }, action: 'auth.sign_in.refused', meta: { reason: 'locked' } },
        now,
      ),
    );
    throw lockedError(locked, now);
  }

  const { rows } = await deps.db.query<UserRow>(
    `SELECT id, email, display_name, role, partner_org_id, locale, must_change_password, on_duty, password_hash,
            totp_secret_sealed, disabled_at
       FROM users WHERE email = $1`,
    [email],
  );
  const user = rows[0];
  const passwordOk = await verify(user?.password_hash ?? (await dummy()), input.password).catch(() => false);

  let failure: FailureReason | null = null;
  if (!user || !passwordOk) failure = 'password';
  else if (user.disabled_at) failure = 'disabled';
  else {
    const secret = await deps.vault.openText(deps.db, user.totp_secret_sealed, `user.totp:${user.id}`);
    const step = acceptedStep(secret, input.totp, now);
    if (step === null) failure = 'totp';
    else {
      // Accept each time step once: the conditional update is the check, so two requests racing with one
      // code cannot both win.
      const { rowCount } = await deps.db.query(
        'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)',
        [user.id, step],
      );
      if (rowCount === 0) failure = 'totp_replayed';
    }
  }

  if (failure || !user) {
    const failures = await deps.db.transaction(async (tx) => {
      const n = await recordFailure(tx, key, now);
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'system' },
          action: 'auth.sign_in.failed',
          ...(user ? { target: { type: 'user', id: user.id } } : {}),
          meta: { reason: user ? (failure ?? 'password') : 'password' },
        },
        now,
      );
      return n;
    });
    await sleep(Math.min(SLOWDOWN_STEP_MS * failures, SLOWDOWN_CAP_MS));
    throw new AppError(401, 'error.signInFailed');
  }

  return deps.db.transaction(async (tx) => {
    await tx.query('DELETE FROM sign_in_throttle WHERE key_hash = $1', [key]);
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

/** Whether sign-in is paused for this address (the admin list shows it). */
export async function signInLockedUntil(deps: AppDeps, email: string): Promise<Date | null> {
  return lockedUntil(deps.db, throttleKeyFor(deps.keys, email), deps.clock.now());
}
