import type {
  CallbackDetails,
  CallbackDone,
  CallbackList,
  CallbackListQuery,
  CallbackSummary,
} from '../../shared/contracts/callbacks.ts';
import type { CaseActor } from '../cases/policy.ts';
import { canSeeCase, queueScope } from '../cases/policy.ts';
import * as caseRepo from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { presentCallback } from './presenter.ts';
import * as repo from './repo.ts';
import { CALLBACK_AAD, type CallbackDetailsPlain } from './sealing.ts';

/**
 * Staff work on call-back requests: the list (no number, no times), one request opened to make the call
 * (audited), and the call recorded with what came of it — which marks its task done, acknowledges the
 * case and tells the reporter in follow-up.
 */
type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function loadVisible(q: Queryable, actor: CaseActor, id: string, forUpdate = false) {
  if (!UUID.test(id)) throw notFound();
  const row = await repo.findCallback(q, id, { forUpdate });
  // A request of a case the actor may not see answers like one that does not exist.
  if (!row || !canSeeCase(actor, { assigneeId: row.assignee_id })) throw notFound();
  return row;
}

export async function listCallbacks(
  deps: Deps,
  actor: CaseActor,
  query: CallbackListQuery,
): Promise<CallbackList> {
  const rows = await repo.listCallbacks(deps.db, {
    status: query.status,
    assigneeId: queueScope(actor).onlyAssignedTo,
    caseId: query.caseId ?? null,
  });
  const now = deps.clock.now();
  return { items: rows.map((r) => presentCallback(r, now)) };
}

export async function openCallback(deps: Deps, actor: CaseActor, id: string): Promise<CallbackDetails> {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    const details = JSON.parse(
      await deps.vault.openText(tx, row.details_sealed, CALLBACK_AAD.details(row.id)),
    ) as CallbackDetailsPlain;
    const now = deps.clock.now();
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'callback.details.viewed',
        target: { type: 'case', id: row.case_id },
        meta: { callback: row.id },
      },
      now,
    );
    return {
      ...presentCallback(row, now),
      phone: details.phone,
      safeTimes: details.safeTimes,
      language: details.language,
    };
  });
}

export async function completeCallback(
  deps: Deps,
  actor: CaseActor,
  id: string,
  input: CallbackDone,
): Promise<CallbackSummary> {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (row.done_at) throw new AppError(409, 'callbacks.error.alreadyDone');
    const now = deps.clock.now();
    await repo.markCallbackDone(tx, { id, userId: actor.userId, outcome: input.outcome, now });
    await caseRepo.acknowledge(tx, row.case_id, now);
    await caseRepo.addEvent(tx, deps.vault, {
      caseId: row.case_id,
      actorId: actor.userId,
      kind: 'callback_done',
      data: { outcome: input.outcome },
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'callback.done',
        target: { type: 'case', id: row.case_id },
        meta: { callback: id, outcome: input.outcome },
      },
      now,
    );
    const done = await repo.findCallback(tx, id);
    if (!done) throw notFound();
    return presentCallback(done, now);
  });
}
