import type { Queryable } from '../platform/db/db.ts';

/** The SQL of the background indexer, in one place. */

export type PendingReport = {
  id: string;
  case_id: string;
  data_key_id: string;
  received_at: Date;
  suspected_state: string | null;
  risk: string;
  verified: boolean;
  files: number;
  narrative_sealed: unknown;
  details_sealed: unknown;
};

/**
 * Up to `limit` reports that wait for indexing, oldest first, locked for this transaction. SKIP LOCKED lets
 * several instances share the queue without two of them taking the same report.
 */
export async function claimPendingReports(tx: Queryable, limit: number): Promise<PendingReport[]> {
  const { rows } = await tx.query<PendingReport>(
    `SELECT r.id, r.case_id, r.data_key_id, r.received_at, r.suspected_state, r.risk, r.verified,
            (SELECT count(*)::int FROM evidence_files e WHERE e.report_id = r.id) AS files,
            r.narrative_sealed, r.details_sealed
       FROM reports r
      WHERE r.indexed_at IS NULL
      ORDER BY r.received_at
      LIMIT $1
      FOR UPDATE OF r SKIP LOCKED`,
    [limit],
  );
  return rows;
}

export async function markIndexed(tx: Queryable, ids: readonly string[], now: Date): Promise<void> {
  await tx.query('UPDATE reports SET indexed_at = $2 WHERE id = ANY($1::uuid[])', [ids, now]);
}

/** How many reports wait (for health figures and tests). */
export async function countPendingReports(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM reports WHERE indexed_at IS NULL',
  );
  return rows[0]?.n ?? 0;
}
