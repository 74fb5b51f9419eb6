import {
  CASE_SCOPES,
  type DisposalAction,
  type PlanItem,
  RECORD_KINDS,
  type RecordKind,
  type RecordTrim,
  type RetentionSettings,
} from '../../shared/contracts/retention.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * What the schedule makes due: the one query behind the plan (dry run) and the run, so the plan lists what
 * the run will do. A case's clock starts at its last activity — its closing, or a later message or
 * timeline event (a case worked on again keeps its content longer) — or, for a case nobody ever acted on,
 * at its arrival or the reporter's last message. Only root cases are candidates: a case merged into
 * another goes with it. A case under a legal hold is never due, whatever the rules say.
 *
 * Candidates come from indexes, never a walk over every case: closed cases by their closing date
 * (cases_closed_retention), unacknowledged new ones by (status, risk, opened_at) (cases_queue), each
 * bounded by the shortest duration any rule could apply.
 */

const minutesAgo = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

/** The shortest of these durations, or null when every one is "never". */
function shortest(values: readonly (number | null)[]): number | null {
  const set = values.filter((v): v is number => v !== null);
  return set.length ? Math.min(...set) : null;
}

type DueRow = {
  id: string;
  reference: string;
  scope: string;
  deidentified: boolean;
  since: Date;
  deidentify_at: Date | null;
  destroy_at: Date | null;
  held: boolean;
  reports: number;
};

/** Every candidate and when each of its rules falls due; `horizon` reaches into the future (upcoming). */
async function candidates(
  q: Queryable,
  s: RetentionSettings,
  horizon: Date,
  only: readonly string[] | null,
): Promise<DueRow[]> {
  const closed = CASE_SCOPES.filter((c) => c !== 'not_acted_on');
  const closedDeid = shortest(closed.map((c) => s[`${c}.deidentify`]));
  const closedDestroy = shortest(closed.map((c) => s[`${c}.destroy`]));
  const newDeid = s['not_acted_on.deidentify'];
  const newDestroy = s['not_acted_on.destroy'];
  const bound = (m: number | null) => (m === null ? null : minutesAgo(horizon, m));
  const { rows } = await q.query<DueRow>(
    `WITH cand AS (
       SELECT c.id, c.reference, 'closed.' || coalesce(c.closing_reason, 'resolved') AS scope,
              c.deidentified_at IS NOT NULL AS deidentified, c.closed_at AS start
         FROM cases c
        WHERE c.status = 'closed' AND c.destroyed_at IS NULL AND c.merged_into_id IS NULL
          AND ((c.deidentified_at IS NULL AND c.closed_at <= $1) OR c.closed_at <= $2)
          AND ($6::uuid[] IS NULL OR c.id = ANY ($6::uuid[]))
       UNION ALL
       SELECT c.id, c.reference, 'not_acted_on', c.deidentified_at IS NOT NULL, c.opened_at
         FROM cases c
        WHERE c.status = 'new' AND c.risk IN ('immediate', 'high', 'medium', 'low') AND c.merged_into_id IS NULL
          AND c.acknowledged_at IS NULL AND c.destroyed_at IS NULL
          AND ((c.deidentified_at IS NULL AND c.opened_at <= $3) OR c.opened_at <= $4)
          AND ($6::uuid[] IS NULL OR c.id = ANY ($6::uuid[]))
     ), ruled AS (
       -- Each scope's own durations; the clock starts no earlier than the closing (or arrival), so a case
       -- whose rules cannot be due by then is left before its activity is looked up.
       SELECT cand.*, d.minutes AS deid, k.minutes AS destroy
         FROM cand
         LEFT JOIN retention_settings d ON d.key = cand.scope || '.deidentify'
         LEFT JOIN retention_settings k ON k.key = cand.scope || '.destroy'
        WHERE (NOT cand.deidentified AND cand.start + make_interval(mins => d.minutes) <= $5)
           OR cand.start + make_interval(mins => k.minutes) <= $5
     ), timed AS (
       SELECT ruled.*, greatest(ruled.start,
                (SELECT max(e.at) FROM case_events e WHERE e.case_id = ruled.id),
                (SELECT max(m.created_at) FROM case_messages m WHERE m.case_id = ruled.id)) AS since
         FROM ruled
     )
     SELECT t.id, t.reference, t.scope, t.deidentified, t.since,
            t.since + make_interval(mins => t.deid) AS deidentify_at,
            t.since + make_interval(mins => t.destroy) AS destroy_at,
            EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = t.id AND h.lifted_at IS NULL) AS held,
            (SELECT count(*)::int FROM reports r WHERE r.case_id = t.id) AS reports
       FROM timed t
      ORDER BY least(t.since + make_interval(mins => t.deid), t.since + make_interval(mins => t.destroy)), t.id`,
    [bound(closedDeid), bound(closedDestroy), bound(newDeid), bound(newDestroy), horizon, only],
  );
  return rows;
}

export type DueCase = PlanItem & { held: boolean };

/** What each candidate's next step is at `at` (null: nothing yet). */
function step(row: DueRow, at: Date): { action: DisposalAction; rule: string; dueAt: Date } | null {
  if (row.destroy_at && row.destroy_at <= at)
    return { action: 'destroy', rule: `${row.scope}.destroy`, dueAt: row.destroy_at };
  if (!row.deidentified && row.deidentify_at && row.deidentify_at <= at)
    return { action: 'deidentify', rule: `${row.scope}.deidentify`, dueAt: row.deidentify_at };
  return null;
}

const asItem = (row: DueRow, s: { action: DisposalAction; rule: string; dueAt: Date }): DueCase => ({
  caseId: row.id,
  reference: row.reference,
  action: s.action,
  rule: s.rule,
  dueAt: new Date(s.dueAt).toISOString(),
  reports: row.reports,
  held: row.held,
});

/** The cases due at `now` (held ones included, flagged), and those that fall due before `upcomingUntil`. */
export async function findDueCases(
  q: Queryable,
  s: RetentionSettings,
  opts: { now: Date; upcomingUntil?: Date; only?: readonly string[] },
): Promise<{ due: DueCase[]; upcoming: DueCase[] }> {
  const horizon = opts.upcomingUntil && opts.upcomingUntil > opts.now ? opts.upcomingUntil : opts.now;
  const due: DueCase[] = [];
  const upcoming: DueCase[] = [];
  for (const row of await candidates(q, s, horizon, opts.only ?? null)) {
    const now = step(row, opts.now);
    if (now) {
      due.push(asItem(row, now));
      continue;
    }
    const later = step(row, horizon);
    if (later && !row.held) upcoming.push(asItem(row, later));
  }
  return { due, upcoming };
}

const RECORD_PRESENT: Record<RecordKind, string> = {
  messages: 'EXISTS (SELECT 1 FROM case_messages m WHERE m.case_id = c.id)',
  notes: 'EXISTS (SELECT 1 FROM case_notes n WHERE n.case_id = c.id)',
  identity: 'EXISTS (SELECT 1 FROM reports r WHERE r.case_id = c.id AND r.identity_sealed IS NOT NULL)',
  evidence_originals: `EXISTS (SELECT 1 FROM reports r JOIN evidence_files e ON e.report_id = r.id
                        WHERE r.case_id = c.id AND e.original_blob_id IS NOT NULL)`,
  evidence_copies: `EXISTS (SELECT 1 FROM reports r JOIN evidence_files e ON e.report_id = r.id
                     WHERE r.case_id = c.id AND e.sanitised_blob_id IS NOT NULL)`,
};

/**
 * Records that outlive a case's closing for less than the case itself (keep.<record>): closed cases, not
 * yet de-identified, not held, still holding such records, whose clock has run past the rule.
 */
export async function findDueRecords(
  q: Queryable,
  s: RetentionSettings,
  opts: { now: Date; limit: number },
): Promise<RecordTrim[]> {
  const out: RecordTrim[] = [];
  for (const kind of RECORD_KINDS) {
    const minutes = s[`keep.${kind}`];
    if (minutes === null || out.length >= opts.limit) continue;
    const { rows } = await q.query<{ id: string; reference: string; due_at: Date }>(
      `SELECT c.id, c.reference, x.since + make_interval(mins => $2::int) AS due_at
         FROM cases c
         CROSS JOIN LATERAL (SELECT greatest(c.closed_at,
                  (SELECT max(e.at) FROM case_events e WHERE e.case_id = c.id),
                  (SELECT max(m.created_at) FROM case_messages m WHERE m.case_id = c.id)) AS since) x
        WHERE c.status = 'closed' AND c.destroyed_at IS NULL AND c.deidentified_at IS NULL
          AND c.merged_into_id IS NULL AND c.closed_at <= $1
          AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.lifted_at IS NULL)
          AND ${RECORD_PRESENT[kind]}
          AND x.since + make_interval(mins => $2::int) <= $3
        ORDER BY 3, 1 LIMIT $4`,
      [minutesAgo(opts.now, minutes), minutes, opts.now, opts.limit - out.length],
    );
    for (const r of rows)
      out.push({
        caseId: r.id,
        reference: r.reference,
        rule: `keep.${kind}`,
        dueAt: new Date(r.due_at).toISOString(),
      });
  }
  return out;
}
