import { appendAudit } from '../platform/audit/audit.ts';
import { type CheckpointDeps, takeCheckpoint } from './take-checkpoint.ts';

export const SEAL_ACTION = 'audit.chain.keyed';

/**
 * The upgrade of an installation whose log predates the keyed chain (migration 0025), run at every start
 * and a no-op once done: if the head has no mac, one keyed entry is appended — its mac covers the last
 * unkeyed entry's hash, which covers every entry before it — and a checkpoint of it is signed outside the
 * database at once. From then on a superuser who rewrites the old entries must change the seal's prev_hash,
 * and cannot give it a valid mac.
 *
 * Why a seal and not re-chaining every old entry under the key: re-chaining would UPDATE the append-only
 * table (switching its triggers off, as an attacker would), rewrite up to millions of rows in one start,
 * and vouch for the old entries no more than the seal does — either way the key first touches them at the
 * upgrade, so either way they are trusted as they stand then.
 */
export async function sealAuditChain(deps: CheckpointDeps): Promise<boolean> {
  const sealed = await deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ seq: number }>(
      'SELECT seq FROM audit_head WHERE id = 1 AND seq > 0 AND mac IS NULL FOR UPDATE',
    );
    const legacy = rows[0];
    if (!legacy) return false;
    await appendAudit(
      tx,
      deps.keys,
      { actor: { type: 'system' }, action: SEAL_ACTION, meta: { unkeyedEntries: legacy.seq } },
      deps.clock.now(),
    );
    return true;
  });
  if (sealed) await takeCheckpoint(deps);
  return sealed;
}
