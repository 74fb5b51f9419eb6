import type { Queryable } from '../platform/db/db.ts';

/** The SQL of the background indexer, in one place. */

export type PendingReport = {
  id: string;
  case_id: string;
  data_key_id: string;
  received_at: Date;
  suspected_state: string | null;
  language: string;
  risk: string;
  verified: boolean;
  files: number;
  narrative_sealed: unknown;
  details_sealed: unknown;
  /** Quarantined before: its arrival is already in the audit log. */
  quarantined: boolean;
};

/**
 * Up to `limit` reports that wait for indexing, oldest first, locked for this transaction — except those in
 * quarantine whose next attempt has not come, and those held for review during a flood. SKIP LOCKED lets several instances share the queue without
 * two of them taking the same report.
 */
export async function claimPendingReports(tx: Queryable, limit: number, now: Date): Promise<PendingReport[]> {
  const { rows } = await tx.query<PendingReport>(
    `SELECT r.id, r.case_id, r.data_key_id, r.received_at, r.suspected_state, r.language, r.risk, r.verified,
            (SELECT count(*)::int FROM evidence_files e WHERE e.report_id = r.id) AS files,
            r.narrative_sealed, r.details_sealed, q.report_id IS NOT NULL AS quarantined
       FROM reports r LEFT JOIN indexing_quarantine q ON q.report_id = r.id
      WHERE r.indexed_at IS NULL AND (q.report_id IS NULL OR q.next_attempt_at <= $2)
        -- Held during a flood: linked, searchable and audited once staff release it, not before.
        AND NOT EXISTS (SELECT 1 FROM cases hc WHERE hc.id = r.case_id AND hc.held_at IS NOT NULL)
      ORDER BY r.received_at
      LIMIT $1
      FOR UPDATE OF r SKIP LOCKED`,
    [limit, now],
  );
  return rows;
}

export async function markIndexed(tx: Queryable, ids: readonly string[], now: Date): Promise<void> {
  await tx.query('UPDATE reports SET indexed_at = $2 WHERE id = ANY($1::uuid[])', [ids, now]);
  await tx.query('DELETE FROM indexing_quarantine WHERE report_id = ANY($1::uuid[])', [ids]);
}

/**
 * Records (or records again) that a report could not be indexed. The next attempt comes after a back-off
 * that doubles with each failure, from `firstRetryMs` up to `maxRetryMs`. Answers the attempts so far.
 */
export async function quarantineReport(
  tx: Queryable,
  q: { reportId: string; errorCode: string; now: Date; firstRetryMs: number; maxRetryMs: number },
): Promise<number> {
  const { rows } = await tx.query<{ attempts: number }>(
    `INSERT INTO indexing_quarantine AS q (report_id, error_code, first_failed_at, last_failed_at, next_attempt_at)
     VALUES ($1, $2, $3, $3, $3::timestamptz + make_interval(secs => $4::float8 / 1000))
     ON CONFLICT (report_id) DO UPDATE
        SET error_code = EXCLUDED.error_code, attempts = q.attempts + 1, last_failed_at = EXCLUDED.last_failed_at,
            next_attempt_at = EXCLUDED.last_failed_at
              + make_interval(secs => least($4::float8 * power(2, q.attempts), $5::float8) / 1000)
     RETURNING attempts`,
    [q.reportId, q.errorCode, q.now, q.firstRetryMs, q.maxRetryMs],
  );
  return rows[0]!.attempts;
}

export type QuarantinedReport = {
  reference: string;
  case_id: string;
  error_code: string;
  attempts: number;
  first_failed_at: Date;
  last_failed_at: Date;
  next_attempt_at: Date;
};

/** What waits in quarantine, for supervisors: references and error codes, never content. */
export async function listQuarantine(q: Queryable): Promise<QuarantinedReport[]> {
  const { rows } = await q.query<QuarantinedReport>(
    `SELECT r.reference, r.case_id, q.error_code, q.attempts, q.first_failed_at, q.last_failed_at,
            q.next_attempt_at
       FROM indexing_quarantine q JOIN reports r ON r.id = q.report_id
      ORDER BY q.first_failed_at`,
  );
  return rows;
}

/** How many reports wait (for health figures and tests), quarantined ones included. */
export async function countPendingReports(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM reports WHERE indexed_at IS NULL',
  );
  return rows[0]?.n ?? 0;
}
