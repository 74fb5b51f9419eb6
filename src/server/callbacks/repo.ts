import type { CallbackOutcome } from '../../shared/contracts/callbacks.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of call-back requests. A request's case is its report's, which follows merges. */

export type CallbackRow = {
  id: string;
  report_id: string;
  source: 'report_form' | 'followup' | 'assisted_intake';
  details_sealed: unknown;
  requested_at: Date;
  due_at: Date;
  done_at: Date | null;
  outcome: CallbackOutcome | null;
  report_reference: string;
  case_id: string;
  case_reference: string;
  assignee_id: string | null;
};

const COLUMNS = `cb.id, cb.report_id, cb.source, cb.details_sealed, cb.requested_at, cb.due_at, cb.done_at,
  cb.outcome, r.reference AS report_reference, c.id AS case_id, c.reference AS case_reference, c.assignee_id`;
const FROM = 'callback_requests cb JOIN reports r ON r.id = cb.report_id JOIN cases c ON c.id = r.case_id';

export async function insertCallback(
  q: Queryable,
  row: {
    id: string;
    reportId: string;
    source: CallbackRow['source'];
    dataKeyId: string;
    detailsSealed: Buffer;
    requestedAt: Date;
    dueAt: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO callback_requests (id, report_id, source, data_key_id, details_sealed, requested_at, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [row.id, row.reportId, row.source, row.dataKeyId, row.detailsSealed, row.requestedAt, row.dueAt],
  );
}

export async function insertCallbackTask(
  q: Queryable,
  row: {
    id: string;
    caseId: string;
    callbackId: string;
    createdBy: string | null;
    assigneeId: string | null;
    dataKeyId: string;
    titleSealed: Buffer;
    dueAt: Date;
    now: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO case_tasks
       (id, case_id, created_by, assignee_id, data_key_id, title_sealed, due_on, due_at, callback_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, ($7::timestamptz AT TIME ZONE 'UTC')::date, $7, $8, $9)`,
    [
      row.id,
      row.caseId,
      row.createdBy,
      row.assigneeId,
      row.dataKeyId,
      row.titleSealed,
      row.dueAt,
      row.callbackId,
      row.now,
    ],
  );
}

/** The report a request is for, with its live case: what a new request needs. */
export function reportForCallback(q: Queryable, reportId: string) {
  return maybeOne<{
    case_id: string;
    risk: string;
    assignee_id: string | null;
    deletion_requested_at: Date | null;
    open_requests: number;
  }>(
    q,
    `SELECT c.id AS case_id, c.risk, c.assignee_id, r.deletion_requested_at,
            (SELECT count(*)::int FROM callback_requests o WHERE o.report_id = r.id AND o.done_at IS NULL)
              AS open_requests
       FROM reports r JOIN cases c ON c.id = r.case_id WHERE r.id = $1 FOR UPDATE OF r`,
    [reportId],
  );
}

export async function listCallbacks(
  q: Queryable,
  filter: { status: 'open' | 'done' | 'all'; assigneeId: string | null; caseId: string | null },
): Promise<CallbackRow[]> {
  const { rows } = await q.query<CallbackRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE ($1 = 'all' OR ($1 = 'open') = (cb.done_at IS NULL))
        AND ($2::uuid IS NULL OR c.assignee_id = $2::uuid)
        AND ($3::uuid IS NULL OR c.id = $3::uuid)
      ORDER BY cb.done_at IS NOT NULL, cb.due_at, cb.id
      LIMIT 500`,
    [filter.status, filter.assigneeId, filter.caseId],
  );
  return rows;
}

export function findCallback(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<CallbackRow>(
    q,
    `SELECT ${COLUMNS} FROM ${FROM} WHERE cb.id = $1${opts.forUpdate ? ' FOR UPDATE OF cb' : ''}`,
    [id],
  );
}

export async function markCallbackDone(
  q: Queryable,
  o: { id: string; userId: string; outcome: CallbackOutcome; now: Date },
): Promise<void> {
  await q.query(
    'UPDATE callback_requests SET done_at = $3, done_by = $2, outcome = $4 WHERE id = $1 AND done_at IS NULL',
    [o.id, o.userId, o.now, o.outcome],
  );
  await q.query('UPDATE case_tasks SET done_at = $2 WHERE callback_id = $1 AND done_at IS NULL', [
    o.id,
    o.now,
  ]);
}

/** A reporter's requests, oldest first: what follow-up tells them. */
export async function callbacksOfReport(
  q: Queryable,
  reportId: string,
): Promise<Pick<CallbackRow, 'requested_at' | 'done_at' | 'outcome'>[]> {
  const { rows } = await q.query<Pick<CallbackRow, 'requested_at' | 'done_at' | 'outcome'>>(
    `SELECT requested_at, done_at, outcome FROM callback_requests WHERE report_id = $1
      ORDER BY requested_at, id`,
    [reportId],
  );
  return rows;
}
