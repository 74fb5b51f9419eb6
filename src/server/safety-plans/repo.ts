import type { SafetyPlanItemInput, SafetySection } from '../../shared/contracts/safety-plans.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of safety planning: the checklist (data) and the sealed plans. */

export type ItemRow = {
  code: string;
  section: SafetySection;
  labels: Record<string, string>;
  sort_order: number;
  active: boolean;
};

export async function listItems(q: Queryable, opts: { includeInactive: boolean }): Promise<ItemRow[]> {
  const { rows } = await q.query<ItemRow>(
    `SELECT code, section, labels, sort_order, active FROM safety_plan_items
      WHERE $1 OR active
      ORDER BY array_position(ARRAY['physical','digital','family','contacts','recurrence'], section),
               sort_order, code`,
    [opts.includeInactive],
  );
  return rows;
}

export async function upsertItem(
  q: Queryable,
  code: string,
  input: SafetyPlanItemInput,
  now: Date,
): Promise<boolean> {
  const { rows } = await q.query<{ inserted: boolean }>(
    `INSERT INTO safety_plan_items (code, section, labels, sort_order, active, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (code) DO UPDATE SET section = $2, labels = $3, sort_order = $4, active = $5, updated_at = $6
     RETURNING (xmax = 0) AS inserted`,
    [code, input.section, JSON.stringify(input.labels), input.sortOrder, input.active, now],
  );
  return rows[0]?.inserted ?? false;
}

/** Adds the seed items that are not there yet; an item an admin changed keeps their wording. */
export async function insertMissingItems(
  q: Queryable,
  items: readonly {
    code: string;
    section: SafetySection;
    labels: Record<string, string>;
    sortOrder: number;
  }[],
  now: Date,
): Promise<number> {
  let added = 0;
  for (const item of items) {
    const { rowCount } = await q.query(
      `INSERT INTO safety_plan_items (code, section, labels, sort_order, active, updated_at)
       VALUES ($1, $2, $3, $4, true, $5) ON CONFLICT (code) DO NOTHING`,
      [item.code, item.section, JSON.stringify(item.labels), item.sortOrder, now],
    );
    added += rowCount;
  }
  return added;
}

export type PlanRow = {
  report_id: string;
  data_key_id: string;
  plan_sealed: unknown;
  version: number;
  updated_at: Date;
};

export function findPlan(q: Queryable, reportId: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<PlanRow>(
    q,
    `SELECT report_id, data_key_id, plan_sealed, version, updated_at FROM safety_plans WHERE report_id = $1${
      opts.forUpdate ? ' FOR UPDATE' : ''
    }`,
    [reportId],
  );
}

export async function insertPlan(
  q: Queryable,
  p: { reportId: string; dataKeyId: string; sealed: Buffer; userId: string; now: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO safety_plans (report_id, data_key_id, plan_sealed, version, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, 1, $5, $5, $4)`,
    [p.reportId, p.dataKeyId, p.sealed, p.userId, p.now],
  );
}

export async function updatePlan(
  q: Queryable,
  p: { reportId: string; version: number; sealed: Buffer; userId: string; now: Date },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `UPDATE safety_plans SET plan_sealed = $3, version = version + 1, updated_at = $5, updated_by = $4
      WHERE report_id = $1 AND version = $2`,
    [p.reportId, p.version, p.sealed, p.userId, p.now],
  );
  return rowCount > 0;
}

/** The reports of a case (merges included: reports move with them), for its plans. */
export async function reportsOfCase(
  q: Queryable,
  caseId: string,
): Promise<{ id: string; reference: string; consent_contact: boolean }[]> {
  const { rows } = await q.query<{ id: string; reference: string; consent_contact: boolean }>(
    'SELECT id, reference, consent_contact FROM reports WHERE case_id = $1 ORDER BY received_at, id',
    [caseId],
  );
  return rows;
}
