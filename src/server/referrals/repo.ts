import { randomUUID } from 'node:crypto';
import type { ReferralBasis, ReferralOutcome, ReferralStatus } from '../../shared/contracts/referrals.ts';
import type { PartnerKind } from '../../shared/roles.ts';
import type { ReportRow } from '../cases/repo.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import type { ConsentKind } from './policy.ts';
import { aad } from './sealing.ts';

/** The SQL of referrals. Only queries: no rules, no decryption. */

export type ReferralRow = {
  id: string;
  case_id: string;
  case_reference: string;
  case_assignee_id: string | null;
  partner_org_id: string;
  org_name: string;
  org_kind: PartnerKind;
  org_jurisdiction: string;
  org_contact_email: string | null;
  basis: ReferralBasis;
  status: ReferralStatus;
  consent_relied_on: ConsentKind | null;
  contact_included: boolean;
  report_ids: string[];
  created_by: string;
  created_at: Date;
  override_approved_by: string | null;
  override_approved_at: Date | null;
  sent_at: Date | null;
  purpose_sealed: unknown;
  note_sealed: unknown;
  override_reason_sealed: unknown;
  package_blob_id: string | null;
  package_sha256: string | null;
  acknowledged_at: Date | null;
  partner_reference_sealed: unknown;
  outcome: ReferralOutcome | null;
  outcome_at: Date | null;
  outcome_note_sealed: unknown;
  data_key_id: string;
  /** Computed at read time from the reports' current consents. */
  consent_withdrawn: boolean;
  deletion_requested: boolean;
};

const SELECT = `SELECT r.id, r.case_id, c.reference AS case_reference, c.assignee_id AS case_assignee_id,
    r.partner_org_id, o.name AS org_name, o.kind AS org_kind, o.jurisdiction AS org_jurisdiction,
    o.contact_email AS org_contact_email, r.basis, r.status, r.consent_relied_on, r.contact_included,
    r.report_ids::text[] AS report_ids, r.created_by, r.created_at, r.override_approved_by,
    r.override_approved_at, r.sent_at, r.purpose_sealed, r.note_sealed, r.override_reason_sealed,
    r.package_blob_id, r.package_sha256, r.acknowledged_at, r.partner_reference_sealed, r.outcome,
    r.outcome_at, r.outcome_note_sealed, r.data_key_id,
    EXISTS (SELECT 1 FROM reports rp WHERE rp.id = ANY (r.report_ids) AND (
        (r.consent_relied_on = 'referral_police' AND NOT rp.consent_referral_police)
     OR (r.consent_relied_on = 'contact' AND NOT rp.consent_contact)
     OR (r.contact_included AND NOT rp.consent_contact))) AS consent_withdrawn,
    EXISTS (SELECT 1 FROM reports rp WHERE rp.id = ANY (r.report_ids)
       AND rp.deletion_requested_at IS NOT NULL) AS deletion_requested
  FROM referrals r
  JOIN partner_orgs o ON o.id = r.partner_org_id
  JOIN cases c ON c.id = r.case_id`;

export function findReferral(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<ReferralRow>(q, `${SELECT} WHERE r.id = $1${opts.forUpdate ? ' FOR UPDATE OF r' : ''}`, [
    id,
  ]);
}

export async function listReferrals(
  q: Queryable,
  filter: {
    partnerOrgId?: string;
    assigneeId?: string;
    caseId?: string;
    status?: ReferralStatus;
    reportId?: string;
  },
): Promise<ReferralRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.partnerOrgId) where.push(`r.partner_org_id = ${param(filter.partnerOrgId)}`);
  if (filter.assigneeId) where.push(`c.assignee_id = ${param(filter.assigneeId)}`);
  if (filter.caseId) where.push(`r.case_id = ${param(filter.caseId)}`);
  if (filter.status) where.push(`r.status = ${param(filter.status)}`);
  if (filter.reportId) where.push(`${param(filter.reportId)}::uuid = ANY (r.report_ids)`);
  const { rows } = await q.query<ReferralRow>(
    `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY COALESCE(r.sent_at, r.created_at) DESC, r.id LIMIT 500`,
    params,
  );
  return rows;
}

export type NewReferralRow = {
  id: string;
  caseId: string;
  partnerOrgId: string;
  basis: ReferralBasis;
  consentReliedOn: ConsentKind | null;
  createdBy: string;
  createdAt: Date;
  dataKeyId: string;
  purposeSealed: Buffer;
  noteSealed: Buffer | null;
  overrideReasonSealed: Buffer | null;
};

export async function insertReferral(q: Queryable, r: NewReferralRow): Promise<void> {
  await q.query(
    `INSERT INTO referrals (id, case_id, partner_org_id, basis, status, consent_relied_on, created_by,
       created_at, data_key_id, purpose_sealed, note_sealed, override_reason_sealed, updated_at)
     VALUES ($1, $2, $3, $4, 'pending_approval', $5, $6, $7, $8, $9, $10, $11, $7)`,
    [
      r.id,
      r.caseId,
      r.partnerOrgId,
      r.basis,
      r.consentReliedOn,
      r.createdBy,
      r.createdAt,
      r.dataKeyId,
      r.purposeSealed,
      r.noteSealed,
      r.overrideReasonSealed,
    ],
  );
}

export async function approveOverride(q: Queryable, id: string, by: string, at: Date): Promise<void> {
  await q.query(
    'UPDATE referrals SET override_approved_by = $2, override_approved_at = $3, updated_at = $3 WHERE id = $1',
    [id, by, at],
  );
}

export async function markSent(
  q: Queryable,
  id: string,
  p: { at: Date; blobId: string; sha256: string; reportIds: string[]; contactIncluded: boolean },
): Promise<void> {
  await q.query(
    `UPDATE referrals SET status = 'sent', sent_at = $2, package_blob_id = $3, package_sha256 = $4,
       report_ids = $5::uuid[], contact_included = $6, updated_at = $2
     WHERE id = $1`,
    [id, p.at, p.blobId, p.sha256, p.reportIds, p.contactIncluded],
  );
}

export async function insertReferralEvidence(q: Queryable, referralId: string, fileIds: string[]) {
  for (const fileId of fileIds) {
    await q.query('INSERT INTO referral_evidence (referral_id, evidence_file_id) VALUES ($1, $2)', [
      referralId,
      fileId,
    ]);
  }
}

export type PartnerAnswer = {
  acknowledgedAt?: Date;
  acknowledgedBy?: string;
  partnerReferenceSealed?: Buffer;
  outcome?: ReferralOutcome;
  outcomeAt?: Date;
  outcomeNoteSealed?: Buffer | null;
};

export async function recordAnswer(q: Queryable, id: string, a: PartnerAnswer, now: Date): Promise<void> {
  const sets = ['updated_at = $2'];
  const params: unknown[] = [id, now];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (a.acknowledgedAt) {
    params.push(a.acknowledgedAt);
    sets.push(`acknowledged_at = COALESCE(acknowledged_at, $${params.length})`);
    set('acknowledged_by', a.acknowledgedBy ?? null);
  }
  if (a.partnerReferenceSealed) set('partner_reference_sealed', a.partnerReferenceSealed);
  if (a.outcome) {
    set('outcome', a.outcome);
    set('outcome_at', a.outcomeAt ?? now);
    set('outcome_note_sealed', a.outcomeNoteSealed ?? null);
  }
  await q.query(`UPDATE referrals SET ${sets.join(', ')} WHERE id = $1`, params);
}

export type ReferralEventRow = {
  id: string;
  at: Date;
  actor_id: string | null;
  kind: string;
  outcome: ReferralOutcome | null;
  note_sealed: unknown;
};

/** Appends to a referral's history; a note is sealed under a data key of its own. */
export async function addReferralEvent(
  q: Queryable,
  vault: Vault,
  e: { referralId: string; at: Date; actorId: string | null; kind: string; outcome?: string; note?: string },
): Promise<void> {
  const id = randomUUID();
  let dataKeyId: string | null = null;
  let sealed: Buffer | null = null;
  if (e.note) {
    const key = await vault.newDataKey(q);
    dataKeyId = key.id;
    sealed = vault.seal(key, e.note, aad.eventNote(id));
  }
  await q.query(
    `INSERT INTO referral_events (id, referral_id, at, actor_id, kind, outcome, data_key_id, note_sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, e.referralId, e.at, e.actorId, e.kind, e.outcome ?? null, dataKeyId, sealed],
  );
}

export async function eventsOf(q: Queryable, referralId: string): Promise<ReferralEventRow[]> {
  const { rows } = await q.query<ReferralEventRow>(
    'SELECT id, at, actor_id, kind, outcome, note_sealed FROM referral_events WHERE referral_id = $1 ORDER BY at, id',
    [referralId],
  );
  return rows;
}

// ---- what a package is built from ------------------------------------------------------------------

export type CaseForReferral = {
  id: string;
  reference: string;
  status: string;
  risk: string;
  assignee_id: string | null;
  opened_at: Date;
  merged_into_id: string | null;
};

export function findCase(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<CaseForReferral>(
    q,
    `SELECT id, reference, status, risk, assignee_id, opened_at, merged_into_id FROM cases WHERE id = $1${
      opts.forUpdate ? ' FOR UPDATE' : ''
    }`,
    [id],
  );
}

/** The report columns a referral package reads: the case view's row (one shape, typed once) plus the deletion request. */
export type PackageReportRow = Omit<ReportRow, 'risk_reasons' | 'consent_statistics' | 'verified'> & {
  deletion_requested_at: Date | null;
};

export async function reportsOfCase(q: Queryable, caseId: string): Promise<PackageReportRow[]> {
  const { rows } = await q.query<PackageReportRow>(
    `SELECT id, reference, received_at, language, incident_started_on::text AS incident_started_on,
       incident_ended_on::text AS incident_ended_on, ongoing, province, city, institution, tactics,
       communities, channels, impacts, perpetrator_types, suspected_state, reporter_kind, anonymous, risk,
       consent_contact, consent_referral_police, consent_updates, deletion_requested_at,
       narrative_sealed, details_sealed, identity_sealed
     FROM reports WHERE case_id = $1 ORDER BY received_at, reference`,
    [caseId],
  );
  return rows;
}

export type PackageEvidenceRow = {
  id: string;
  report_reference: string;
  original_blob_id: string;
  sanitised_blob_id: string | null;
  sha256_original_sealed: unknown;
  sha256_sanitised_sealed: unknown;
  size_bytes: string | number;
  media_type: string;
  received_at: Date;
};

const EVIDENCE_COLUMNS = `e.id, rp.reference AS report_reference, e.original_blob_id, e.sanitised_blob_id,
  e.sha256_original_sealed, e.sha256_sanitised_sealed, e.size_bytes, e.media_type, e.received_at`;

export async function evidenceOfReports(q: Queryable, reportIds: string[]): Promise<PackageEvidenceRow[]> {
  const { rows } = await q.query<PackageEvidenceRow>(
    `SELECT ${EVIDENCE_COLUMNS} FROM evidence_files e JOIN reports rp ON rp.id = e.report_id
      WHERE e.report_id = ANY ($1::uuid[]) ORDER BY e.received_at, e.id`,
    [reportIds],
  );
  return rows;
}

export async function evidenceOfReferral(q: Queryable, referralId: string): Promise<PackageEvidenceRow[]> {
  const { rows } = await q.query<PackageEvidenceRow>(
    `SELECT ${EVIDENCE_COLUMNS} FROM referral_evidence re
       JOIN evidence_files e ON e.id = re.evidence_file_id
       JOIN reports rp ON rp.id = e.report_id
      WHERE re.referral_id = $1 ORDER BY e.received_at, e.id`,
    [referralId],
  );
  return rows;
}

export type CaseEventRow = { at: Date; kind: string; data: Record<string, unknown> | null };

/** The case's timeline as codes: never the sealed reasons, which are internal. */
export async function caseEventsOf(q: Queryable, caseId: string): Promise<CaseEventRow[]> {
  const { rows } = await q.query<CaseEventRow>(
    'SELECT at, kind, data FROM case_events WHERE case_id = $1 ORDER BY at, id',
    [caseId],
  );
  return rows;
}

/** Moves the case to `referred` (unless closed) and notes it on the case's timeline, as case work does. */
export async function markCaseReferred(
  q: Queryable,
  e: { caseId: string; fromStatus: string; actorId: string; at: Date; partnerKind: string; basis: string },
): Promise<void> {
  if (e.fromStatus !== 'referred' && e.fromStatus !== 'closed') {
    await q.query(
      `UPDATE cases SET status = 'referred', version = version + 1, updated_at = $2,
         acknowledged_at = COALESCE(acknowledged_at, $2) WHERE id = $1`,
      [e.caseId, e.at],
    );
  }
  await q.query(
    `INSERT INTO case_events (id, case_id, at, actor_id, kind, data) VALUES ($1, $2, $3, $4, 'referred', $5)`,
    [
      randomUUID(),
      e.caseId,
      e.at,
      e.actorId,
      JSON.stringify({
        partnerKind: e.partnerKind,
        basis: e.basis,
        ...(e.fromStatus !== 'referred' && e.fromStatus !== 'closed'
          ? { from: e.fromStatus, to: 'referred' }
          : {}),
      }),
    ],
  );
}

// ---- messages between the partner and the focal point ----------------------------------------------

export type ReferralMessageRow = {
  id: string;
  at: Date;
  author_id: string;
  author_name: string;
  from_partner: boolean;
  body_sealed: unknown;
};

export async function insertReferralMessage(
  q: Queryable,
  m: {
    id: string;
    referralId: string;
    at: Date;
    authorId: string;
    fromPartner: boolean;
    dataKeyId: string;
    bodySealed: Buffer;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO referral_messages (id, referral_id, at, author_id, from_partner, data_key_id, body_sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [m.id, m.referralId, m.at, m.authorId, m.fromPartner, m.dataKeyId, m.bodySealed],
  );
}

export async function messagesOf(q: Queryable, referralId: string): Promise<ReferralMessageRow[]> {
  const { rows } = await q.query<ReferralMessageRow>(
    `SELECT m.id, m.at, m.author_id, COALESCE(NULLIF(u.display_name, ''), u.email) AS author_name, m.from_partner, m.body_sealed
       FROM referral_messages m JOIN users u ON u.id = m.author_id
      WHERE m.referral_id = $1 ORDER BY m.at, m.id`,
    [referralId],
  );
  return rows;
}
