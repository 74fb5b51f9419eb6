import { removeAllPasskeys } from '../auth/passkeys.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * Gives an account a new one-time password and TOTP secret inside the caller's transaction: the person
 * must change the password at the next sign-in, every session of theirs ends, and failed sign-ins counted
 * against the address are forgotten. Its passkeys are removed too: a reset is how a lost or stolen device is
 * recovered, and a supervisor approves it (the two-person rule). Returns how many sessions ended.
 */
export async function replaceCredentials(
  deps: Pick<AppDeps, 'vault' | 'runtime'>,
  tx: Queryable,
  user: { id: string; email: string },
  credentials: { passwordHash: string; totpSecret: string },
): Promise<number> {
  const dataKey = await deps.vault.newDataKey(tx);
  await tx.query(
    `UPDATE users SET password_hash = $2, totp_secret_sealed = $3, totp_last_step = NULL,
            must_change_password = true, password_changed_at = NULL, totp_pending_sealed = NULL,
            totp_pending_until = NULL
      WHERE id = $1`,
    [
      user.id,
      credentials.passwordHash,
      deps.vault.seal(dataKey, credentials.totpSecret, `user.totp:${user.id}`),
    ],
  );
  deps.runtime.auth.throttle.forget(user.email);
  await removeAllPasskeys(tx, user.id);
  await tx.query('DELETE FROM sign_in_attempts WHERE user_id = $1', [user.id]);
  return revokeUserSessions(tx, user.id);
}
