import type { Queryable } from '../platform/db/db.ts';
import type { Clock } from '../platform/jobs/clock.ts';

/**
 * Keeps the dashboard rollup (migration 0013) true without anyone calling it: intake, the demo bulk
 * loader and test factories only write the base tables.
 *
 * - A day's rows are always recomputed whole from the base tables, so recomputing a day is idempotent
 *   and a day recomputed too often costs time, never correctness. Month rows and the acknowledgement
 *   histogram change by the difference between a day's old and new rows.
 * - A catch-up recomputes the days of every report whose case is touched by a change seen through
 *   timestamps since the last watermark (minus a margin for transactions that committed late): reports
 *   awaiting the indexer or indexed since, reports received since, cases updated since (status, risk,
 *   acknowledgement, reclassification, merges), referrals updated since; campaigns updated since have
 *   their campaign days rewritten. Every report of a touched case
 *   is recomputed, since a case's reports may lie on several days.
 * - A recount compares the reports per day with what the rollup counted: it finds what timestamps
 *   cannot show, such as bulk loads of old reports or deletions. A full rebuild starts from nothing.
 * - A request first compares a fingerprint of the timestamped changes with the one of the last
 *   catch-up (a handful of index range scans), and catches up before answering when they differ.
 */

/** Changes are looked for this far before the last watermark: a transaction may commit after its clock. */
export const WATERMARK_MARGIN_MS = 60_000;
/** A request recounts itself only if the sweep has not done so for this long (a stopped sweep). */
export const ROLLUP_RECOUNT_BOUND_MS = 30 * 60_000;

export const LOCK = `hashtext('focalpoint.dashboard_rollup')`;
/**
 * The planner's estimates for unnest and CTE scans are far off (millions of rows for thousands), which
 * makes PostgreSQL JIT-compile these statements (seconds of compiling for milliseconds of work) and
 * group a day's cells by sorting them under the text collation instead of hashing them.
 */
export const NO_JIT = 'SET LOCAL jit = off';
export const PLANNER = `${NO_JIT}; SET LOCAL enable_sort = off`;
/** Days per statement when many days are recomputed (a full rebuild or a bulk load). */
const DAYS_PER_STATEMENT = 31;

/** The hours a case waited for its first staff action, exactly as the direct query computes them. */
export const ACK_HOURS = `(extract(epoch FROM (c.acknowledged_at - c.opened_at)) / 3600.0)::float8`;
/** A bucket ordered like the hours it holds: 32 per doubling of the seconds, one for zero or less. */
export const ackBucket = (hours: string) =>
  `(CASE WHEN ${hours} > 0 THEN floor(32 * ln(${hours} * 3600.0) / ln(2.0))::int ELSE -1000000 END)`;

const DAY_START = `(d.day::timestamp AT TIME ZONE 'UTC')`;
/** Reports received on the days of $1, with their case's current state. */
const DAY_REPORTS = `
  SELECT r.id, r.case_id, d.day, r.province, r.institution, r.tactics, r.communities, r.channels,
         r.perpetrator_types, r.suspected_state, c.risk, c.status, (c.spam OR c.held_at IS NOT NULL) AS spam,
         CASE WHEN c.acknowledged_at IS NOT NULL THEN ${ACK_HOURS} END AS hours
    FROM (SELECT DISTINCT unnest($1::date[]) AS day) d
    -- OFFSET 0 keeps each step a lookup (a day's range of reports_received, a case by key): the planner,
    -- blind to how few reports the days hold, would otherwise scan every report and every case.
    CROSS JOIN LATERAL (
      SELECT * FROM reports r
       WHERE r.received_at >= ${DAY_START} AND r.received_at < ${DAY_START} + interval '1 day' OFFSET 0) r
    CROSS JOIN LATERAL (SELECT * FROM cases c WHERE c.id = r.case_id OFFSET 0) c`;

/** The filters (other than none) a report matches, as `f` values. */
const FILTERS_OF = `ARRAY(SELECT DISTINCT v FROM unnest(
    ARRAY['risk:' || x.risk, 'status:' || x.status]
    || CASE WHEN x.province IS NULL THEN '{}'::text[] ELSE ARRAY['province:' || x.province] END
    || CASE WHEN x.suspected_state IS NULL THEN '{}'::text[] ELSE ARRAY['suspected_state:' || x.suspected_state] END
    || ARRAY(SELECT 'tactic:' || t FROM unnest(x.tactics) t)
    || ARRAY(SELECT 'community:' || t FROM unnest(x.communities) t)
    || ARRAY(SELECT 'channel:' || t FROM unnest(x.channels) t)) v)`;

const orUnspecified = (column: string) =>
  `CASE WHEN cardinality(x.${column}) = 0 THEN ARRAY['unspecified']::text[] ELSE x.${column} END`;
const repeated = (dim: string, column: string) =>
  `array_fill('${dim}'::text, ARRAY[greatest(cardinality(x.${column}), 1)])`;
const INSTITUTION = `x.institution IS NOT NULL AND x.institution <> ''`;

/**
 * A day's rows: every report-level count (as countReportDimensions reads them) and, for cases with a
 * single report, every case-level count (as countCaseFigures and countReferrals read them), under each
 * filter the report matches and under no filter; plus `seen`, every report of the day, spam included,
 * for the recount. A report's cells are built as two parallel arrays (dimension, key) in one pass.
 */
const INSERT_DAY_ROWS = `
  WITH x AS MATERIALIZED (
    SELECT x.*, ${FILTERS_OF} AS f,
           NOT EXISTS (SELECT 1 FROM dashboard_shared_cases s WHERE s.case_id = x.case_id) AS single
      FROM (${DAY_REPORTS}) x
  ), ack AS (
    INSERT INTO dashboard_ack (case_id, day, risk, bucket, hours, f)
    SELECT x.case_id, x.day, x.risk, ${ackBucket('x.hours')}, x.hours, x.f
      FROM x WHERE NOT x.spam AND x.hours IS NOT NULL AND x.single
  ), shared AS (
    INSERT INTO dashboard_shared_reports (report_id, case_id, day, f, risk, status, hours, bucket)
    SELECT x.id, x.case_id, x.day, x.f, x.risk, x.status, x.hours, ${ackBucket('x.hours')}
      FROM x WHERE NOT x.spam AND NOT x.single
  ), campaign_days AS (
    INSERT INTO dashboard_campaign_days (f, day, campaign_id, case_id)
    SELECT DISTINCT u.f, x.day, m.campaign_id, x.case_id
      FROM x JOIN campaign_members m ON m.case_id = x.case_id CROSS JOIN LATERAL unnest(x.f || ''::text) AS u(f)
     WHERE NOT x.spam
  ), cells AS (
    SELECT x.day, x.f, c.dim, c.key, 1::bigint AS w
      FROM x CROSS JOIN LATERAL unnest(
        ARRAY['reports', 'suspected_state', 'province']
          || ${repeated('tactic', 'tactics')} || ${repeated('community', 'communities')}
          || ${repeated('channel', 'channels')} || ${repeated('perpetrator', 'perpetrator_types')}
          || CASE WHEN ${INSTITUTION} THEN ARRAY['institution'] ELSE '{}'::text[] END
          || CASE WHEN x.single THEN ARRAY['cases', 'risk', 'status'] ELSE '{}'::text[] END,
        ARRAY['', coalesce(nullif(x.suspected_state, ''), 'unspecified'), coalesce(nullif(x.province, ''), 'unspecified')]
          || ${orUnspecified('tactics')} || ${orUnspecified('communities')}
          || ${orUnspecified('channels')} || ${orUnspecified('perpetrator_types')}
          || CASE WHEN ${INSTITUTION} THEN ARRAY[x.institution] ELSE '{}'::text[] END
          || CASE WHEN x.single THEN ARRAY['', x.risk, x.status] ELSE '{}'::text[] END
      ) AS c(dim, key)
     WHERE NOT x.spam
    UNION ALL
    SELECT x.day, x.f, 'referral', p.kind || '|' || coalesce(rf.outcome, 'awaiting'), 1
      FROM x JOIN referrals rf ON rf.case_id = x.case_id AND rf.status = 'sent'
      JOIN partner_orgs p ON p.id = rf.partner_org_id
     WHERE NOT x.spam AND x.single
  )
  INSERT INTO dashboard_rollup (f, grain, start, dim, key, n)
  SELECT u.f, 'd', cells.day, cells.dim, cells.key, sum(cells.w)
    FROM cells CROSS JOIN LATERAL unnest(cells.f || ''::text) AS u(f)
   GROUP BY 1, 3, 4, 5
  UNION ALL
  SELECT '', 'd', day, 'seen', '', count(*) FROM x GROUP BY day`;

/** Adds (sign 1) or takes away (sign -1) the day rows of $1 to or from their months. */
const monthDelta = (sign: 1 | -1) => `
  INSERT INTO dashboard_rollup (f, grain, start, dim, key, n)
  SELECT f, 'm', date_trunc('month', start)::date, dim, key, ${sign} * sum(n)
    FROM dashboard_rollup WHERE grain = 'd' AND start = ANY($1::date[])
   GROUP BY 1, 3, 4, 5
  ON CONFLICT (f, grain, start, dim, key) DO UPDATE SET n = dashboard_rollup.n + excluded.n`;

const histDelta = (sign: 1 | -1) => `
  INSERT INTO dashboard_ack_hist (f, month, risk, bucket, n)
  SELECT u.f, date_trunc('month', a.day)::date, a.risk, a.bucket, ${sign} * count(*)
    FROM dashboard_ack a CROSS JOIN LATERAL unnest(a.f || ''::text) AS u(f)
   WHERE a.day = ANY($1::date[])
   GROUP BY 1, 2, 3, 4
  ON CONFLICT (f, month, risk, bucket) DO UPDATE SET n = dashboard_ack_hist.n + excluded.n`;

/** Recomputes the rows of these days (YYYY-MM-DD) from the base tables. */
export async function recomputeDays(tx: Queryable, days: readonly string[]): Promise<void> {
  for (let i = 0; i < days.length; i += DAYS_PER_STATEMENT) {
    const chunk = [days.slice(i, i + DAYS_PER_STATEMENT)];
    // Cases with another report (on any day) are counted directly from now on.
    await tx.query(
      `INSERT INTO dashboard_shared_cases (case_id)
       SELECT DISTINCT x.case_id FROM (${DAY_REPORTS}) x
        WHERE EXISTS (SELECT 1 FROM reports o WHERE o.case_id = x.case_id AND o.id <> x.id)
       ON CONFLICT DO NOTHING`,
      chunk,
    );
    await tx.query(monthDelta(-1), chunk);
    await tx.query(histDelta(-1), chunk);
    await tx.query(`DELETE FROM dashboard_rollup WHERE grain = 'd' AND start = ANY($1::date[])`, chunk);
    await tx.query('DELETE FROM dashboard_ack WHERE day = ANY($1::date[])', chunk);
    await tx.query('DELETE FROM dashboard_campaign_days WHERE day = ANY($1::date[])', chunk);
    await tx.query('DELETE FROM dashboard_shared_reports WHERE day = ANY($1::date[])', chunk);
    // Day rows, acknowledgement values and campaign days in one statement: the day's reports are read once.
    await tx.query(INSERT_DAY_ROWS, chunk);
    await tx.query(monthDelta(1), chunk);
    await tx.query(histDelta(1), chunk);
    await tx.query(
      `DELETE FROM dashboard_rollup
        WHERE grain = 'm' AND n = 0 AND start IN (SELECT DISTINCT date_trunc('month', d)::date FROM unnest($1::date[]) d)`,
      chunk,
    );
    await tx.query(
      `DELETE FROM dashboard_ack_hist
        WHERE n = 0 AND month IN (SELECT DISTINCT date_trunc('month', d)::date FROM unnest($1::date[]) d)`,
      chunk,
    );
  }
}

const hashOf = (expr: string) => `count(*) || ':' || coalesce(sum(hashtext(${expr})), 0)`;
/** A fingerprint of every timestamped change after $1: it differs as soon as one more is committed. */
export const PROBE = `
  SELECT concat_ws(' ',
    (SELECT ${hashOf('id::text')} FROM reports WHERE indexed_at IS NULL),
    (SELECT ${hashOf(`id::text || indexed_at::text`)} FROM reports WHERE indexed_at > $1),
    (SELECT ${hashOf('id::text')} FROM reports WHERE received_at > $1),
    (SELECT ${hashOf(`id::text || updated_at::text || version`)} FROM cases
      WHERE updated_at > $1 AND updated_at > opened_at),
    (SELECT ${hashOf(`id::text || updated_at::text`)} FROM referrals WHERE updated_at > $1),
    (SELECT ${hashOf(`id::text || updated_at::text || status`)} FROM campaigns WHERE updated_at > $1)) AS probe`;

/** Days (YYYY-MM-DD) of every report of the cases these case ids name. */
const daysOfCases = (cases: string) => `
  SELECT DISTINCT to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
    FROM reports r WHERE r.case_id IN (${cases}) ORDER BY 1`;

const CHANGED_CASES = `
  SELECT case_id FROM reports WHERE indexed_at IS NULL
  UNION SELECT case_id FROM reports WHERE indexed_at > $1
  UNION SELECT case_id FROM reports WHERE received_at > $1
  UNION SELECT id FROM cases WHERE updated_at > $1 AND updated_at > opened_at
  UNION SELECT case_id FROM referrals WHERE updated_at > $1`;

/**
 * A campaign that changed (members, status) only changes its own campaign days: they are rewritten from
 * its members' reports, without recomputing those reports' days.
 */
async function refreshChangedCampaigns(tx: Queryable, since: Date): Promise<void> {
  const { rows } = await tx.query<{ id: string }>('SELECT id FROM campaigns WHERE updated_at > $1', [since]);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return;
  await tx.query('DELETE FROM dashboard_campaign_days WHERE campaign_id = ANY ($1::uuid[])', [ids]);
  await tx.query(
    `INSERT INTO dashboard_campaign_days (f, day, campaign_id, case_id)
     SELECT DISTINCT u.f, x.day, x.campaign_id, x.case_id
       FROM (SELECT m.campaign_id, r.case_id, (r.received_at AT TIME ZONE 'UTC')::date AS day, r.province, r.suspected_state,
                    r.tactics, r.communities, r.channels, c.risk, c.status
               FROM campaign_members m JOIN reports r ON r.case_id = m.case_id JOIN cases c ON c.id = r.case_id
              WHERE m.campaign_id = ANY ($1::uuid[]) AND NOT c.spam AND c.held_at IS NULL) x
       CROSS JOIN LATERAL unnest(${FILTERS_OF} || ''::text) AS u(f)
     ON CONFLICT DO NOTHING`,
    [ids],
  );
}

const MISCOUNTED_DAYS = `
  SELECT d FROM (SELECT (received_at AT TIME ZONE 'UTC')::date AS d, count(*) AS n FROM reports GROUP BY 1) a
  FULL JOIN (SELECT start AS d, n FROM dashboard_rollup WHERE f = '' AND grain = 'd' AND dim = 'seen') b USING (d)
   WHERE a.n IS DISTINCT FROM b.n`;

export type RollupState = { watermark: Date; probe: string; verified_at: Date; built_at: Date };

export async function readState(q: Queryable): Promise<RollupState | undefined> {
  const { rows } = await q.query<RollupState>(
    'SELECT watermark, probe, verified_at, built_at FROM dashboard_rollup_state WHERE id = 1',
  );
  return rows[0];
}

/** The new watermark: the earlier of the database's and the application's clocks, less the margin. */
async function nextWatermark(tx: Queryable, clock: Clock): Promise<{ watermark: Date; probe: string }> {
  const { rows } = await tx.query<{ watermark: Date }>(
    `SELECT least(now(), $1::timestamptz) - make_interval(secs => $2::float8 / 1000) AS watermark`,
    [clock.now(), WATERMARK_MARGIN_MS],
  );
  const watermark = rows[0]!.watermark;
  const { rows: probe } = await tx.query<{ probe: string }>(PROBE, [watermark]);
  return { watermark, probe: probe[0]!.probe };
}

async function saveState(tx: Queryable, next: { watermark: Date; probe: string }, fields: string) {
  await tx.query(
    `INSERT INTO dashboard_rollup_state (id, built_at, watermark, probe, verified_at)
     VALUES (1, now(), $1, $2, now())
     ON CONFLICT (id) DO UPDATE SET watermark = $1, probe = $2${fields ? `, ${fields}` : ''}`,
    [next.watermark, next.probe],
  );
}

/** Rebuilds everything from the base tables in one transaction (readers see the old rows meanwhile). */
export async function rebuild(tx: Queryable, clock: Clock): Promise<void> {
  const next = await nextWatermark(tx, clock);
  for (const table of [
    'dashboard_rollup',
    'dashboard_ack',
    'dashboard_ack_hist',
    'dashboard_campaign_days',
    'dashboard_shared_reports',
    'dashboard_shared_cases',
  ]) {
    await tx.query(`DELETE FROM ${table}`);
  }
  await tx.query(
    `INSERT INTO dashboard_shared_cases (case_id)
     SELECT case_id FROM reports GROUP BY case_id HAVING count(*) > 1`,
  );
  const { rows } = await tx.query<{ day: string }>(
    `SELECT DISTINCT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM reports ORDER BY 1`,
  );
  await recomputeDays(
    tx,
    rows.map((r) => r.day),
  );
  await saveState(tx, next, 'built_at = now(), verified_at = now()');
}

/** False, having changed nothing, when more than `maxDays` days changed. */
export async function catchUp(
  tx: Queryable,
  state: RollupState,
  clock: Clock,
  maxDays: number,
): Promise<boolean> {
  const next = await nextWatermark(tx, clock);
  const { rows } = await tx.query<{ day: string }>(daysOfCases(CHANGED_CASES), [state.watermark]);
  if (rows.length > maxDays) return false;
  await recomputeDays(
    tx,
    rows.map((r) => r.day),
  );
  await refreshChangedCampaigns(tx, state.watermark);
  await saveState(tx, next, '');
  return true;
}

/** Recomputes the days whose report count differs from the rollup's, and the days of their cases. */
export async function recount(tx: Queryable, state: RollupState, clock: Clock): Promise<void> {
  const next = await nextWatermark(tx, clock);
  const { rows: miscounted } = await tx.query<{ day: string }>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS day FROM (${MISCOUNTED_DAYS}) m`,
  );
  const { rows } = await tx.query<{ day: string }>(
    daysOfCases(`SELECT r.case_id FROM reports r JOIN unnest($2::date[]) AS m(d)
                  ON r.received_at >= (m.d::timestamp AT TIME ZONE 'UTC')
                 AND r.received_at < (m.d::timestamp AT TIME ZONE 'UTC') + interval '1 day'
                 UNION ${CHANGED_CASES}`),
    [state.watermark, miscounted.map((m) => m.day)],
  );
  // A day whose reports were all deleted has no case left to name it.
  const days = new Set([...rows.map((r) => r.day), ...miscounted.map((m) => m.day)]);
  await recomputeDays(tx, [...days].sort());
  await refreshChangedCampaigns(tx, state.watermark);
  await saveState(tx, next, 'verified_at = now()');
}
