import { randomUUID } from 'node:crypto';
import type { LegalHold, LegalHoldList, PlaceHold } from '../../shared/contracts/retention.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { presentHold } from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/**
 * Legal holds: a supervisor places one on a case with a reason (a police investigation, litigation, an
 * access request), and every retention rule is suspended for that case until it is lifted; a deletion
 * request cannot be approved meanwhile. Holds carry a review date and are listed for review. The reason is
 * sealed; the audit entries carry the basis code and the hold's id.
 */
export type HoldDeps = Pick<AppDeps, 'db' | 'vault' | 'clock' | 'keys'>;
type Actor = { userId: string };

async function present(deps: HoldDeps, q: Queryable, row: repo.HoldRow): Promise<LegalHold> {
  const reason = row.reason_sealed
    ? await deps.vault.openText(q, row.reason_sealed, aad.holdReason(row.id))
    : null;
  return presentHold(row, reason, deps.clock.now());
}

/** Holds in force, then the last hundred lifted. */
export async function listHolds(deps: HoldDeps): Promise<LegalHoldList> {
  const rows = await repo.listHolds(deps.db);
  const items: LegalHold[] = [];
  for (const row of rows) items.push(await present(deps, deps.db, row));
  return { items };
}

export async function placeHold(deps: HoldDeps, actor: Actor, input: PlaceHold): Promise<LegalHold> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const kase = await repo.findRootCaseByReference(tx, input.reference);
    if (!kase) {
      throw new AppError(400, 'error.validation', {
        fields: { reference: { key: 'retention.error.noSuchCase' } },
      });
    }
    if (kase.destroyed_at) throw new AppError(409, 'retention.error.destroyed');
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    await repo.insertHold(tx, {
      id,
      caseId: kase.id,
      basis: input.basis,
      dataKeyId: key.id,
      reasonSealed: deps.vault.seal(key, input.reason, aad.holdReason(id)),
      placedBy: actor.userId,
      placedAt: now,
      reviewOn: input.reviewOn,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'retention.hold.placed',
        target: { type: 'case', id: kase.id },
        meta: { hold: id, basis: input.basis },
      },
      now,
    );
    const row = await repo.findHold(tx, id);
    if (!row) throw notFound();
    return present(deps, tx, row);
  });
}

async function changeHold(
  deps: HoldDeps,
  actor: Actor,
  id: string,
  change: { kind: 'review'; reviewOn: string } | { kind: 'lift' },
): Promise<LegalHold> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await repo.findHold(tx, id, { forUpdate: true });
    if (!row) throw notFound();
    if (row.lifted_at) throw new AppError(409, 'retention.error.holdLifted');
    if (change.kind === 'review') await repo.reviewHold(tx, id, actor.userId, now, change.reviewOn);
    else await repo.liftHold(tx, id, actor.userId, now);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: change.kind === 'review' ? 'retention.hold.reviewed' : 'retention.hold.lifted',
        target: { type: 'case', id: row.case_id },
        meta: { hold: id },
      },
      now,
    );
    const after = await repo.findHold(tx, id);
    if (!after) throw notFound();
    return present(deps, tx, after);
  });
}

/** Records that the hold was reviewed and still stands, with the next review date. */
export const reviewHold = (deps: HoldDeps, actor: Actor, id: string, reviewOn: string) =>
  changeHold(deps, actor, id, { kind: 'review', reviewOn });

/** Lifts the hold: the schedule applies to the case again (from its own dates, not from the lifting). */
export const liftHold = (deps: HoldDeps, actor: Actor, id: string) =>
  changeHold(deps, actor, id, { kind: 'lift' });
