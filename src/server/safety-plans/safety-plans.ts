import type {
  CaseSafetyPlans,
  SafetyPlanInput,
  SafetyPlanView,
  SafetySection,
} from '../../shared/contracts/safety-plans.ts';
import type { StaffLocale } from '../../shared/i18n/locales.ts';
import { type CaseAbility, type CaseActor, can, canSeeCase } from '../cases/policy.ts';
import * as caseRepo from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import * as repo from './repo.ts';
import { PLAN_AAD, type PlanContent, readPlan } from './sealing.ts';

/**
 * A case's safety plans — one per person who reported in it, read in follow-up by that report's receipt
 * holder — opened for staff who may read the case (audited), and saved by those who may work it. Every
 * save is sealed whole; a step keeps the time it was first marked done.
 */
type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock'>;

async function loadCase(q: Queryable, actor: CaseActor, caseId: string, ability: CaseAbility) {
  const row = await caseRepo.findCase(q, caseId);
  if (!row) throw notFound();
  if (!canSeeCase(actor, { assigneeId: row.assignee_id })) throw forbidden();
  if (!can(actor, { assigneeId: row.assignee_id }, ability)) throw forbidden();
  return row;
}

export async function openPlan(
  deps: Pick<AppDeps, 'vault'>,
  q: Queryable,
  row: repo.PlanRow,
): Promise<PlanContent> {
  return readPlan(JSON.parse(await deps.vault.openText(q, row.plan_sealed, PLAN_AAD.plan(row.report_id))));
}

/** A label in `locale`, else English (an item an admin added may still wait for its translations). */
export function labelIn(labels: Record<string, string>, locale: string): { text: string; lang: string } {
  const own = labels[locale]?.trim();
  return own ? { text: own, lang: locale } : { text: labels.en ?? '', lang: 'en' };
}

function presentPlan(
  row: repo.PlanRow,
  plan: PlanContent,
  items: Map<string, repo.ItemRow>,
  locale: StaffLocale,
): SafetyPlanView {
  return {
    reportId: row.report_id,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    steps: plan.steps.flatMap((s) => {
      const item = items.get(s.code);
      return item
        ? [
            {
              code: s.code,
              section: item.section,
              label: labelIn(item.labels, locale).text,
              done: s.done,
              doneAt: s.doneAt,
            },
          ]
        : [];
    }),
    notes: Object.fromEntries(
      Object.entries(plan.notes).filter(([, v]) => typeof v === 'string' && v !== ''),
    ),
    contacts: plan.contacts,
  };
}

export async function viewCasePlans(
  deps: Deps,
  actor: CaseActor & { locale: StaffLocale },
  caseId: string,
): Promise<CaseSafetyPlans> {
  return deps.db.transaction(async (tx) => {
    await loadCase(tx, actor, caseId, 'readContent');
    const items = new Map((await repo.listItems(tx, { includeInactive: true })).map((i) => [i.code, i]));
    const plans: CaseSafetyPlans['plans'] = [];
    let opened = 0;
    for (const report of await repo.reportsOfCase(tx, caseId)) {
      const row = await repo.findPlan(tx, report.id);
      if (row) opened++;
      plans.push({
        reportId: report.id,
        reference: report.reference,
        consentContact: report.consent_contact,
        plan: row ? presentPlan(row, await openPlan(deps, tx, row), items, actor.locale) : null,
      });
    }
    if (opened > 0) {
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'user', id: actor.userId },
          action: 'safety_plan.viewed',
          target: { type: 'case', id: caseId },
          meta: { plans: opened },
        },
        deps.clock.now(),
      );
    }
    return { plans };
  });
}

export async function saveSafetyPlan(
  deps: Deps,
  actor: CaseActor & { locale: StaffLocale },
  caseId: string,
  input: SafetyPlanInput,
): Promise<SafetyPlanView> {
  return deps.db.transaction(async (tx) => {
    const kase = await loadCase(tx, actor, caseId, 'writeTasks');
    if (kase.merged_into_id) throw new AppError(409, 'cases.error.merged');
    const reports = await repo.reportsOfCase(tx, caseId);
    if (!reports.some((r) => r.id === input.reportId)) {
      throw new AppError(400, 'error.validation', { fields: { reportId: { key: 'error.invalidChoice' } } });
    }
    const items = new Map((await repo.listItems(tx, { includeInactive: true })).map((i) => [i.code, i]));
    const codes = input.steps.map((s) => s.code);
    const unknown = codes.findIndex((c) => !items.has(c));
    if (unknown >= 0) {
      throw new AppError(400, 'error.validation', {
        fields: { [`steps.${unknown}.code`]: { key: 'error.invalidChoice' } },
      });
    }
    if (new Set(codes).size !== codes.length) {
      throw new AppError(400, 'error.validation', {
        fields: { steps: { key: 'safetyPlans.error.duplicateStep' } },
      });
    }
    const now = deps.clock.now();
    const existing = await repo.findPlan(tx, input.reportId, { forUpdate: true });
    if ((existing?.version ?? 0) !== input.version) throw new AppError(409, 'error.conflict');
    const before = existing ? await openPlan(deps, tx, existing) : undefined;
    const doneBefore = new Map(before?.steps.map((s) => [s.code, s.doneAt]) ?? []);
    const content: PlanContent = {
      steps: input.steps.map((s) => ({
        code: s.code,
        done: s.done,
        doneAt: s.done ? (doneBefore.get(s.code) ?? now.toISOString()) : null,
      })),
      notes: Object.fromEntries(
        Object.entries(input.notes).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
      ) as Partial<Record<SafetySection, string>>,
      contacts: input.contacts,
    };
    const key = existing
      ? await deps.vault.dataKey(tx, existing.data_key_id)
      : await deps.vault.newDataKey(tx);
    const sealed = deps.vault.seal(key, JSON.stringify(content), PLAN_AAD.plan(input.reportId));
    if (existing) {
      if (
        !(await repo.updatePlan(tx, {
          reportId: input.reportId,
          version: input.version,
          sealed,
          userId: actor.userId,
          now,
        }))
      ) {
        throw new AppError(409, 'error.conflict');
      }
    } else {
      await repo.insertPlan(tx, {
        reportId: input.reportId,
        dataKeyId: key.id,
        sealed,
        userId: actor.userId,
        now,
      });
    }
    await caseRepo.addEvent(tx, deps.vault, {
      caseId,
      actorId: actor.userId,
      kind: 'safety_plan_saved',
      data: { steps: content.steps.length, done: content.steps.filter((s) => s.done).length },
      at: now,
    });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'safety_plan.saved',
        target: { type: 'case', id: caseId },
        meta: { report: input.reportId, steps: content.steps.length, contacts: content.contacts.length },
      },
      now,
    );
    const row = await repo.findPlan(tx, input.reportId);
    if (!row) throw notFound();
    return presentPlan(row, content, items, actor.locale);
  });
}
