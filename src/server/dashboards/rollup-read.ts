import type { Queryable } from '../platform/db/db.ts';
import type { CaseFigureRow, DashboardFilter, DimensionRow, KeyCount } from './repo.ts';

/**
 * The dashboard's figures read from the rollup (migration 0013), in the shapes the direct queries of
 * repo.ts return, so the service presents both alike and the tests compare them row for row.
 *
 * - Counts are sums of rollup rows: whole months from month rows, the days at the edges of a period from
 *   day rows. Every period is whole days, so every period is exact.
 * - Case-level figures sum the rows of single-report cases and add the cases with several reports
 *   (dashboard_shared_reports, read whole: few rows): a case counts once however many of its reports
 *   match.
 * - The median and 90th percentile of the time to acknowledge are exact: the histogram gives the rank's
 *   bucket, then that bucket's values are read and interpolated as PostgreSQL's percentile_cont does.
 * - Campaigns are counted from the campaign days of the period (one row per filter, day and member case
 *   with a report that day), each campaign once, with its status and membership read live.
 */

/** The rollup and the base tables disagree (a change not yet caught up): answer directly instead. */
export class RollupOutOfStep extends Error {
  constructor() {
    super('dashboard rollup out of step');
    this.name = 'RollupOutOfStep';
  }
}

/**
 * The rollup's `f` for this filter: '' for none, 'dimension:code' for one dimension. Null when two or
 * more dimensions are filtered: the rollup counts each report under each single filter it matches, not
 * under combinations (there would be too many), so such a selection is computed directly.
 */
export function rollupKeyOf(f: DashboardFilter): string | null {
  const set = (
    [
      ['tactic', f.tactic],
      ['community', f.community],
      ['province', f.province],
      ['suspected_state', f.suspectedState],
      ['channel', f.channel],
      ['risk', f.risk],
      ['status', f.status],
    ] as const
  ).filter(([, v]) => v !== null);
  if (set.length > 1) return null;
  return set[0] ? `${set[0][0]}:${set[0][1]}` : '';
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const firstOfNextMonth = (day: string) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)));
};

/** The period (days, `to` exclusive) as whole months and the partial months at its edges. */
export function periodParts(f: DashboardFilter): {
  months: [string | null, string | null] | null;
  days: [string, string][];
  from: string | null;
  to: string | null;
} {
  const from = f.from ? iso(f.from) : null;
  const to = f.to ? iso(f.to) : null;
  const monthFrom = from === null ? null : from.endsWith('-01') ? from : firstOfNextMonth(from);
  const monthTo = to === null ? null : `${to.slice(0, 7)}-01`;
  if (from !== null && to !== null && monthFrom !== null && monthTo !== null && monthFrom >= monthTo) {
    return { months: null, days: from < to ? [[from, to]] : [], from, to };
  }
  const days: [string, string][] = [];
  if (from !== null && monthFrom !== null && from < monthFrom) days.push([from, monthFrom]);
  if (to !== null && monthTo !== null && monthTo < to) days.push([monthTo, to]);
  return { months: [monthFrom, monthTo], days, from, to };
}

/** $2–$8 of the rollup reads: whether and which months, then two day ranges. */
function rangeParams(parts: ReturnType<typeof periodParts>): unknown[] {
  const [a, b] = parts.days;
  return [
    parts.months !== null,
    parts.months?.[0] ?? null,
    parts.months?.[1] ?? null,
    a?.[0] ?? null,
    a?.[1] ?? null,
    b?.[0] ?? null,
    b?.[1] ?? null,
  ];
}
const IN_MONTHS = (column: string) =>
  `($2::boolean AND ($3::date IS NULL OR ${column} >= $3::date) AND ($4::date IS NULL OR ${column} < $4::date))`;
const IN_EDGE_DAYS = (column: string) =>
  `((${column} >= $5::date AND ${column} < $6::date) OR (${column} >= $7::date AND ${column} < $8::date))`;

type Cell = { dim: string; key: string; month: string | null; n: string | number };

async function readCells(q: Queryable, key: string, range: unknown[]): Promise<Cell[]> {
  const { rows } = await q.query<Cell>(
    `SELECT dim, key, CASE WHEN dim = 'reports' THEN to_char(start, 'YYYY-MM') END AS month, sum(n) AS n
       FROM dashboard_rollup
      WHERE f = $1 AND dim <> 'seen'
        AND ((grain = 'm' AND ${IN_MONTHS('start')}) OR (grain = 'd' AND ${IN_EDGE_DAYS('start')}))
      GROUP BY 1, 2, 3`,
    [key, ...range],
  );
  return rows;
}

type AckCount = { risk: string; bucket: number; n: string | number };

async function readAckHistogram(
  q: Queryable,
  key: string,
  parts: ReturnType<typeof periodParts>,
  range: unknown[],
): Promise<AckCount[]> {
  const months = `SELECT risk, bucket, n FROM dashboard_ack_hist WHERE f = $1 AND ${IN_MONTHS('month')}`;
  // The values of the edge days are counted only when there are edges: the condition would not narrow a
  // scan of every value otherwise.
  const { rows } =
    parts.days.length === 0
      ? await q.query<AckCount>(`SELECT risk, bucket, sum(n) AS n FROM (${months}) h GROUP BY 1, 2`, [
          key,
          ...range.slice(0, 3),
        ])
      : await q.query<AckCount>(
          `SELECT risk, bucket, sum(n) AS n FROM (
             ${months}
             UNION ALL
             SELECT risk, bucket, count(*) FROM dashboard_ack
              WHERE ${IN_EDGE_DAYS('day')} AND ($1 = '' OR $1 = ANY (f)) GROUP BY 1, 2) h
            GROUP BY 1, 2`,
          [key, ...range],
        );
  return rows;
}

type SharedCase = { id: string; risk: string; status: string; hours: number | null; bucket: number };

/** Cases with several reports, at least one of them selected: counted once each. */
async function readSharedCases(q: Queryable, key: string, parts: ReturnType<typeof periodParts>) {
  const { rows: cases } = await q.query<SharedCase>(
    `SELECT DISTINCT ON (case_id) case_id AS id, risk, status, hours, bucket
       FROM dashboard_shared_reports
      WHERE ($1 = '' OR $1 = ANY (f)) AND ($2::date IS NULL OR day >= $2::date) AND ($3::date IS NULL OR day < $3::date)
      ORDER BY case_id`,
    [key, parts.from, parts.to],
  );
  const { rows: referrals } = await q.query<{ partnerKind: string; outcome: string; count: number }>(
    `SELECT p.kind AS "partnerKind", coalesce(rf.outcome, 'awaiting') AS outcome, count(*)::int AS count
       FROM referrals rf JOIN partner_orgs p ON p.id = rf.partner_org_id
      WHERE rf.status = 'sent' AND rf.case_id = ANY ($1::uuid[])
      GROUP BY 1, 2`,
    [cases.map((c) => c.id)],
  );
  return { cases, referrals };
}

/**
 * Campaigns with at least one selected case, by status: from the campaign days of the period, with
 * membership and status read live (a case taken out of a campaign no longer counts for it).
 */
async function countCampaigns(
  q: Queryable,
  key: string,
  parts: ReturnType<typeof periodParts>,
): Promise<KeyCount[]> {
  const { rows } = await q.query<KeyCount>(
    `SELECT ca.status AS key, count(DISTINCT ca.id)::int AS count
       FROM dashboard_campaign_days cd
       JOIN campaign_members m ON m.campaign_id = cd.campaign_id AND m.case_id = cd.case_id
       JOIN campaigns ca ON ca.id = cd.campaign_id
      WHERE cd.f = $1 AND ($2::date IS NULL OR cd.day >= $2::date) AND ($3::date IS NULL OR cd.day < $3::date)
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    [key, parts.from, parts.to],
  );
  return rows;
}

const PERCENTILES = [0.5, 0.9] as const;

/**
 * Median and 90th percentile per risk, exactly as percentile_cont: rank p·(n−1), the values at its floor
 * and ceiling, interpolated as lo + (rank − floor)·(hi − lo).
 */
async function acknowledgeTimes(
  q: Queryable,
  key: string,
  parts: ReturnType<typeof periodParts>,
  histogram: AckCount[],
  shared: SharedCase[],
): Promise<CaseFigureRow[]> {
  const counts = new Map<string, Map<number, number>>();
  const add = (risk: string, bucket: number, n: number) => {
    const m = counts.get(risk) ?? new Map<number, number>();
    m.set(bucket, (m.get(bucket) ?? 0) + n);
    counts.set(risk, m);
  };
  for (const h of histogram) add(h.risk, Number(h.bucket), Number(h.n));
  const sharedAcknowledged = shared.filter((c) => c.hours !== null);
  for (const c of sharedAcknowledged) add(c.risk, Number(c.bucket), 1);

  type Wanted = { risk: string; n: number; ranks: number[]; at: Map<number, [number, number]> };
  const wanted: Wanted[] = [];
  for (const [risk, byBucket] of counts) {
    const buckets = [...byBucket.entries()].sort((a, b) => a[0] - b[0]);
    const n = buckets.reduce((s, [, c]) => s + c, 0);
    const ranks = PERCENTILES.flatMap((p) => [Math.floor(p * (n - 1)), Math.ceil(p * (n - 1))]);
    const at = new Map<number, [number, number]>();
    for (const rank of ranks) {
      let before = 0;
      for (const [bucket, c] of buckets) {
        if (rank < before + c) {
          at.set(rank, [bucket, rank - before]);
          break;
        }
        before += c;
      }
    }
    wanted.push({ risk, n, ranks, at });
  }
  // Each rank is looked for in its bucket among the rollup's values and the multi-report cases' values
  // (few, all known here). Only a window of the rollup's values is read, in index order: from `s` before
  // the rank's offset in the bucket (s = the multi-report values in that bucket) for s + 2 values.
  type Probe = {
    risk: string;
    rank: number;
    bucket: number;
    offset: number;
    shared: number[];
    start: number;
  };
  const probes: Probe[] = wanted.flatMap((w) =>
    [...new Set(w.ranks)].map((rank) => {
      const [bucket, offset] = w.at.get(rank)!;
      const shared = sharedAcknowledged
        .filter((c) => c.risk === w.risk && Number(c.bucket) === bucket)
        .map((c) => Number(c.hours))
        .sort((a, b) => a - b);
      return { risk: w.risk, rank, bucket, offset, shared, start: Math.max(0, offset - shared.length) };
    }),
  );
  const { rows } = await q.query<{ i: number; hours: number }>(
    `SELECT t.i, v.hours
       FROM unnest($2::text[], $3::int[], $4::int[], $5::int[]) WITH ORDINALITY AS t(risk, bucket, start, len, i)
       CROSS JOIN LATERAL (
         SELECT a.hours FROM dashboard_ack a
          WHERE a.risk = t.risk AND a.bucket = t.bucket AND ($1 = '' OR $1 = ANY (a.f))
            AND ($6::date IS NULL OR a.day >= $6::date) AND ($7::date IS NULL OR a.day < $7::date)
          ORDER BY a.hours OFFSET t.start LIMIT t.len) v`,
    [
      key,
      probes.map((p) => p.risk),
      probes.map((p) => p.bucket),
      probes.map((p) => p.start),
      probes.map((p) => p.shared.length + 2),
      parts.from,
      parts.to,
    ],
  );
  const windows = new Map<number, number[]>();
  for (const r of rows) {
    const list = windows.get(Number(r.i) - 1) ?? [];
    list.push(Number(r.hours));
    windows.set(Number(r.i) - 1, list);
  }
  const found = new Map<string, number>();
  probes.forEach((p, i) => {
    const window = windows.get(i) ?? [];
    // The merged rank of the window's first value: the rollup values before it, and the multi-report
    // values below it. Every value from there on is in the window or among the multi-report values.
    const first = window[0];
    const below = first === undefined || p.start === 0 ? 0 : p.shared.filter((h) => h < first).length;
    const rest = p.start === 0 || first === undefined ? p.shared : p.shared.filter((h) => h >= first);
    const merged = [...window, ...rest].sort((a, b) => a - b);
    const value = merged[p.offset - (p.start + below)];
    if (value === undefined) throw new RollupOutOfStep();
    found.set(`${p.risk}|${p.rank}`, value);
  });
  const result: CaseFigureRow[] = [];
  for (const w of wanted) {
    if (w.n === 0) continue;
    const valueAt = (rank: number): number => found.get(`${w.risk}|${rank}`)!;
    const [p50, p90] = PERCENTILES.map((p) => {
      const pos = p * (w.n - 1);
      const lo = Math.floor(pos);
      const hi = Math.ceil(pos);
      const low = valueAt(lo);
      return hi === lo ? low : low + (pos - lo) * (valueAt(hi) - low);
    });
    result.push({ dim: 'ack', key: w.risk, count: w.n, median_hours: p50!, p90_hours: p90! });
  }
  return result;
}

export type RollupFigures = {
  reportRows: DimensionRow[];
  caseRows: CaseFigureRow[];
  referrals: { partnerKind: string; outcome: string; count: number }[];
  campaigns: KeyCount[];
};

/** Every figure of the summary for a selection with at most one dimension filtered (see rollupKeyOf). */
export async function readRollupFigures(
  q: Queryable,
  f: DashboardFilter,
  key: string,
): Promise<RollupFigures> {
  const parts = periodParts(f);
  const range = rangeParams(parts);
  const cells = await readCells(q, key, range);
  const histogram = await readAckHistogram(q, key, parts, range);
  const shared = await readSharedCases(q, key, parts);
  const campaigns = await countCampaigns(q, key, parts);

  const sums = new Map<string, number>();
  const months = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
  for (const c of cells) {
    bump(sums, `${c.dim}\u0000${c.key}`, Number(c.n));
    if (c.month) bump(months, c.month, Number(c.n));
  }
  const sum = (dim: string, k: string) => sums.get(`${dim}\u0000${k}`) ?? 0;
  const byDim = (dim: string) =>
    [...sums.entries()]
      .filter(([k]) => k.startsWith(`${dim}\u0000`))
      .map(([k, count]) => ({ key: k.slice(dim.length + 1), count }));

  for (const c of shared.cases) {
    bump(sums, 'cases\u0000', 1);
    bump(sums, `risk\u0000${c.risk}`, 1);
    bump(sums, `status\u0000${c.status}`, 1);
  }
  const referralCounts = new Map<string, number>();
  for (const r of byDim('referral')) bump(referralCounts, r.key, r.count);
  for (const r of shared.referrals) bump(referralCounts, `${r.partnerKind}|${r.outcome}`, r.count);
  const referrals = [...referralCounts.entries()].map(([k, count]) => {
    const [partnerKind, outcome] = k.split('|') as [string, string];
    return { partnerKind, outcome, count };
  });

  const reportDims = [
    'institution',
    'tactic',
    'community',
    'channel',
    'perpetrator',
    'suspected_state',
    'province',
  ];
  const reportRows: DimensionRow[] = [
    { dim: 'total', key: 'reports', count: sum('reports', '') },
    { dim: 'total', key: 'cases', count: sum('cases', '') },
    ...[...months.entries()].map(([key, count]) => ({ dim: 'month', key, count })),
    ...reportDims.flatMap((dim) => byDim(dim).map((r) => ({ dim, ...r }))),
  ];
  const caseRow = (dim: string, key: string, count: number): CaseFigureRow => ({
    dim,
    key,
    count,
    median_hours: null,
    p90_hours: null,
  });
  const caseRows: CaseFigureRow[] = [
    ...byDim('risk').map((r) => caseRow('risk', r.key, r.count)),
    ...byDim('status').map((r) => caseRow('status', r.key, r.count)),
    ...(await acknowledgeTimes(q, key, parts, histogram, shared.cases)),
    caseRow(
      'total',
      'referrals',
      referrals.reduce((n, r) => n + r.count, 0),
    ),
  ];
  return { reportRows, caseRows, referrals, campaigns };
}
