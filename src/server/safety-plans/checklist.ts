import type {
  SafetyChecklist,
  SafetyPlanItem,
  SafetyPlanItemInput,
} from '../../shared/contracts/safety-plans.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { notFound } from '../platform/http/errors.ts';
import { SAFETY_CHECKLIST_SEED } from './checklist-seed.ts';
import * as repo from './repo.ts';

/**
 * The safety-plan checklist is data: seeded at start (an item an admin changed keeps their wording), read
 * by staff who fill plans, edited by admins in every public language.
 */
const present = (row: repo.ItemRow): SafetyPlanItem => ({
  code: row.code,
  section: row.section,
  labels: row.labels,
  sortOrder: row.sort_order,
  active: row.active,
});

export async function seedSafetyChecklist(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number> {
  return repo.insertMissingItems(deps.db, SAFETY_CHECKLIST_SEED, deps.clock.now());
}

export async function listChecklist(
  q: Queryable,
  opts: { includeInactive: boolean },
): Promise<SafetyChecklist> {
  return { items: (await repo.listItems(q, opts)).map(present) };
}

/** Adds an item or changes one (admins); audited with its code. */
export async function saveChecklistItem(
  deps: Pick<AppDeps, 'db' | 'keys' | 'clock'>,
  actor: { userId: string },
  code: string,
  input: SafetyPlanItemInput,
): Promise<SafetyPlanItem> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const created = await repo.upsertItem(tx, code, input, now);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'safety_plan.checklist.saved',
        target: { type: 'safety_plan_item', id: code },
        meta: { created, active: input.active },
      },
      now,
    );
    const item = (await repo.listItems(tx, { includeInactive: true })).find((i) => i.code === code);
    if (!item) throw notFound();
    return present(item);
  });
}
