import type { Queryable } from '../platform/db/db.ts';

/**
 * The dashboard's aggregates as plain SQL over reports and cases. Every query starts from the same
 * selection — reports received in the period that match the filters, in cases staff did not mark as spam
 * or invalid — and answers counts only. Case-level figures (risk, status, time to acknowledge, referrals,
 * campaigns) count the cases that hold at least one selected report.
 */
export type DashboardFilter = {
  from: Date | null;
  /** Exclusive upper bound. */
  to: Date | null;
  tactic: string | null;
  community: string | null;
  province: string | null;
  suspectedState: string | null;
  channel: string | null;
  risk: string | null;
  status: string | null;
};

/**
 * The selection as SQL over `reports r` and `cases c`, with the filter as $1–$9 (see filterParams). It
 * ends with a condition, so a caller may add `AND r.case_id = …` to test one case.
 */
export const SELECTED = `
  SELECT r.id, r.case_id, r.received_at, r.province, r.institution, r.tactics, r.communities, r.channels,
         r.perpetrator_types, r.suspected_state
    FROM reports r JOIN cases c ON c.id = r.case_id
   WHERE NOT c.spam AND c.held_at IS NULL
     AND ($1::timestamptz IS NULL OR r.received_at >= $1::timestamptz)
     AND ($2::timestamptz IS NULL OR r.received_at < $2::timestamptz)
     AND ($3::text IS NULL OR $3::text = ANY (r.tactics))
     AND ($4::text IS NULL OR $4::text = ANY (r.communities))
     AND ($5::text IS NULL OR r.province = $5::text)
     AND ($6::text IS NULL OR $6::text = ANY (r.channels))
     AND ($7::text IS NULL OR c.risk = $7::text)
     AND ($8::text IS NULL OR c.status = $8::text)
     AND ($9::text IS NULL OR r.suspected_state = $9::text)`;

export const filterParams = (f: DashboardFilter) => [
  f.from,
  f.to,
  f.tactic,
  f.community,
  f.province,
  f.channel,
  f.risk,
  f.status,
  f.suspectedState,
];

export type KeyCount = { key: string; count: number };

export const ARRAY_DIMENSIONS = {
  tactic: 'tactics',
  community: 'communities',
  channel: 'channels',
  perpetrator: 'perpetrator_types',
} as const;
export const SCALAR_DIMENSIONS = { suspected_state: 'suspected_state', province: 'province' } as const;

/** Referrals sent for the selected cases, by the partner's kind and the outcome it reported. */
export async function countReferrals(
  q: Queryable,
  f: DashboardFilter,
): Promise<{ partnerKind: string; outcome: string; count: number }[]> {
  const { rows } = await q.query<{ partnerKind: string; outcome: string; count: number }>(
    `WITH s AS (${SELECTED})
     SELECT p.kind AS "partnerKind", coalesce(rf.outcome, 'awaiting') AS outcome, count(*)::int AS count
       FROM referrals rf JOIN partner_orgs p ON p.id = rf.partner_org_id
      WHERE rf.status = 'sent' AND rf.case_id IN (SELECT case_id FROM s)
      GROUP BY 1, 2 ORDER BY 1, 2`,
    filterParams(f),
  );
  return rows;
}

/**
 * Foreign principals (registries/) whose registered agents analysts confirmed in the selected reports,
 * with the number of reports naming them: register data is public, the count is de-identified.
 */
export async function countRegisteredActors(
  q: Queryable,
  f: DashboardFilter,
): Promise<{ source: string; principal: string; country: string; registered: boolean; reports: number }[]> {
  const { rows } = await q.query<{
    source: string;
    principal: string;
    country: string;
    registered: boolean;
    reports: number;
  }>(
    `WITH s AS (${SELECTED})
     SELECT e.source, e.principal, e.country, bool_or(e.terminated_on IS NULL) AS registered,
            count(DISTINCT m.report_id)::int AS reports
       FROM registry_matches m JOIN registry_entries e ON e.id = m.entry_id
      WHERE m.decision = 'confirmed' AND m.report_id IN (SELECT id FROM s)
      GROUP BY 1, 2, 3 ORDER BY 5 DESC, 2, 1`,
    filterParams(f),
  );
  return rows;
}

/** Campaigns with at least one selected case, by status. */
export async function countCampaigns(q: Queryable, f: DashboardFilter): Promise<KeyCount[]> {
  const { rows } = await q.query<KeyCount>(
    `WITH s AS (${SELECTED})
     SELECT ca.status AS key, count(DISTINCT ca.id)::int AS count
       FROM campaigns ca JOIN campaign_members m ON m.campaign_id = ca.id
      WHERE m.case_id IN (SELECT case_id FROM s)
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    filterParams(f),
  );
  return rows;
}

export type CampaignRow = {
  status: string;
  cases: number;
  reports: number;
  first_month: string;
  last_month: string;
};

/**
 * Campaigns touching the selection, de-identified: no id, no name (names are sealed and may reveal who
 * is targeted), only status, size and the months it spans.
 */
export async function listCampaigns(q: Queryable, f: DashboardFilter): Promise<CampaignRow[]> {
  const { rows } = await q.query<CampaignRow>(
    `WITH s AS (${SELECTED})
     SELECT ca.status, count(DISTINCT s.case_id)::int AS cases, count(DISTINCT s.id)::int AS reports,
            to_char(min(s.received_at) AT TIME ZONE 'UTC', 'YYYY-MM') AS first_month,
            to_char(max(s.received_at) AT TIME ZONE 'UTC', 'YYYY-MM') AS last_month
       FROM campaigns ca JOIN campaign_members m ON m.campaign_id = ca.id JOIN s ON s.case_id = m.case_id
      WHERE ca.status <> 'rejected'
      GROUP BY ca.id, ca.status ORDER BY 2 DESC, 3 DESC, 4`,
    filterParams(f),
  );
  return rows;
}

/** Median hours from opening to first staff action, over every acknowledged selected case. */
export async function medianAcknowledgeHours(q: Queryable, f: DashboardFilter): Promise<number | null> {
  const { rows } = await q.query<{ median: number | null }>(
    `WITH s AS (${SELECTED})
     SELECT (percentile_cont(0.5) WITHIN GROUP (
               ORDER BY extract(epoch FROM (c.acknowledged_at - c.opened_at)) / 3600.0))::float8 AS median
       FROM cases c WHERE c.id IN (SELECT case_id FROM s) AND c.acknowledged_at IS NOT NULL`,
    filterParams(f),
  );
  const m = rows[0]?.median;
  return m === null || m === undefined ? null : Number(m);
}

export type DimensionRow = { dim: string; key: string; count: number };

/**
 * Every report-level figure in one statement: the selection is read once (a materialised CTE) and
 * then grouped per dimension, instead of one scan of reports ⋈ cases per chart.
 */
export async function countReportDimensions(q: Queryable, f: DashboardFilter): Promise<DimensionRow[]> {
  // unnest in the select list (ProjectSet) costs far less per row than a lateral function scan.
  const arrays = Object.entries(ARRAY_DIMENSIONS).map(
    ([dim, column]) =>
      `SELECT '${dim}', v, count(*)::int FROM (
         SELECT unnest(CASE WHEN cardinality(${column}) = 0 THEN ARRAY['unspecified']::text[] ELSE ${column} END) AS v
           FROM s) u
        GROUP BY 2`,
  );
  const scalars = Object.entries(SCALAR_DIMENSIONS).map(
    ([dim, column]) =>
      `SELECT '${dim}', coalesce(nullif(${column}, ''), 'unspecified'), count(*)::int FROM s GROUP BY 2`,
  );
  const { rows } = await q.query<DimensionRow>(
    `WITH s AS MATERIALIZED (${SELECTED})
     SELECT 'total' AS dim, 'reports' AS key, count(*)::int AS count FROM s
     UNION ALL SELECT 'total', 'cases', count(*)::int FROM (SELECT DISTINCT case_id FROM s) d
     UNION ALL SELECT 'month', to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM'), count(*)::int FROM s GROUP BY 2
     UNION ALL SELECT 'institution', institution, count(*)::int FROM s
                WHERE institution IS NOT NULL AND institution <> '' GROUP BY 2
     UNION ALL ${[...arrays, ...scalars].join('\n     UNION ALL ')}`,
    filterParams(f),
  );
  return rows;
}

export type CaseFigureRow = {
  dim: string;
  key: string;
  count: number;
  median_hours: number | null;
  p90_hours: number | null;
};

/** Case-level figures in one statement: cases by risk and status, time to acknowledge, referrals sent. */
export async function countCaseFigures(q: Queryable, f: DashboardFilter): Promise<CaseFigureRow[]> {
  const { rows } = await q.query<CaseFigureRow>(
    `WITH s AS MATERIALIZED (SELECT DISTINCT case_id FROM (${SELECTED}) x),
          c AS MATERIALIZED (SELECT cases.risk, cases.status, cases.opened_at, cases.acknowledged_at
                               FROM cases JOIN s ON s.case_id = cases.id)
     SELECT 'risk' AS dim, risk AS key, count(*)::int AS count, NULL::float8 AS median_hours, NULL::float8 AS p90_hours
       FROM c GROUP BY 2
     UNION ALL SELECT 'status', status, count(*)::int, NULL, NULL FROM c GROUP BY 2
     UNION ALL SELECT 'ack', risk, count(*)::int,
                (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (acknowledged_at - opened_at)) / 3600.0))::float8,
                (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM (acknowledged_at - opened_at)) / 3600.0))::float8
           FROM c WHERE acknowledged_at IS NOT NULL GROUP BY 2
     UNION ALL SELECT 'total', 'referrals', count(*)::int, NULL, NULL
           FROM referrals rf JOIN s ON s.case_id = rf.case_id WHERE rf.status = 'sent'`,
    filterParams(f),
  );
  return rows.map((r) => ({
    ...r,
    median_hours: r.median_hours === null ? null : Number(r.median_hours),
    p90_hours: r.p90_hours === null ? null : Number(r.p90_hours),
  }));
}
