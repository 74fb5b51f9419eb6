import { type CaseSummary, type MergeRequest, RISKS } from '../../shared/contracts/cases.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { type CaseDeps, demand, loadCase, summaryOf, userActor } from './load-case.ts';
import type { CaseActor } from './policy.ts';
import * as repo from './repo.ts';

/** Two cases that are one: the duplicate's reports, messages, notes and tasks move to the other. */

const riskRank = (r: string) => RISKS.indexOf(r as (typeof RISKS)[number]);

/** Merges this (duplicate) case into another: its reports, messages, notes and tasks move over. */
export async function mergeCase(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: MergeRequest,
): Promise<CaseSummary> {
  return deps.db.transaction(async (tx) => {
    const source = await loadCase(tx, actor, caseId, true);
    demand(actor, source, 'merge');
    const intoId = input.intoCaseId ?? (await repo.findCaseByReference(tx, input.intoReference ?? ''))?.id;
    if (!intoId) {
      throw new AppError(400, 'error.validation', {
        fields: { intoReference: { key: 'cases.error.noSuchCase' } },
      });
    }
    if (intoId === caseId) throw new AppError(400, 'cases.error.mergeSelf');
    const target = await repo.findCase(tx, intoId, { forUpdate: true });
    if (!target) {
      throw new AppError(400, 'error.validation', {
        fields: { intoCaseId: { key: 'cases.error.noSuchCase' } },
      });
    }
    demand(actor, target, 'merge');
    if (source.merged_into_id || target.merged_into_id) throw new AppError(409, 'cases.error.merged');
    const now = deps.clock.now();
    await repo.moveCaseContent(tx, caseId, intoId);
    await repo.updateCaseRow(
      tx,
      caseId,
      source.version,
      {
        mergedIntoId: intoId,
        status: 'closed',
        closingReason: 'duplicate',
        closedAt: now,
        acknowledgedAt: now,
      },
      now,
    );
    // The merged case keeps the more urgent of the two risks.
    const escalate = riskRank(source.risk) < riskRank(target.risk);
    await repo.updateCaseRow(
      tx,
      intoId,
      target.version,
      {
        ...(escalate ? { risk: source.risk } : {}),
        ...(source.acknowledged_at ? { acknowledgedAt: now } : {}),
      },
      now,
    );
    await repo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: 'merged_into',
      data: { case: target.reference },
      at: now,
    });
    await repo.addEvent(tx, deps.vault, {
      caseId: intoId,
      actorId: actor.userId,
      kind: 'merged_from',
      data: { case: source.reference, ...(escalate ? { riskFrom: target.risk, riskTo: source.risk } : {}) },
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: userActor(actor),
        action: 'case.merged',
        target: { type: 'case', id: caseId },
        meta: { into: intoId },
      },
      now,
    );
    return summaryOf(deps, tx, actor, intoId);
  });
}
