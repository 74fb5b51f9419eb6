import type { RevealReason } from '../../shared/contracts/cases.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, isDatabaseUnavailable, notFound } from '../platform/http/errors.ts';
import type { CaseDeps } from './load-case.ts';
import type { CaseActor } from './policy.ts';
import { presentRevealReason } from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/**
 * Oversight of identity reveals: the reason a person gave, read from the reveal's audit entry. The entry
 * holds only the reveal's id (a code); the reason stays sealed with the reveal (`identity_reveals`, its
 * envelope bound to that id), and is opened here for a supervisor — which is itself audited.
 *
 * A reveal row that is gone, belongs to another case or person than the entry says, or no longer opens is
 * someone's tampering with the database: the answer says so (409) rather than "not found".
 */
export async function readRevealReason(deps: CaseDeps, actor: CaseActor, seq: number): Promise<RevealReason> {
  return deps.db.transaction(async (tx) => {
    const row = await repo.findRevealEntry(tx, seq);
    if (!row) throw notFound();
    const tampered = () => new AppError(409, 'audit.error.reasonMissing');
    if (!row.case_id || !row.revealed_at || row.case_id !== row.target_id || row.user_id !== row.actor_id)
      throw tampered();
    let reason: string;
    try {
      reason = await deps.vault.openText(tx, row.reason_sealed, aad.revealReason(row.reveal_id));
    } catch (err) {
      // A ciphertext swapped in from another record fails its authentication; an outage is not tampering.
      if (isDatabaseUnavailable(err)) throw err;
      throw tampered();
    }
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'audit.reveal_reason.read',
        target: { type: 'identity_reveal', id: row.reveal_id },
        meta: { entry: seq },
      },
      deps.clock.now(),
    );
    const staff = await repo.staffByIds(tx, [row.user_id]);
    return presentRevealReason({ ...row, case_id: row.case_id, revealed_at: row.revealed_at }, reason, staff);
  });
}
