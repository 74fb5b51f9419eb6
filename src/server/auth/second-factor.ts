import type { SecondFactorEnrolment } from '../../shared/contracts/auth.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { newTotpSecret } from '../users/create-user.ts';
import { accountRow, checkOwnPassword, endOtherSessions } from './account.ts';
import type { StaffPrincipal } from './guard.ts';
import { acceptedStep, totpUri } from './totp.ts';

/**
 * A signed-in person replaces their own second factor (a new phone; or a secret that someone else saw —
 * the set-up's or a proposer's copy of it): with the current password and a current code they get a new
 * secret, shown once; it replaces the old one only when a code from it comes back, within ten minutes, so
 * that a secret never scanned cannot lock them out. Every other session ends. Both steps are audited.
 */
const PENDING_MINUTES = 10;

/**
 * Accepts a code's time step once: the conditional update is the check, so two requests racing with one
 * code cannot both win (sign-in uses it too).
 */
export async function claimTotpStep(q: Queryable, userId: string, step: number): Promise<boolean> {
  const { rowCount } = await q.query(
    'UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)',
    [userId, step],
  );
  return rowCount === 1;
}

const wrongCode = () =>
  new AppError(400, 'error.validation', { fields: { code: { key: 'error.wrongCode' } } });

export async function startSecondFactorChange(
  deps: AppDeps,
  who: StaffPrincipal,
  input: { currentPassword: string; code: string },
  source: string,
): Promise<SecondFactorEnrolment> {
  const row = await accountRow(deps, who.userId);
  await checkOwnPassword(deps, row, input.currentPassword, source);
  const now = deps.clock.now();
  const sealed = await maybeOne<{ totp_secret_sealed: unknown }>(
    deps.db,
    'SELECT totp_secret_sealed FROM users WHERE id = $1',
    [who.userId],
  );
  const current = await deps.vault.openText(deps.db, sealed?.totp_secret_sealed, `user.totp:${who.userId}`);
  const step = acceptedStep(current, input.code, now);
  if (step === null || !(await claimTotpStep(deps.db, who.userId, step))) throw wrongCode();

  const secret = newTotpSecret();
  const until = new Date(now.getTime() + PENDING_MINUTES * 60_000);
  await deps.db.transaction(async (tx) => {
    const dataKey = await deps.vault.newDataKey(tx);
    await tx.query('UPDATE users SET totp_pending_sealed = $2, totp_pending_until = $3 WHERE id = $1', [
      who.userId,
      deps.vault.seal(dataKey, secret, `user.totp_pending:${who.userId}`),
      until,
    ]);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'auth.second_factor.change_started',
        target: { type: 'user', id: who.userId },
      },
      now,
    );
  });
  return { totpSecret: secret, totpUri: totpUri(secret, row.email), expiresAt: until.toISOString() };
}

export async function confirmSecondFactorChange(
  deps: AppDeps,
  who: StaffPrincipal,
  input: { code: string },
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await maybeOne<{ totp_pending_sealed: unknown; totp_pending_until: Date | null }>(
      tx,
      'SELECT totp_pending_sealed, totp_pending_until FROM users WHERE id = $1 FOR UPDATE',
      [who.userId],
    );
    if (!row?.totp_pending_sealed || !row.totp_pending_until || row.totp_pending_until <= now) {
      throw new AppError(409, 'error.noSecondFactorChange');
    }
    const secret = await deps.vault.openText(tx, row.totp_pending_sealed, `user.totp_pending:${who.userId}`);
    const step = acceptedStep(secret, input.code, now);
    if (step === null) throw wrongCode();
    const dataKey = await deps.vault.newDataKey(tx);
    // The confirming code's step is used up: it cannot sign in a second time.
    await tx.query(
      `UPDATE users SET totp_secret_sealed = $2, totp_last_step = $3, totp_pending_sealed = NULL,
              totp_pending_until = NULL
        WHERE id = $1`,
      [who.userId, deps.vault.seal(dataKey, secret, `user.totp:${who.userId}`), step],
    );
    await endOtherSessions(tx, deps.keys, who, 'auth.second_factor.changed', now);
  });
}
