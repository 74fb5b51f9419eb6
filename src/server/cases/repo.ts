import { randomUUID } from 'node:crypto';
import type { CaseListQuery, CaseStatus, ClosingReason, Risk } from '../../shared/contracts/cases.ts';
import { CASES_PAGE_SIZE } from '../../shared/contracts/cases.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { aad } from './sealing.ts';

/** The SQL of case work. Only queries live here: no rules, no decryption of content. */

export type CaseRow = {
  id: string;
  reference: string;
  status: CaseStatus;
  risk: Risk;
  assignee_id: string | null;
  opened_at: Date;
  acknowledged_at: Date | null;
  closed_at: Date | null;
  closing_reason: ClosingReason | null;
  merged_into_id: string | null;
  updated_at: Date;
  version: number;
  report_count: number;
  province: string | null;
  tactics: string[] | null;
};

export type StaffRow = { id: string; display_name: string; email: string; role: string };

export type ReportRow = {
  id: string;
  reference: string;
  received_at: Date;
  language: string;
  incident_started_on: string | null;
  incident_ended_on: string | null;
  ongoing: boolean;
  province: string | null;
  institution: string | null;
  tactics: string[];
  communities: string[];
  channels: string[];
  impacts: string[];
  perpetrator_types: string[];
  suspected_state: string | null;
  reporter_kind: string;
  anonymous: boolean;
  risk: Risk;
  risk_reasons: string[];
  consent_contact: boolean;
  consent_referral_police: boolean;
  consent_statistics: boolean;
  consent_updates: boolean;
  verified: boolean;
  narrative_sealed: unknown;
  details_sealed: unknown;
  identity_sealed: unknown;
  place_sealed: unknown;
};

export type EvidenceRow = {
  id: string;
  report_id: string;
  original_blob_id: string;
  sanitised_blob_id: string | null;
  sha256_original_sealed: unknown;
  sha256_sanitised_sealed: unknown;
  size_bytes: string | number;
  media_type: string;
  filename_sealed: unknown;
  received_at: Date;
};

export type EventRow = {
  id: string;
  at: Date;
  actor_id: string | null;
  kind: string;
  data: Record<string, string | number | boolean | null>;
  reason_sealed: unknown;
};
export type NoteRow = { id: string; author_id: string; body_sealed: unknown; created_at: Date };
export type TaskRow = {
  id: string;
  assignee_id: string | null;
  title_sealed: unknown;
  due_on: string | Date | null;
  done_at: Date | null;
  created_at: Date;
};
export type MessageRow = {
  id: string;
  report_id: string | null;
  direction: 'to_reporter' | 'from_reporter';
  author_id: string | null;
  body_sealed: unknown;
  created_at: Date;
  read_at: Date | null;
};

// Dates come back as strings from one driver and Date objects from the other: read them as text.
const CASE_COLUMNS = `c.id, c.reference, c.status, c.risk, c.assignee_id, c.opened_at, c.acknowledged_at,
  c.closed_at, c.closing_reason, c.merged_into_id, c.updated_at, c.version,
  (SELECT count(*)::int FROM reports r WHERE r.case_id = c.id) AS report_count,
  fr.province, fr.tactics`;
const FIRST_REPORT = 'LEFT JOIN reports fr ON fr.reference = c.reference';
const RISK_ORDER = `CASE c.risk WHEN 'immediate' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`;

export async function listCases(
  q: Queryable,
  filter: CaseListQuery & { onlyAssignedTo: string | null; me: string },
): Promise<{ rows: CaseRow[]; total: number }> {
  const where = [
    'c.merged_into_id IS NULL',
    filter.held === 'only' ? 'c.held_at IS NOT NULL' : 'c.held_at IS NULL',
  ];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.onlyAssignedTo) where.push(`c.assignee_id = ${param(filter.onlyAssignedTo)}`);
  if (filter.reference) {
    const p = param(`${filter.reference.toUpperCase()}%`);
    where.push(`(c.reference LIKE ${p} OR EXISTS (
      SELECT 1 FROM reports rr WHERE rr.case_id = c.id AND rr.reference LIKE ${p}))`);
  }
  if (filter.status === 'open') where.push(`c.status <> 'closed'`);
  else if (filter.status) where.push(`c.status = ${param(filter.status)}`);
  if (filter.risk) where.push(`c.risk = ${param(filter.risk)}`);
  if (filter.assignee === 'none') where.push('c.assignee_id IS NULL');
  else if (filter.assignee === 'me') where.push(`c.assignee_id = ${param(filter.me)}`);
  else if (filter.assignee) where.push(`c.assignee_id = ${param(filter.assignee)}`);
  const whereSql = where.join(' AND ');
  const { rows: count } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cases c WHERE ${whereSql}`,
    params,
  );
  const { rows } = await q.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} FROM cases c ${FIRST_REPORT}
      WHERE ${whereSql}
      ORDER BY ${RISK_ORDER}, c.opened_at, c.reference
      LIMIT ${CASES_PAGE_SIZE} OFFSET ${param((filter.page - 1) * CASES_PAGE_SIZE)}`,
    params,
  );
  return { rows, total: count[0]?.n ?? 0 };
}

export function findCase(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<CaseRow>(
    q,
    `SELECT ${CASE_COLUMNS} FROM cases c ${FIRST_REPORT} WHERE c.id = $1${opts.forUpdate ? ' FOR UPDATE OF c' : ''}`,
    [id],
  );
}

export function findCaseByReference(q: Queryable, reference: string) {
  return maybeOne<{ id: string }>(
    q,
    `SELECT case_id AS id FROM reports WHERE reference = $1
     UNION SELECT id FROM cases WHERE reference = $1 LIMIT 1`,
    [reference.toUpperCase()],
  );
}

export async function staffByIds(q: Queryable, ids: Iterable<string | null>): Promise<Map<string, StaffRow>> {
  const unique = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (unique.length === 0) return new Map();
  const { rows } = await q.query<StaffRow>(
    'SELECT id, display_name, email, role FROM users WHERE id = ANY($1::uuid[])',
    [unique],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

export async function assignableStaff(q: Queryable, roles: readonly string[]): Promise<StaffRow[]> {
  const { rows } = await q.query<StaffRow>(
    `SELECT id, display_name, email, role FROM users
      WHERE disabled_at IS NULL AND role = ANY($1::text[]) ORDER BY role, display_name, email`,
    [roles],
  );
  return rows;
}

export async function reportsOf(q: Queryable, caseId: string): Promise<ReportRow[]> {
  const { rows } = await q.query<ReportRow>(
    `SELECT id, reference, received_at, language, incident_started_on::text, incident_ended_on::text, ongoing,
            province, institution, tactics, communities, channels, impacts, perpetrator_types,
            suspected_state, reporter_kind, anonymous, risk, risk_reasons, consent_contact,
            consent_referral_police, consent_statistics, consent_updates, verified,
            narrative_sealed, details_sealed, identity_sealed, place_sealed
       FROM reports WHERE case_id = $1 ORDER BY received_at, reference`,
    [caseId],
  );
  return rows;
}

export async function evidenceOf(q: Queryable, caseId: string): Promise<EvidenceRow[]> {
  const { rows } = await q.query<EvidenceRow>(
    `SELECT e.id, e.report_id, e.original_blob_id, e.sanitised_blob_id, e.sha256_original_sealed,
            e.sha256_sanitised_sealed, e.size_bytes, e.media_type, e.filename_sealed, e.received_at
       FROM evidence_files e JOIN reports r ON r.id = e.report_id
      WHERE r.case_id = $1 ORDER BY e.received_at, e.id`,
    [caseId],
  );
  return rows;
}

export async function eventsOf(q: Queryable, caseId: string): Promise<EventRow[]> {
  const { rows } = await q.query<EventRow>(
    'SELECT id, at, actor_id, kind, data, reason_sealed FROM case_events WHERE case_id = $1 ORDER BY at, id',
    [caseId],
  );
  return rows;
}

export async function notesOf(q: Queryable, caseId: string): Promise<NoteRow[]> {
  const { rows } = await q.query<NoteRow>(
    'SELECT id, author_id, body_sealed, created_at FROM case_notes WHERE case_id = $1 ORDER BY created_at, id',
    [caseId],
  );
  return rows;
}

export async function tasksOf(q: Queryable, caseId: string): Promise<TaskRow[]> {
  const { rows } = await q.query<TaskRow>(
    `SELECT id, assignee_id, title_sealed, due_on::text, done_at, created_at
       FROM case_tasks WHERE case_id = $1 ORDER BY done_at IS NOT NULL, created_at, id`,
    [caseId],
  );
  return rows;
}

export async function messagesOf(q: Queryable, caseId: string): Promise<MessageRow[]> {
  const { rows } = await q.query<MessageRow>(
    `SELECT id, report_id, direction, author_id, body_sealed, created_at, read_at
       FROM case_messages WHERE case_id = $1 ORDER BY created_at, id`,
    [caseId],
  );
  return rows;
}

export async function markReporterMessagesRead(q: Queryable, caseId: string, now: Date) {
  await q.query(
    `UPDATE case_messages SET read_at = $2
      WHERE case_id = $1 AND direction = 'from_reporter' AND read_at IS NULL`,
    [caseId, now],
  );
}

/** Appends to a case's timeline; a free-text reason is sealed under a data key of its own. */
export async function addEvent(
  tx: Queryable,
  vault: Vault,
  e: {
    caseId: string;
    actorId: string | null;
    kind: string;
    data?: Record<string, string | number | boolean | null>;
    reason?: string;
    at: Date;
  },
): Promise<void> {
  const id = randomUUID();
  let dataKeyId: string | null = null;
  let sealed: Buffer | null = null;
  if (e.reason) {
    const key = await vault.newDataKey(tx);
    dataKeyId = key.id;
    sealed = vault.seal(key, e.reason, aad.eventReason(id));
  }
  await tx.query(
    `INSERT INTO case_events (id, case_id, at, actor_id, kind, data, data_key_id, reason_sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, e.caseId, e.at, e.actorId, e.kind, JSON.stringify(e.data ?? {}), dataKeyId, sealed],
  );
}

export type CaseChanges = {
  status?: CaseStatus;
  closingReason?: ClosingReason | null;
  closedAt?: Date | null;
  risk?: Risk;
  assigneeId?: string | null;
  acknowledgedAt?: Date;
  mergedIntoId?: string;
};

/** Applies changes only if the case is still at `version`; false when someone changed it meanwhile. */
export async function updateCaseRow(
  tx: Queryable,
  id: string,
  version: number,
  changes: CaseChanges,
  now: Date,
): Promise<boolean> {
  const sets = ['version = version + 1', 'updated_at = $3'];
  const params: unknown[] = [id, version, now];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (changes.status !== undefined) set('status', changes.status);
  if (changes.closingReason !== undefined) set('closing_reason', changes.closingReason);
  if (changes.closedAt !== undefined) set('closed_at', changes.closedAt);
  if (changes.risk !== undefined) set('risk', changes.risk);
  if (changes.assigneeId !== undefined) set('assignee_id', changes.assigneeId);
  if (changes.mergedIntoId !== undefined) set('merged_into_id', changes.mergedIntoId);
  if (changes.acknowledgedAt !== undefined) {
    params.push(changes.acknowledgedAt);
    sets.push(`acknowledged_at = COALESCE(acknowledged_at, $${params.length})`);
  }
  const { rowCount } = await tx.query(
    `UPDATE cases SET ${sets.join(', ')} WHERE id = $1 AND version = $2`,
    params,
  );
  return rowCount === 1;
}

export async function acknowledge(tx: Queryable, caseId: string, now: Date) {
  await tx.query(
    'UPDATE cases SET acknowledged_at = $2, updated_at = $2 WHERE id = $1 AND acknowledged_at IS NULL',
    [caseId, now],
  );
}

export async function moveCaseContent(tx: Queryable, fromCaseId: string, toCaseId: string) {
  for (const table of ['reports', 'case_messages', 'case_notes', 'case_tasks']) {
    await tx.query(`UPDATE ${table} SET case_id = $2 WHERE case_id = $1`, [fromCaseId, toCaseId]);
  }
}

export async function userIsAssignable(q: Queryable, userId: string, roles: readonly string[]) {
  const row = await maybeOne(
    q,
    'SELECT 1 AS ok FROM users WHERE id = $1 AND disabled_at IS NULL AND role = ANY($2::text[])',
    [userId, roles],
  );
  return Boolean(row);
}

export type AuditRow = {
  seq: string | number;
  at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  meta: Record<string, unknown> | null;
};

/**
 * An identity reveal's audit entry and the reveal it names (meta `reveal`, written by revealIdentity). The
 * reveal's columns are null when the entry names no reveal row any more.
 */
export type RevealEntryRow = {
  seq: number;
  actor_id: string | null;
  target_id: string | null;
  reveal_id: string;
  case_id: string | null;
  user_id: string | null;
  reason_sealed: unknown;
  revealed_at: Date | null;
};

export async function findRevealEntry(q: Queryable, seq: number): Promise<RevealEntryRow | undefined> {
  const { rows } = await q.query<RevealEntryRow>(
    `SELECT a.seq, a.actor_id, a.target_id, a.meta->>'reveal' AS reveal_id,
            r.case_id::text AS case_id, r.user_id::text AS user_id, r.reason_sealed, r.revealed_at
       FROM audit_log a
       LEFT JOIN identity_reveals r ON r.id::text = a.meta->>'reveal'
      WHERE a.seq = $1 AND a.action = 'case.identity.revealed' AND a.meta->>'reveal' IS NOT NULL`,
    [seq],
  );
  return rows[0];
}

export async function listAudit(
  q: Queryable,
  filter: { page: number; pageSize: number; action?: string | undefined; targetId?: string | undefined },
): Promise<{ rows: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.action) {
    params.push(`${filter.action.replaceAll('_', '\\_')}%`);
    where.push(`action LIKE $${params.length}`);
  }
  if (filter.targetId) {
    params.push(filter.targetId);
    where.push(`target_id = $${params.length}`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const { rows: count } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log ${whereSql}`,
    params,
  );
  params.push((filter.page - 1) * filter.pageSize);
  const { rows } = await q.query<AuditRow>(
    `SELECT seq, at, actor_type, actor_id, action, target_type, target_id, meta FROM audit_log ${whereSql}
      ORDER BY seq DESC LIMIT ${filter.pageSize} OFFSET $${params.length}`,
    params,
  );
  return { rows, total: count[0]?.n ?? 0 };
}

/** Which of `codes` are active terms of `vocabulary` (admins may add terms beyond the seed). */
export async function activeTerms(
  q: Queryable,
  vocabulary: string,
  codes: readonly string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const { rows } = await q.query<{ code: string }>(
    'SELECT code FROM taxonomy_terms WHERE vocabulary = $1 AND active AND code = ANY($2::text[])',
    [vocabulary, codes],
  );
  return new Set(rows.map((r) => r.code));
}

export type ReportClassificationChanges = {
  tactics?: string[];
  communities?: string[];
  channels?: string[];
  impacts?: string[];
  perpetratorTypes?: string[];
  province?: string | null;
  suspectedState?: string | null;
};

export async function updateReportClassification(
  tx: Queryable,
  reportId: string,
  changes: ReportClassificationChanges,
): Promise<void> {
  const columns: [keyof ReportClassificationChanges, string][] = [
    ['tactics', 'tactics'],
    ['communities', 'communities'],
    ['channels', 'channels'],
    ['impacts', 'impacts'],
    ['perpetratorTypes', 'perpetrator_types'],
    ['province', 'province'],
    ['suspectedState', 'suspected_state'],
  ];
  const sets: string[] = [];
  const params: unknown[] = [reportId];
  for (const [key, column] of columns) {
    if (changes[key] === undefined) continue;
    params.push(changes[key]);
    sets.push(`${column} = $${params.length}`);
  }
  if (sets.length) await tx.query(`UPDATE reports SET ${sets.join(', ')} WHERE id = $1`, params);
}
