import type { MatchDecisionInput } from '../../shared/contracts/registries.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';

/**
 * An analyst (or supervisor) confirms or rejects a match. A rejected match stays rejected: indexing the
 * report again never records it anew (registry_matches keeps one row per report and actor), and it no
 * longer counts anywhere. A decision can be changed, and each one is audited.
 */
export async function decideMatch(
  deps: Pick<AppDeps, 'db' | 'clock' | 'keys'>,
  actor: { userId: string },
  matchId: string,
  input: MatchDecisionInput,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await maybeOne<{ id: string; decision: string; referral_id: string | null }>(
      tx,
      'SELECT id, decision, referral_id FROM registry_matches WHERE id = $1 FOR UPDATE',
      [matchId],
    );
    if (!row) throw notFound();
    if (row.referral_id && input.decision === 'rejected')
      throw new AppError(409, 'registries.error.referred');
    await tx.query(
      'UPDATE registry_matches SET decision = $2, decided_by = $3, decided_at = $4 WHERE id = $1',
      [matchId, input.decision, actor.userId, now],
    );
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: `registry.match.${input.decision}`,
        target: { type: 'registry_match', id: matchId },
        meta: { before: row.decision },
      },
      now,
    );
  });
}
