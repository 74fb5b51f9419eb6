import type { WarningStatus } from '../../shared/contracts/duty-to-warn.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of duty-to-warn records. */

export type WarningRow = {
  id: string;
  reference: string;
  status: WarningStatus;
  case_id: string | null;
  case_reference: string | null;
  case_assignee_id: string | null;
  related_case_ids: string[];
  severity: 'death' | 'serious_bodily_harm' | 'abduction' | 'other_serious_harm';
  data_key_id: string;
  person_sealed: unknown;
  assessment_sealed: unknown;
  created_by: string;
  created_at: Date;
  signoff_by: string | null;
  signoff_at: Date | null;
  signoff_note_sealed: unknown;
  delivery_method: 'police_partner' | 'caseworker' | null;
  delivery_partner_org_id: string | null;
  partner_org_name: string | null;
  delivery_assignee_id: string | null;
  delivered_at: Date | null;
  delivered_by: string | null;
  delivery_channel: 'in_person' | 'phone' | 'letter' | 'other' | null;
  delivery_note_sealed: unknown;
  acknowledgement: 'acknowledged' | 'refused' | 'not_reached' | null;
  outcome: 'protective_measures' | 'police_protection' | 'relocated' | 'no_further_action' | 'other' | null;
  outcome_note_sealed: unknown;
  closed_at: Date | null;
  version: number;
};

const COLUMNS = `w.id, w.reference, w.status, w.case_id, c.reference AS case_reference, c.assignee_id AS case_assignee_id,
  w.related_case_ids, w.severity, w.data_key_id, w.person_sealed, w.assessment_sealed, w.created_by, w.created_at,
  w.signoff_by, w.signoff_at, w.signoff_note_sealed, w.delivery_method, w.delivery_partner_org_id,
  o.name AS partner_org_name, w.delivery_assignee_id, w.delivered_at, w.delivered_by, w.delivery_channel,
  w.delivery_note_sealed, w.acknowledgement, w.outcome, w.outcome_note_sealed, w.closed_at, w.version`;
const FROM = `duty_to_warn w LEFT JOIN cases c ON c.id = w.case_id
  LEFT JOIN partner_orgs o ON o.id = w.delivery_partner_org_id`;

export async function listWarnings(q: Queryable, filter: { partnerOrgId?: string }): Promise<WarningRow[]> {
  const { rows } = await q.query<WarningRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE ($1::uuid IS NULL OR w.delivery_partner_org_id = $1::uuid)
      ORDER BY w.status IN ('declined', 'closed'), w.created_at DESC, w.id
      LIMIT 500`,
    [filter.partnerOrgId ?? null],
  );
  return rows;
}

export function findWarning(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<WarningRow>(
    q,
    `SELECT ${COLUMNS} FROM ${FROM} WHERE w.id = $1${opts.forUpdate ? ' FOR UPDATE OF w' : ''}`,
    [id],
  );
}

export async function insertWarning(
  q: Queryable,
  w: {
    id: string;
    reference: string;
    caseId: string | null;
    relatedCaseIds: string[];
    severity: string;
    dataKeyId: string;
    personSealed: Buffer;
    assessmentSealed: Buffer;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO duty_to_warn (id, reference, status, case_id, related_case_ids, severity, data_key_id,
       person_sealed, assessment_sealed, created_by, created_at, updated_at)
     VALUES ($1, $2, 'awaiting_signoff', $3, $4::uuid[], $5, $6, $7, $8, $9, $10, $10)`,
    [
      w.id,
      w.reference,
      w.caseId,
      w.relatedCaseIds,
      w.severity,
      w.dataKeyId,
      w.personSealed,
      w.assessmentSealed,
      w.createdBy,
      w.now,
    ],
  );
}

/** Changes columns of a warning whose version is still `version`; false when it changed meanwhile. */
export async function updateWarning(
  q: Queryable,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  now: Date,
): Promise<boolean> {
  const params: unknown[] = [id, version, now];
  const sets = Object.entries(changes).map(([column, value]) => {
    params.push(value);
    return `${column} = $${params.length}`;
  });
  const { rowCount } = await q.query(
    `UPDATE duty_to_warn SET ${[...sets, 'updated_at = $3', 'version = version + 1'].join(', ')}
      WHERE id = $1 AND version = $2`,
    params,
  );
  return rowCount > 0;
}

export async function addWarningEvent(
  q: Queryable,
  e: {
    id: string;
    warningId: string;
    at: Date;
    actorId: string | null;
    kind: string;
    data?: Record<string, string | null>;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO duty_to_warn_events (id, warning_id, at, actor_id, kind, data) VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.id, e.warningId, e.at, e.actorId, e.kind, JSON.stringify(e.data ?? {})],
  );
}

export async function eventsOf(
  q: Queryable,
  warningId: string,
): Promise<{ at: Date; actor_id: string | null; kind: string; data: Record<string, string | null> }[]> {
  const { rows } = await q.query<{
    at: Date;
    actor_id: string | null;
    kind: string;
    data: Record<string, string | null>;
  }>('SELECT at, actor_id, kind, data FROM duty_to_warn_events WHERE warning_id = $1 ORDER BY at, seq', [
    warningId,
  ]);
  return rows;
}

/** The cases that hold these references (of a case or of one of its reports), by reference. */
export async function casesByReference(
  q: Queryable,
  references: readonly string[],
): Promise<Map<string, { id: string; reference: string }>> {
  const { rows } = await q.query<{ ref: string; id: string; reference: string }>(
    `SELECT r.reference AS ref, c.id, c.reference FROM reports r JOIN cases c ON c.id = r.case_id
      WHERE r.reference = ANY($1::text[])
     UNION
     SELECT c.reference, c.id, c.reference FROM cases c WHERE c.reference = ANY($1::text[])`,
    [references],
  );
  return new Map(rows.map((r) => [r.ref, { id: r.id, reference: r.reference }]));
}

export async function casesById(
  q: Queryable,
  ids: readonly string[],
): Promise<{ id: string; reference: string }[]> {
  if (ids.length === 0) return [];
  const { rows } = await q.query<{ id: string; reference: string }>(
    'SELECT id, reference FROM cases WHERE id = ANY($1::uuid[]) ORDER BY reference',
    [ids],
  );
  return rows;
}

export async function staffNames(q: Queryable, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((x): x is string => Boolean(x)))];
  if (wanted.length === 0) return new Map();
  const { rows } = await q.query<{ id: string; name: string }>(
    `SELECT id, COALESCE(NULLIF(display_name, ''), email) AS name FROM users WHERE id = ANY($1::uuid[])`,
    [wanted],
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function partnerUsersOf(q: Queryable, orgId: string): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `SELECT id FROM users WHERE partner_org_id = $1 AND role = 'partner' AND disabled_at IS NULL`,
    [orgId],
  );
  return rows.map((r) => r.id);
}

/** Warnings opened in a period, and how many got to each step (for dashboards and periodic reports). */
export async function countWarnings(
  q: Queryable,
  period: { from: Date | null; to: Date | null },
): Promise<{ opened: number; approved: number; delivered: number; acknowledged: number }> {
  const { rows } = await q.query<{
    opened: number;
    approved: number;
    delivered: number;
    acknowledged: number;
  }>(
    `SELECT count(*)::int AS opened,
            count(*) FILTER (WHERE status IN ('approved', 'delivered', 'closed'))::int AS approved,
            count(*) FILTER (WHERE delivered_at IS NOT NULL)::int AS delivered,
            count(*) FILTER (WHERE acknowledgement = 'acknowledged')::int AS acknowledged
       FROM duty_to_warn
      WHERE ($1::timestamptz IS NULL OR created_at >= $1) AND ($2::timestamptz IS NULL OR created_at < $2)`,
    [period.from, period.to],
  );
  return rows[0] ?? { opened: 0, approved: 0, delivered: 0, acknowledged: 0 };
}
