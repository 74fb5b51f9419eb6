import { type CaseSummary, type CaseUpdate, canTransition } from '../../shared/contracts/cases.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { type CaseDeps, demand, loadCase, summaryOf, userActor } from './load-case.ts';
import { ASSIGNABLE_ROLES, type CaseActor } from './policy.ts';
import * as repo from './repo.ts';

/** Status, risk, assignment and classification of a case, checked against its version and its workflow. */

export async function updateCase(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  input: CaseUpdate,
): Promise<CaseSummary> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId, true);
    if (row.merged_into_id) throw new AppError(409, 'cases.error.merged');
    if (row.version !== input.version) throw new AppError(409, 'error.conflict');
    const now = deps.clock.now();
    const changes: repo.CaseChanges = {};
    const events: Parameters<typeof repo.addEvent>[2][] = [];
    const audits: { action: string; meta: Record<string, string | null> }[] = [];

    if (input.status !== undefined && input.status !== row.status) {
      demand(actor, row, 'changeStatus');
      if (!canTransition(row.status, input.status)) {
        throw new AppError(400, 'cases.error.transition', {
          fields: { status: { key: 'cases.error.transition' } },
        });
      }
      changes.status = input.status;
      if (input.status === 'closed') {
        if (!input.closingReason) {
          throw new AppError(400, 'error.validation', {
            fields: { closingReason: { key: 'error.required' } },
          });
        }
        changes.closingReason = input.closingReason;
        changes.closedAt = now;
      } else if (row.status === 'closed') {
        changes.closingReason = null;
        changes.closedAt = null;
      }
      changes.acknowledgedAt = now;
      const data = { from: row.status, to: input.status, closingReason: input.closingReason ?? null };
      events.push({ caseId, actorId: actor.userId, kind: 'status_changed', data, at: now });
      audits.push({ action: 'case.status.changed', meta: { from: row.status, to: input.status } });
    } else if (input.closingReason !== undefined && row.status !== 'closed') {
      throw new AppError(400, 'error.validation', { fields: { closingReason: { key: 'error.invalid' } } });
    }

    if (input.risk !== undefined && input.risk !== row.risk) {
      demand(actor, row, 'changeRisk');
      if (!input.riskReason) {
        throw new AppError(400, 'error.validation', { fields: { riskReason: { key: 'error.required' } } });
      }
      changes.risk = input.risk;
      changes.acknowledgedAt = now;
      events.push({
        caseId,
        actorId: actor.userId,
        kind: 'risk_changed',
        data: { from: row.risk, to: input.risk },
        reason: input.riskReason,
        at: now,
      });
      audits.push({ action: 'case.risk.changed', meta: { from: row.risk, to: input.risk } });
    }

    if (input.assigneeId !== undefined && input.assigneeId !== row.assignee_id) {
      demand(actor, row, 'assign');
      if (input.assigneeId && !(await repo.userIsAssignable(tx, input.assigneeId, ASSIGNABLE_ROLES))) {
        throw new AppError(400, 'error.validation', {
          fields: { assigneeId: { key: 'cases.error.notAssignable' } },
        });
      }
      changes.assigneeId = input.assigneeId;
      events.push({
        caseId,
        actorId: actor.userId,
        kind: 'assigned',
        data: { to: input.assigneeId },
        at: now,
      });
      audits.push({ action: 'case.assigned', meta: { assignee: input.assigneeId } });
    }

    let classification: { reportId: string; changes: repo.ReportClassificationChanges } | null = null;
    if (input.classification) {
      demand(actor, row, 'classify');
      const { reportId, ...codes } = input.classification;
      const report = (await repo.reportsOf(tx, caseId)).find((r) => r.id === reportId);
      if (!report) {
        throw new AppError(400, 'error.validation', {
          fields: { 'classification.reportId': { key: 'error.invalidChoice' } },
        });
      }
      const vocabularies = [
        ['tactics', 'tactic'],
        ['communities', 'community'],
        ['channels', 'channel'],
        ['impacts', 'impact'],
        ['perpetratorTypes', 'perpetrator_type'],
      ] as const;
      for (const [field, vocabulary] of vocabularies) {
        const wanted = [...new Set(codes[field] ?? [])];
        const known = await repo.activeTerms(tx, vocabulary, wanted);
        if (wanted.some((c) => !known.has(c))) {
          throw new AppError(400, 'error.validation', {
            fields: { [`classification.${field}`]: { key: 'error.invalidChoice' } },
          });
        }
        if (codes[field]) codes[field] = wanted;
      }
      if (Object.keys(codes).length > 0) {
        classification = { reportId, changes: codes };
        changes.acknowledgedAt = now;
        events.push({
          caseId,
          actorId: actor.userId,
          kind: 'classified',
          data: { report: report.reference },
          at: now,
        });
        audits.push({ action: 'case.classified', meta: { report: reportId } });
      }
    }

    if (events.length === 0) return summaryOf(deps, tx, actor, caseId);
    if (!(await repo.updateCaseRow(tx, caseId, input.version, changes, now))) {
      throw new AppError(409, 'error.conflict');
    }
    if (classification)
      await repo.updateReportClassification(tx, classification.reportId, classification.changes);
    for (const e of events) await repo.addEvent(tx, deps.vault, e);
    for (const a of audits) {
      await appendAudit(
        tx,
        deps.keys,
        { actor: userActor(actor), action: a.action, target: { type: 'case', id: caseId }, meta: a.meta },
        now,
      );
    }
    return summaryOf(deps, tx, actor, caseId);
  });
}
