import type { PublicStatistics, StatDimension } from '../../shared/contracts/stats.ts';
import { CHANNELS, COMMUNITIES, COMMUNITY_PACKS, PROVINCES, TACTICS } from '../../shared/taxonomy.ts';
import type { AppDeps } from '../deps.ts';
import {
  type CountRow,
  countByArray,
  countByMonth,
  countByProvince,
  countBySuspectedState,
  onlySyntheticReports,
  type PeriodFilter,
} from './repo.ts';
import { type DimensionCounts, protectStatistics, SMALL_CELL_MAX } from './suppression.ts';

/** The states that have a community pack: always listed, whatever their counts. */
const PACK_STATES = COMMUNITY_PACKS.flatMap((p) => (p.suspectedState ? [p.suspectedState] : []));

const SEED_CATEGORIES: Record<StatDimension, readonly string[]> = {
  province: PROVINCES,
  tactic: TACTICS,
  community: COMMUNITIES,
  channel: CHANNELS,
  suspectedState: PACK_STATES,
};

/** The category of the suspected states not named on their own. */
export const OTHER_STATES = 'other';

/**
 * Suspected states as published: the states of the community packs always, any other state whose reports
 * over the year reach the publication threshold, and every other state counted together under `other`.
 * A category per state named once would list more than 200 of them, mostly empty, and a state's name next
 * to a suppressed count would still say that someone reported it; a state's own category appears only once
 * its total may be published anyway.
 */
export function groupSuspectedStates(rows: CountRow[]): CountRow[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.value, (totals.get(r.value) ?? 0) + r.n);
  const named = new Set<string>([
    ...PACK_STATES,
    'unspecified',
    ...[...totals].filter(([, n]) => n > SMALL_CELL_MAX).map(([v]) => v),
  ]);
  const grouped = new Map<string, CountRow>();
  for (const r of rows) {
    const value = named.has(r.value) ? r.value : OTHER_STATES;
    const key = `${r.month}|${value}`;
    const row = grouped.get(key) ?? { month: r.month, value, n: 0 };
    row.n += r.n;
    grouped.set(key, row);
  }
  return [...grouped.values()];
}

const monthKey = (year: number, month0: number) => `${year}-${String(month0 + 1).padStart(2, '0')}`;

/** The last month that has ended, in UTC: statistics never show a month still filling up. */
export function lastCompleteMonth(now: Date): { year: number; month0: number } {
  const m = now.getUTCMonth();
  return m === 0
    ? { year: now.getUTCFullYear() - 1, month0: 11 }
    : { year: now.getUTCFullYear(), month0: m - 1 };
}

function table(
  dimension: StatDimension,
  multiValued: boolean,
  months: string[],
  rows: CountRow[],
): DimensionCounts {
  // Seeded codes in taxonomy order, then codes admins added, then `unspecified` last.
  const seen = new Set(rows.map((r) => r.value));
  const extra = [...seen]
    .filter((v) => v !== 'unspecified' && v !== OTHER_STATES && !SEED_CATEGORIES[dimension].includes(v))
    .sort();
  const other = dimension === 'suspectedState' ? [OTHER_STATES] : [];
  const categories = [...SEED_CATEGORIES[dimension], ...extra, ...other, 'unspecified'];
  const counts = months.map(() => categories.map(() => 0));
  for (const r of rows) {
    const m = months.indexOf(r.month);
    const v = categories.indexOf(r.value);
    if (m >= 0 && v >= 0) counts[m]![v] = r.n;
  }
  return { dimension, multiValued, categories, counts };
}

export type StatisticsOptions = {
  /** Calendar year of the release; defaults to the year of the last complete month. */
  year?: number;
  /**
   * Count synthetic (demonstration) reports. Default: only when the installation holds nothing else, so a
   * demo shows its figures and a production installation never mixes demo data into what it publishes.
   */
  includeSynthetic?: boolean;
};

/**
 * One release of public statistics: a calendar year of complete months, counts by month and by province,
 * tactic, community, channel and suspected state, protected by small-cell and complementary suppression.
 */
export async function buildPublicStatistics(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  opts: StatisticsOptions = {},
): Promise<PublicStatistics> {
  const now = deps.clock.now();
  const last = lastCompleteMonth(now);
  const year = opts.year ?? last.year;
  const lastMonth0 = year < last.year ? 11 : year === last.year ? last.month0 : -1;
  const months = Array.from({ length: lastMonth0 + 1 }, (_, m) => monthKey(year, m));
  const demonstration = opts.includeSynthetic ?? (await onlySyntheticReports(deps.db));
  const filter: PeriodFilter = {
    from: new Date(Date.UTC(year, 0, 1)),
    to: new Date(Date.UTC(year, lastMonth0 + 1, 1)),
    includeSynthetic: demonstration,
  };
  const [byMonth, province, tactic, community, channel, suspectedState] = months.length
    ? await Promise.all([
        countByMonth(deps.db, filter),
        countByProvince(deps.db, filter),
        countByArray(deps.db, filter, 'tactic'),
        countByArray(deps.db, filter, 'community'),
        countByArray(deps.db, filter, 'channel'),
        countBySuspectedState(deps.db, filter),
      ])
    : [[], [], [], [], [], []];
  const monthTotals = months.map((m) => byMonth.find((r) => r.month === m)?.n ?? 0);
  const release = protectStatistics({
    months,
    monthTotals,
    dimensions: [
      table('province', false, months, province),
      table('tactic', true, months, tactic),
      table('community', true, months, community),
      table('channel', true, months, channel),
      table('suspectedState', false, months, groupSuspectedStates(suspectedState)),
    ],
  });
  return {
    period: {
      year,
      from: monthKey(year, 0),
      to: months.at(-1) ?? monthKey(year, 0),
    },
    threshold: SMALL_CELL_MAX + 1,
    demonstration,
    months,
    monthTotals: release.monthTotals,
    total: release.grandTotal,
    tables: release.tables.map((t) => ({
      dimension: t.dimension as StatDimension,
      multiValued: t.multiValued,
      categories: t.categories,
      rows: months.map((month, m) => ({ month, cells: t.cells[m] ?? [] })),
      categoryTotals: t.categoryTotals,
    })),
    generatedAt: now.toISOString(),
  };
}
