import type { CaseSummary } from '../../shared/contracts/cases.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import { tagsOfCases } from '../triage/repo.ts';
import { type CaseAbility, type CaseActor, can, canSeeCase, permissions } from './policy.ts';
import { presentCaseSummary } from './presenter.ts';
import * as repo from './repo.ts';

/**
 * Case work: one verb-named function per act, each reading find → 404 → permission → act → audit, in one
 * transaction so the audit entry exists if and only if the act does. Content is opened only for people
 * whose role may read it (policy.ts), and every opening of a narrative or an identity is audited.
 */
export type CaseDeps = Pick<AppDeps, 'db' | 'vault' | 'clock' | 'config' | 'blobs' | 'keys' | 'runtime'>;

export const userActor = (actor: CaseActor) => ({ type: 'user' as const, id: actor.userId });

export async function loadCase(q: Queryable, actor: CaseActor, caseId: string, forUpdate = false) {
  const row = await repo.findCase(q, caseId, { forUpdate });
  if (!row) throw notFound();
  if (!canSeeCase(actor, { assigneeId: row.assignee_id })) throw forbidden();
  return row;
}

export function demand(actor: CaseActor, row: repo.CaseRow, ability: CaseAbility) {
  if (!can(actor, { assigneeId: row.assignee_id }, ability)) throw forbidden();
  // A case whose content the retention schedule removed is a statistical record: nothing is done on it.
  if (row.deidentified_at) throw new AppError(409, 'retention.error.disposed');
}

/** A case's summary as `actor` may see it (the summary line's content parts for content readers only). */
export async function summaryFor(
  deps: CaseDeps,
  q: Queryable,
  actor: CaseActor,
  rows: repo.CaseRow[],
): Promise<CaseSummary[]> {
  const [staff, tags] = await Promise.all([
    repo.staffByIds(
      q,
      rows.map((r) => r.assignee_id),
    ),
    tagsOfCases(
      q,
      rows.map((r) => r.id),
    ),
  ]);
  const now = deps.clock.now();
  return rows.map((r) =>
    presentCaseSummary(r, staff, now, deps.config.ackTargetsMinutes, {
      readsContent: permissions(actor, { assigneeId: r.assignee_id }).readContent,
      tags: tags.get(r.id) ?? [],
    }),
  );
}

export async function summaryOf(
  deps: CaseDeps,
  q: Queryable,
  actor: CaseActor,
  caseId: string,
): Promise<CaseSummary> {
  const row = await repo.findCase(q, caseId);
  if (!row) throw notFound();
  const [summary] = await summaryFor(deps, q, actor, [row]);
  return summary!;
}
