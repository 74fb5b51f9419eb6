import type { ExportApprovalStatus, StixValuesRequest } from '../../shared/contracts/exports.ts';
import type { Queryable } from '../platform/db/db.ts';
import type { TlpLevel } from './stix.ts';

/** SQL of export_approvals (migration 0026) and the API shape of a row. */

export type ApprovalRow = {
  id: string;
  requested_by: string;
  requested_at: Date;
  since: Date | null;
  tlp: TlpLevel;
  status: 'pending' | 'approved' | 'rejected';
  decided_by: string | null;
  decided_at: Date | null;
  expires_at: Date | null;
  used_at: Date | null;
  requester_name: string;
  requester_email: string;
  decider_name: string | null;
  decider_email: string | null;
};

const SELECT = `SELECT a.id, a.requested_by, a.requested_at, a.since, a.tlp, a.status, a.decided_by, a.decided_at,
       a.expires_at, a.used_at, r.display_name AS requester_name, r.email AS requester_email,
       d.display_name AS decider_name, d.email AS decider_email
  FROM export_approvals a JOIN users r ON r.id = a.requested_by LEFT JOIN users d ON d.id = a.decided_by`;

export async function insertApproval(
  q: Queryable,
  a: { id: string; requestedBy: string; requestedAt: Date; since: Date | null; tlp: TlpLevel },
): Promise<void> {
  await q.query(
    `INSERT INTO export_approvals (id, kind, requested_by, requested_at, since, tlp)
     VALUES ($1, 'stix_values', $2, $3, $4, $5)`,
    [a.id, a.requestedBy, a.requestedAt, a.since, a.tlp],
  );
}

export async function findApproval(
  q: Queryable,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ApprovalRow | null> {
  const { rows } = await q.query<ApprovalRow>(
    `${SELECT} WHERE a.id = $1${opts.forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** The newest requests first: one person's (`requestedBy`), or everyone's. */
export async function listApprovals(q: Queryable, requestedBy: string | null): Promise<ApprovalRow[]> {
  const { rows } = await q.query<ApprovalRow>(
    `${SELECT} WHERE ($1::uuid IS NULL OR a.requested_by = $1) ORDER BY a.requested_at DESC, a.id LIMIT 200`,
    [requestedBy],
  );
  return rows;
}

export async function decideApproval(
  q: Queryable,
  d: { id: string; status: 'approved' | 'rejected'; by: string; at: Date; expiresAt: Date | null },
): Promise<void> {
  await q.query(
    `UPDATE export_approvals SET status = $2, decided_by = $3, decided_at = $4, expires_at = $5
      WHERE id = $1 AND status = 'pending'`,
    [d.id, d.status, d.by, d.at, d.expiresAt],
  );
}

/** Marks an approval used; false when it was not there to spend (used, expired, not approved, not theirs). */
export async function spendApproval(
  q: Queryable,
  a: { id: string; requestedBy: string; now: Date },
): Promise<boolean> {
  const { rows } = await q.query<{ id: string }>(
    `UPDATE export_approvals SET used_at = $3
      WHERE id = $1 AND requested_by = $2 AND status = 'approved' AND used_at IS NULL AND expires_at > $3
      RETURNING id`,
    [a.id, a.requestedBy, a.now],
  );
  return rows.length === 1;
}

export function approvalStatus(row: ApprovalRow, now: Date): ExportApprovalStatus {
  if (row.status !== 'approved') return row.status;
  if (row.used_at) return 'used';
  return row.expires_at && row.expires_at > now ? 'approved' : 'expired';
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function presentApproval(row: ApprovalRow, now: Date): StixValuesRequest {
  return {
    id: row.id,
    status: approvalStatus(row, now),
    since: iso(row.since),
    tlp: row.tlp,
    requestedAt: new Date(row.requested_at).toISOString(),
    requestedBy: { id: row.requested_by, displayName: row.requester_name, email: row.requester_email },
    decidedAt: iso(row.decided_at),
    decidedBy: row.decided_by
      ? { id: row.decided_by, displayName: row.decider_name ?? '', email: row.decider_email ?? '' }
      : null,
    expiresAt: iso(row.expires_at),
    usedAt: iso(row.used_at),
  };
}
