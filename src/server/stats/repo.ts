import type { Queryable } from '../platform/db/db.ts';

/**
 * The reports that may be counted in public statistics: the reporter consented to anonymised statistics,
 * staff did not mark the case as spam or invalid, the reporter did not ask for deletion. Months are UTC
 * calendar months of receipt. Synthetic (demonstration) reports count only when `synthetic` says so.
 */
const COUNTABLE = `
  SELECT r.id, to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
         r.province, r.tactics, r.communities, r.channels, r.suspected_state
    FROM reports r JOIN cases c ON c.id = r.case_id
   WHERE r.consent_statistics AND NOT c.spam AND c.held_at IS NULL AND r.deletion_requested_at IS NULL
     AND r.received_at >= $1 AND r.received_at < $2
     AND ($3::boolean OR NOT r.synthetic)`;

export type CountRow = { month: string; value: string; n: number };

export type PeriodFilter = { from: Date; to: Date; includeSynthetic: boolean };

const params = (f: PeriodFilter) => [f.from, f.to, f.includeSynthetic];

/** True when reports are stored and every one is synthetic: a demonstration installation. */
export async function onlySyntheticReports(q: Queryable): Promise<boolean> {
  const { rows } = await q.query<{ demo: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM reports WHERE synthetic)
        AND NOT EXISTS (SELECT 1 FROM reports WHERE NOT synthetic) AS demo`,
  );
  return rows[0]?.demo ?? false;
}

export async function countByMonth(q: Queryable, f: PeriodFilter): Promise<{ month: string; n: number }[]> {
  const { rows } = await q.query<{ month: string; n: number }>(
    `SELECT month, count(*)::int AS n FROM (${COUNTABLE}) b GROUP BY month`,
    params(f),
  );
  return rows;
}

export async function countByProvince(q: Queryable, f: PeriodFilter): Promise<CountRow[]> {
  const { rows } = await q.query<CountRow>(
    `SELECT month, coalesce(province, 'unspecified') AS value, count(*)::int AS n
       FROM (${COUNTABLE}) b GROUP BY 1, 2`,
    params(f),
  );
  return rows;
}

/** Reports per month and suspected state; reports that named none count as `unspecified`. */
export async function countBySuspectedState(q: Queryable, f: PeriodFilter): Promise<CountRow[]> {
  const { rows } = await q.query<CountRow>(
    `SELECT month, coalesce(suspected_state, 'unspecified') AS value, count(*)::int AS n
       FROM (${COUNTABLE}) b GROUP BY 1, 2`,
    params(f),
  );
  return rows;
}

const ARRAY_COLUMNS = { tactic: 'tactics', community: 'communities', channel: 'channels' } as const;

/** Reports per month and value of a multi-valued column; reports with no value count as `unspecified`. */
export async function countByArray(
  q: Queryable,
  f: PeriodFilter,
  dimension: keyof typeof ARRAY_COLUMNS,
): Promise<CountRow[]> {
  const column = ARRAY_COLUMNS[dimension];
  const { rows } = await q.query<CountRow>(
    `SELECT month, v AS value, count(DISTINCT id)::int AS n
       FROM (${COUNTABLE}) b,
            unnest(CASE WHEN cardinality(b.${column}) = 0 THEN ARRAY['unspecified']::text[] ELSE b.${column} END) AS v
      GROUP BY 1, 2`,
    params(f),
  );
  return rows;
}
