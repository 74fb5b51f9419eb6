import { randomUUID } from 'node:crypto';
import type { CallbackRequestInput } from '../../shared/contracts/callbacks.ts';
import { t } from '../../shared/i18n/translate.ts';
import * as caseRepo from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { OPEN_REQUESTS_PER_REPORT } from './policy.ts';
import * as repo from './repo.ts';
import { CALLBACK_AAD, type CallbackDetailsPlain } from './sealing.ts';

export type CallbackDeps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock' | 'config'>;

/** When a request made now is due: within the case's acknowledgement target if its risk is immediate. */
export function callbackDueAt(deps: Pick<AppDeps, 'config'>, risk: string, now: Date): Date {
  const minutes =
    risk === 'immediate'
      ? Math.min(deps.config.ackTargetsMinutes.immediate, deps.config.frontline.callbackDueHours * 60)
      : deps.config.frontline.callbackDueHours * 60;
  return new Date(now.getTime() + minutes * 60_000);
}

/**
 * Records a call-back request inside the caller's transaction: the number, times and language sealed under a
 * data key of their own; a task on the report's case with its due time (assigned to whoever holds the
 * case); an event on the case's timeline; an audit entry (codes only). Refuses a second request while one
 * waits, and any after the reporter asked for deletion.
 */
export async function recordCallbackRequest(
  tx: Queryable,
  deps: CallbackDeps,
  o: {
    reportId: string;
    input: CallbackRequestInput;
    source: repo.CallbackRow['source'];
    actor: AuditActor;
    now: Date;
  },
): Promise<{ id: string; requestedAt: string; dueAt: string }> {
  const report = await repo.reportForCallback(tx, o.reportId);
  if (!report) throw notFound();
  if (report.deletion_requested_at) throw new AppError(409, 'error.deletionRequested');
  if (report.open_requests >= OPEN_REQUESTS_PER_REPORT)
    throw new AppError(409, 'callback.error.alreadyAsked');
  const id = randomUUID();
  const taskId = randomUUID();
  const dueAt = callbackDueAt(deps, report.risk, o.now);
  const details: CallbackDetailsPlain = {
    phone: o.input.phone,
    safeTimes: o.input.safeTimes || null,
    language: o.input.language || null,
  };
  const key = await deps.vault.newDataKey(tx);
  await repo.insertCallback(tx, {
    id,
    reportId: o.reportId,
    source: o.source,
    dataKeyId: key.id,
    detailsSealed: deps.vault.seal(key, JSON.stringify(details), CALLBACK_AAD.details(id)),
    requestedAt: o.now,
    dueAt,
  });
  // The task's title is sealed like every task's; the console names a call-back task in its own words.
  await repo.insertCallbackTask(tx, {
    id: taskId,
    caseId: report.case_id,
    callbackId: id,
    createdBy: o.actor.type === 'user' ? o.actor.id : null,
    assigneeId: report.assignee_id,
    dataKeyId: key.id,
    titleSealed: deps.vault.seal(key, t('en', 'callbacks.task.title'), CALLBACK_AAD.taskTitle(taskId)),
    dueAt,
    now: o.now,
  });
  await caseRepo.addEvent(tx, deps.vault, {
    caseId: report.case_id,
    actorId: o.actor.type === 'user' ? o.actor.id : null,
    kind: 'callback_requested',
    data: { source: o.source },
    at: o.now,
  });
  await appendAudit(
    tx,
    deps.keys,
    {
      actor: o.actor,
      action: o.actor.type === 'reporter' ? 'followup.callback.requested' : 'callback.requested',
      target: { type: 'report', id: o.reportId },
      meta: { callback: id, source: o.source },
    },
    o.now,
  );
  return { id, requestedAt: o.now.toISOString(), dueAt: dueAt.toISOString() };
}

/** The reporter asks to be called (follow-up: the public page or the API, the report already found). */
export async function requestCallback(
  deps: CallbackDeps,
  o: { reportId: string; input: CallbackRequestInput; source: 'followup' | 'report_form' },
): Promise<{ requestedAt: string; dueAt: string }> {
  const now = deps.clock.now();
  const made = await deps.db.transaction((tx) =>
    recordCallbackRequest(tx, deps, { ...o, actor: { type: 'reporter' }, now }),
  );
  return { requestedAt: made.requestedAt, dueAt: made.dueAt };
}
