import type { Queryable } from '../platform/db/db.ts';

/** The SQL of follow-up: the reporter's view of their own report and its case. */

export type ReporterReportRow = {
  id: string;
  reference: string;
  case_id: string;
  received_at: Date;
  consent_contact: boolean;
  consent_referral_police: boolean;
  consent_statistics: boolean;
  consent_updates: boolean;
  deletion_requested_at: Date | null;
  /** Its content was removed (retention, or deletion at the reporter's request). */
  deidentified_at: Date | null;
  destroyed_at: Date | null;
  deletion_decision: 'approved' | 'refused' | null;
  deletion_refusal: string | null;
  receipt_until: Date | null;
};

async function findReportWhere(
  q: Queryable,
  column: 'receipt_hash' | 'id',
  value: unknown,
  opts: { forUpdate?: boolean },
): Promise<ReporterReportRow | undefined> {
  const { rows } = await q.query<ReporterReportRow>(
    `SELECT r.id, r.reference, r.case_id, r.received_at, r.consent_contact, r.consent_referral_police,
            r.consent_statistics, r.consent_updates, r.deletion_requested_at, r.deidentified_at, r.destroyed_at,
            d.decision AS deletion_decision, d.refusal AS deletion_refusal, t.receipt_until
       FROM reports r
       LEFT JOIN deletion_decisions d ON d.report_id = r.id
       LEFT JOIN retention_tombstones t ON t.report_id = r.id
      WHERE r.${column} = $1${opts.forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [value],
  );
  return rows[0];
}

export const findReportByReceiptHash = (q: Queryable, hash: Buffer, opts: { forUpdate?: boolean } = {}) =>
  findReportWhere(q, 'receipt_hash', hash, opts);

/** A report by id, for the holder of a one-time view token (view-tokens.ts) rather than the receipt. */
export const findReportById = (q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) =>
  findReportWhere(q, 'id', id, opts);

/** The case a report now lives in: merges are followed to the surviving case. */
export async function caseStatusOf(q: Queryable, caseId: string): Promise<{ id: string; status: string }> {
  const { rows } = await q.query<{ id: string; status: string }>(
    `WITH RECURSIVE chain(id, status, merged_into_id, depth) AS (
       SELECT id, status, merged_into_id, 0 FROM cases WHERE id = $1
       UNION ALL
       SELECT c.id, c.status, c.merged_into_id, chain.depth + 1
         FROM cases c JOIN chain ON c.id = chain.merged_into_id
        WHERE chain.depth < 20
     )
     SELECT id, status FROM chain ORDER BY depth DESC LIMIT 1`,
    [caseId],
  );
  return rows[0] ?? { id: caseId, status: 'new' };
}

export type MessageRow = {
  id: string;
  direction: 'to_reporter' | 'from_reporter';
  body_sealed: unknown;
  created_at: Date;
};

/** Messages between the focal point and the holder of this report's receipt, oldest first. */
export async function messagesOfReport(q: Queryable, reportId: string): Promise<MessageRow[]> {
  const { rows } = await q.query<MessageRow>(
    `SELECT id, direction, body_sealed, created_at FROM case_messages
      WHERE report_id = $1 ORDER BY created_at, id`,
    [reportId],
  );
  return rows;
}

export async function markMessagesRead(q: Queryable, reportId: string, at: Date): Promise<void> {
  await q.query(
    `UPDATE case_messages SET read_at = $2
      WHERE report_id = $1 AND direction = 'to_reporter' AND read_at IS NULL`,
    [reportId, at],
  );
}

export async function insertMessage(
  q: Queryable,
  m: { id: string; caseId: string; reportId: string; dataKeyId: string; bodySealed: Buffer; createdAt: Date },
): Promise<void> {
  await q.query(
    `INSERT INTO case_messages (id, case_id, report_id, direction, data_key_id, body_sealed, created_at)
     VALUES ($1, $2, $3, 'from_reporter', $4, $5, $6)`,
    [m.id, m.caseId, m.reportId, m.dataKeyId, m.bodySealed, m.createdAt],
  );
}

export type EvidenceRow = { id: string; media_type: string; size_bytes: number; received_at: Date };

export async function evidenceOfReport(q: Queryable, reportId: string): Promise<EvidenceRow[]> {
  const { rows } = await q.query<EvidenceRow>(
    `SELECT id, media_type, size_bytes, received_at FROM evidence_files
      WHERE report_id = $1 ORDER BY received_at, id`,
    [reportId],
  );
  return rows.map((r) => ({ ...r, size_bytes: Number(r.size_bytes) }));
}

export async function countEvidence(q: Queryable, reportId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM evidence_files WHERE report_id = $1',
    [reportId],
  );
  return rows[0]?.n ?? 0;
}

export async function updateConsents(
  q: Queryable,
  reportId: string,
  c: { contact: boolean; referralToPolice: boolean; anonymisedStatistics: boolean; updates: boolean },
): Promise<void> {
  await q.query(
    `UPDATE reports SET consent_contact = $2, consent_referral_police = $3, consent_statistics = $4,
            consent_updates = $5
      WHERE id = $1`,
    [reportId, c.contact, c.referralToPolice, c.anonymisedStatistics, c.updates],
  );
}

export async function markDeletionRequested(q: Queryable, reportId: string, at: Date): Promise<Date> {
  const { rows } = await q.query<{ deletion_requested_at: Date }>(
    `UPDATE reports SET deletion_requested_at = COALESCE(deletion_requested_at, $2)
      WHERE id = $1 RETURNING deletion_requested_at`,
    [reportId, at],
  );
  return rows[0]?.deletion_requested_at ?? at;
}

export type ViewTokenPurpose = 'view' | 'act' | 'confirmation' | 'slip';

/** Stores a token's hash; expired tokens go in the same round trip. */
export async function insertViewToken(
  q: Queryable,
  t: {
    hash: Buffer;
    reportId: string;
    purpose: ViewTokenPurpose;
    notice: string | null;
    expiresAt: Date;
    now: Date;
  },
): Promise<void> {
  await q.query(
    `WITH gone AS (DELETE FROM followup_view_tokens WHERE expires_at <= $6)
     INSERT INTO followup_view_tokens (token_hash, report_id, purpose, notice, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [t.hash, t.reportId, t.purpose, t.notice, t.expiresAt, t.now],
  );
}

/** Marks a live, unused token used and returns what it opens; nothing if it is unknown, used or expired. */
export async function markViewTokenUsed(
  q: Queryable,
  t: { hash: Buffer; purpose: ViewTokenPurpose; now: Date },
): Promise<{ report_id: string; notice: string | null } | undefined> {
  const { rows } = await q.query<{ report_id: string; notice: string | null }>(
    `UPDATE followup_view_tokens SET used_at = $3
      WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
      RETURNING report_id, notice`,
    [t.hash, t.purpose, t.now],
  );
  return rows[0];
}
