import { randomUUID } from 'node:crypto';
import type { Message, NewMessage } from '../../shared/contracts/cases.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { type CaseDeps, demand, loadCase, userActor } from './load-case.ts';
import type { CaseActor } from './policy.ts';
import { presentMessage } from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/** A message to the reporter, read in follow-up. */

export async function sendMessage(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: NewMessage,
): Promise<Message> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, 'message');
    if (row.merged_into_id) throw new AppError(409, 'cases.error.merged');
    // A report deleted at its reporter's request has nobody to write to any more.
    const reports = (await repo.reportsOf(tx, caseId)).filter((r) => !r.deidentified_at);
    // A merged case may hold reports of different people: a message goes to one receipt holder only.
    const report = input.reportId
      ? reports.find((r) => r.id === input.reportId)
      : (reports.find((r) => r.reference === row.reference) ?? reports[0]);
    if (!report) {
      throw new AppError(400, 'error.validation', { fields: { reportId: { key: 'error.invalidChoice' } } });
    }
    const now = deps.clock.now();
    const id = randomUUID();
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO case_messages (id, case_id, report_id, direction, author_id, data_key_id, body_sealed, created_at)
       VALUES ($1, $2, $3, 'to_reporter', $4, $5, $6, $7)`,
      [id, caseId, report.id, actor.userId, key.id, deps.vault.seal(key, input.body, aad.message(id)), now],
    );
    await repo.acknowledge(tx, caseId, now);
    await repo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: 'message_sent',
      data: { report: report.reference },
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      { actor: userActor(actor), action: 'case.message.sent', target: { type: 'case', id: caseId } },
      now,
    );
    const staff = await repo.staffByIds(tx, [actor.userId]);
    return presentMessage(
      {
        id,
        report_id: report.id,
        direction: 'to_reporter',
        author_id: actor.userId,
        body_sealed: null,
        created_at: now,
        read_at: null,
      },
      staff,
      input.body,
    );
  });
}
