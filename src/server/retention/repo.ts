import type { HoldBasis, RefusalReason } from '../../shared/contracts/retention.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of records management's listings: holds, deletion requests, what was disposed of. */

export type CaseRef = { id: string; reference: string; destroyed_at: Date | null };

/**
 * The case a reference names — a case's, or one of its reports' — followed through merges to the case
 * that holds its reports now.
 */
export async function findRootCaseByReference(q: Queryable, reference: string): Promise<CaseRef | undefined> {
  return maybeOne<CaseRef>(
    q,
    `WITH RECURSIVE start AS (
       SELECT id FROM cases WHERE reference = upper($1)
       UNION SELECT case_id FROM reports WHERE reference = upper($1)
     ), chain(id, merged_into_id, depth) AS (
       SELECT c.id, c.merged_into_id, 0 FROM cases c JOIN start s ON s.id = c.id
       UNION ALL
       SELECT c.id, c.merged_into_id, chain.depth + 1 FROM cases c JOIN chain ON c.id = chain.merged_into_id
        WHERE chain.depth < 20
     )
     SELECT c.id, c.reference, c.destroyed_at
       FROM (SELECT id FROM chain WHERE merged_into_id IS NULL LIMIT 1) root JOIN cases c ON c.id = root.id`,
    [reference.trim()],
  );
}

export type HoldRow = {
  id: string;
  case_id: string;
  reference: string;
  basis: HoldBasis;
  reason_sealed: unknown;
  placed_by_name: string;
  placed_at: Date;
  review_on: string;
  reviewed_at: Date | null;
  lifted_at: Date | null;
};

const HOLD_SELECT = `
  SELECT h.id, h.case_id, c.reference, h.basis, h.reason_sealed,
         coalesce(nullif(u.display_name, ''), u.email) AS placed_by_name, h.placed_at,
         h.review_on::text AS review_on, h.reviewed_at, h.lifted_at
    FROM legal_holds h JOIN cases c ON c.id = h.case_id JOIN users u ON u.id = h.placed_by`;

export async function listHolds(q: Queryable): Promise<HoldRow[]> {
  const { rows } = await q.query<HoldRow>(
    `(${HOLD_SELECT} WHERE h.lifted_at IS NULL ORDER BY h.review_on, h.placed_at)
     UNION ALL
     (${HOLD_SELECT} WHERE h.lifted_at IS NOT NULL ORDER BY h.lifted_at DESC LIMIT 100)`,
  );
  return rows;
}

export function findHold(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<HoldRow>(q, `${HOLD_SELECT} WHERE h.id = $1${opts.forUpdate ? ' FOR UPDATE OF h' : ''}`, [
    id,
  ]);
}

export async function insertHold(
  q: Queryable,
  h: {
    id: string;
    caseId: string;
    basis: HoldBasis;
    dataKeyId: string;
    reasonSealed: Buffer;
    placedBy: string;
    placedAt: Date;
    reviewOn: string;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO legal_holds (id, case_id, basis, data_key_id, reason_sealed, placed_by, placed_at, review_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [h.id, h.caseId, h.basis, h.dataKeyId, h.reasonSealed, h.placedBy, h.placedAt, h.reviewOn],
  );
}

export async function reviewHold(q: Queryable, id: string, by: string, at: Date, reviewOn: string) {
  await q.query('UPDATE legal_holds SET reviewed_by = $2, reviewed_at = $3, review_on = $4 WHERE id = $1', [
    id,
    by,
    at,
    reviewOn,
  ]);
}

export async function liftHold(q: Queryable, id: string, by: string, at: Date) {
  await q.query('UPDATE legal_holds SET lifted_by = $2, lifted_at = $3 WHERE id = $1', [id, by, at]);
}

export async function caseIsHeld(q: Queryable, caseId: string): Promise<boolean> {
  const row = await maybeOne<{ held: boolean }>(
    q,
    'SELECT EXISTS (SELECT 1 FROM legal_holds WHERE case_id = $1 AND lifted_at IS NULL) AS held',
    [caseId],
  );
  return row?.held ?? false;
}

export type DeletionRequestRow = {
  report_id: string;
  reference: string;
  case_id: string;
  case_reference: string;
  case_status: string;
  requested_at: Date;
  held: boolean;
  referred: boolean;
  decision: 'approved' | 'refused' | null;
  refusal: RefusalReason | null;
  decided_at: Date | null;
  destroyed_at: Date | null;
};

const REQUEST_SELECT = `
  SELECT r.id AS report_id, r.reference, c.id AS case_id, c.reference AS case_reference, c.status AS case_status,
         r.deletion_requested_at AS requested_at,
         EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.lifted_at IS NULL) AS held,
         EXISTS (SELECT 1 FROM referrals f WHERE r.id = ANY (f.report_ids) AND f.status = 'sent') AS referred,
         d.decision, d.refusal, d.decided_at, r.destroyed_at
    FROM reports r JOIN cases c ON c.id = r.case_id
    LEFT JOIN deletion_decisions d ON d.report_id = r.id`;

/** Requests waiting for a decision, then refused ones (a refusal may be reconsidered), oldest first. */
export async function listDeletionRequests(q: Queryable): Promise<DeletionRequestRow[]> {
  const { rows } = await q.query<DeletionRequestRow>(
    `${REQUEST_SELECT}
      WHERE r.deletion_requested_at IS NOT NULL AND r.destroyed_at IS NULL
        AND (d.decision IS NULL OR d.decision = 'refused')
      ORDER BY d.decision NULLS FIRST, r.deletion_requested_at, r.id
      LIMIT 500`,
  );
  return rows;
}

export function findDeletionRequest(q: Queryable, reportId: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<DeletionRequestRow>(
    q,
    `${REQUEST_SELECT} WHERE r.id = $1${opts.forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [reportId],
  );
}

export async function recordDeletionDecision(
  q: Queryable,
  d: {
    reportId: string;
    decision: 'approved' | 'refused';
    refusal: RefusalReason | null;
    by: string;
    at: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO deletion_decisions (report_id, decision, refusal, decided_by, decided_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (report_id) DO UPDATE SET decision = excluded.decision, refusal = excluded.refusal,
            decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
    [d.reportId, d.decision, d.refusal, d.by, d.at],
  );
}

/** The reporter withdrew: the consents partners' referrals rely on go (and with them, referral news). */
export async function withdrawConsents(q: Queryable, reportId: string): Promise<void> {
  await q.query(
    `UPDATE reports SET consent_contact = false, consent_referral_police = false, consent_updates = false
      WHERE id = $1`,
    [reportId],
  );
}

export type MonthRow = { month: string; deidentified: number; destroyed: number; on_request: number };

/** Reports de-identified and destroyed per month (UTC), newest first, over the last `months` months. */
export async function disposedPerMonth(q: Queryable, since: Date): Promise<MonthRow[]> {
  const { rows } = await q.query<MonthRow>(
    `WITH d AS (
       SELECT to_char(deidentified_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS n
         FROM reports WHERE deidentified_at >= $1 GROUP BY 1
     ), t AS (
       SELECT to_char(destroyed_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS n,
              count(*) FILTER (WHERE rule = 'deletion_request')::int AS on_request
         FROM retention_tombstones WHERE destroyed_at >= $1 GROUP BY 1
     )
     SELECT month, coalesce(d.n, 0) AS deidentified, coalesce(t.n, 0) AS destroyed,
            coalesce(t.on_request, 0) AS on_request
       FROM d FULL JOIN t USING (month) ORDER BY month DESC`,
    [since],
  );
  return rows;
}

export async function countOpenWork(q: Queryable): Promise<{ holds: number; requests: number }> {
  const row = await maybeOne<{ holds: number; requests: number }>(
    q,
    `SELECT (SELECT count(*)::int FROM legal_holds WHERE lifted_at IS NULL) AS holds,
            (SELECT count(*)::int FROM reports r WHERE r.deletion_requested_at IS NOT NULL AND r.destroyed_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM deletion_decisions d WHERE d.report_id = r.id)) AS requests`,
  );
  return row ?? { holds: 0, requests: 0 };
}
