import {
  AUDIT_PAGE_SIZE,
  type AuditList,
  type AuditPeople,
  type AuditQuery,
} from '../../shared/contracts/cases.ts';
import type { AppDeps } from '../deps.ts';
import { presentAudit, staffRef } from './presenter.ts';
import * as repo from './repo.ts';

/**
 * The audit log as oversight reads it: people by name and cases by reference instead of ids, filtered by
 * person, case (its reports included), action and day. Entries hold codes only; so does this view.
 */
export async function listAuditEntries(deps: Pick<AppDeps, 'db'>, query: AuditQuery): Promise<AuditList> {
  const targetIds = query.caseReference
    ? await repo.caseAndReportIds(deps.db, query.caseReference)
    : undefined;
  if (targetIds?.length === 0) return { items: [], total: 0, page: query.page, pageSize: AUDIT_PAGE_SIZE };
  const { rows, total } = await repo.listAudit(deps.db, {
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
    action: query.action,
    targetId: query.targetId,
    targetIds,
    actorId: query.actorId,
    from: query.from,
    to: query.to,
  });
  const [staff, names] = await Promise.all([
    repo.staffByIds(
      deps.db,
      rows.map((r) => (r.actor_type === 'user' ? r.actor_id : null)),
    ),
    repo.targetNames(
      deps.db,
      rows.map((r) => ({ type: r.target_type, id: r.target_id })),
    ),
  ]);
  return {
    items: rows.map((r) => presentAudit(r, staff, names.get(`${r.target_type}:${r.target_id}`) ?? null)),
    total,
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** Everyone on staff, to filter the log by (disabled accounts too: their past acts stay in the log). */
export async function listAuditPeople(deps: Pick<AppDeps, 'db'>): Promise<AuditPeople> {
  return { items: (await repo.allStaff(deps.db)).flatMap((r) => staffRef(r) ?? []) };
}
