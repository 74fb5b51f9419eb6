import { hash, verify } from '@node-rs/argon2';
import { PASSWORD_MIN_LENGTH } from '../../shared/contracts/auth.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import { type AuditKeys, appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { ARGON2_OPTIONS } from '../users/create-user.ts';
import type { StaffPrincipal } from './guard.ts';
import type { PasswordWeakness } from './password-strength.ts';
import { revokeSession, revokeUserSessions, type SessionUser } from './sessions.ts';
import { pausedError } from './sign-in-throttle.ts';

/** What a signed-in person does with their own account: who am I, change password, sign out. */

const WEAKNESS_MESSAGE = {
  common: 'error.passwordCommon',
  personal: 'error.passwordPersonal',
  pattern: 'error.passwordPattern',
  guessable: 'error.passwordGuessable',
} as const satisfies Record<PasswordWeakness, MessageKey>;

export type AccountRow = {
  id: string;
  email: string;
  display_name: string;
  role: SessionUser['role'];
  partner_org_id: string | null;
  locale: 'en' | 'fr';
  must_change_password: boolean;
  on_duty: boolean;
  password_hash: string;
};

export async function accountRow(deps: AppDeps, userId: string): Promise<AccountRow> {
  const row = await maybeOne<AccountRow>(
    deps.db,
    `SELECT id, email, display_name, role, partner_org_id, locale, must_change_password, on_duty, password_hash
       FROM users WHERE id = $1 AND disabled_at IS NULL`,
    [userId],
  );
  if (!row) throw new AppError(401, 'error.unauthenticated');
  return row;
}

export async function currentUser(deps: AppDeps, who: StaffPrincipal): Promise<SessionUser> {
  const row = await accountRow(deps, who.userId);
  return {
    sessionId: who.sessionId,
    userId: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    partnerOrgId: row.partner_org_id,
    locale: row.locale,
    mustChangePassword: row.must_change_password,
    onDuty: row.on_duty,
  };
}

/**
 * Checks a signed-in person's current password before a change to their credentials. Wrong guesses count
 * with the sign-in failures of the address from this source (deps.runtime.auth.throttle): a stolen
 * session is no way around the limits on guessing the password.
 */
export async function checkOwnPassword(
  deps: AppDeps,
  row: AccountRow,
  password: string,
  source: string,
): Promise<void> {
  const { throttle } = deps.runtime.auth;
  const attempt = throttle.begin(row.email, source);
  if (!('delayMs' in attempt)) throw pausedError(attempt.refusedForMs);
  await throttle.hold(attempt.delayMs);
  if (!(await verify(row.password_hash, password).catch(() => false))) {
    throw new AppError(400, 'error.validation', {
      fields: { currentPassword: { key: 'error.wrongPassword' } },
    });
  }
  attempt.succeeded();
}

/** Changes one's own password; every other session of the user ends, this one stays signed in. */
export async function changeOwnPassword(
  deps: AppDeps,
  who: StaffPrincipal,
  input: { currentPassword: string; newPassword: string },
  source: string,
): Promise<void> {
  const row = await accountRow(deps, who.userId);
  await checkOwnPassword(deps, row, input.currentPassword, source);
  if (input.newPassword.length < PASSWORD_MIN_LENGTH || input.newPassword === input.currentPassword) {
    throw new AppError(400, 'error.validation', {
      fields: { newPassword: { key: 'error.weakPassword', params: { min: PASSWORD_MIN_LENGTH } } },
    });
  }
  const weakness = await deps.runtime.auth.passwordStrength.weaknessOf(input.newPassword, [
    row.email,
    row.display_name,
  ]);
  if (weakness) {
    throw new AppError(400, 'error.validation', {
      fields: { newPassword: { key: WEAKNESS_MESSAGE[weakness] } },
    });
  }
  const passwordHash = await hash(input.newPassword, ARGON2_OPTIONS);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx.query(
      `UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = $3 WHERE id = $1`,
      [who.userId, passwordHash, now],
    );
    await endOtherSessions(tx, deps.keys, who, 'auth.password.changed', now);
  });
}

/**
 * After a change of one's own credentials: every other session of the person ends (a device that knew
 * the old ones is signed out), this one stays; the change is audited with how many ended.
 */
export async function endOtherSessions(
  tx: Queryable,
  keys: AuditKeys,
  who: StaffPrincipal,
  action: 'auth.password.changed' | 'auth.second_factor.changed',
  now: Date,
): Promise<void> {
  const ended = await revokeUserSessions(tx, who.userId, who.sessionId);
  await appendAudit(
    tx,
    keys,
    {
      actor: { type: 'user', id: who.userId },
      action,
      target: { type: 'user', id: who.userId },
      meta: { other_sessions_ended: ended },
    },
    now,
  );
}

export async function signOut(deps: AppDeps, who: StaffPrincipal): Promise<number> {
  await deps.db.transaction(async (tx) => {
    await revokeSession(tx, who.sessionId);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'auth.signed_out',
        target: { type: 'session', id: who.sessionId },
      },
      deps.clock.now(),
    );
  });
  return 1;
}

export async function signOutEverywhere(deps: AppDeps, who: StaffPrincipal): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const ended = await revokeUserSessions(tx, who.userId);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'auth.signed_out_everywhere',
        target: { type: 'user', id: who.userId },
        meta: { sessions_ended: ended },
      },
      deps.clock.now(),
    );
    return ended;
  });
}

/** Changes one's own display name, language (console and e-mails) or on-duty flag. */
export async function updateOwnProfile(
  deps: AppDeps,
  who: StaffPrincipal,
  patch: { displayName?: string; locale?: 'en' | 'fr'; onDuty?: boolean },
): Promise<void> {
  const row = await accountRow(deps, who.userId);
  const next = {
    displayName: patch.displayName ?? row.display_name,
    locale: patch.locale ?? row.locale,
    onDuty: patch.onDuty ?? row.on_duty,
  };
  await deps.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET display_name = $2, locale = $3, on_duty = $4 WHERE id = $1', [
      who.userId,
      next.displayName,
      next.locale,
      next.onDuty,
    ]);
    const changed: Record<string, boolean> = {};
    if (next.displayName !== row.display_name) changed.display_name = true;
    if (next.locale !== row.locale) changed.locale = true;
    if (next.onDuty !== row.on_duty) changed.on_duty = next.onDuty;
    if (Object.keys(changed).length)
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'user', id: who.userId },
          action: 'user.profile_updated',
          target: { type: 'user', id: who.userId },
          meta: changed,
        },
        deps.clock.now(),
      );
  });
}
