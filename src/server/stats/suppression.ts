/**
 * Small-cell suppression for the public statistics.
 *
 * WHAT IS PUBLISHED. One release per calendar year (complete months only), made of:
 *   - T[m]  reports received in month m (distinct reports), and G = sum of T[m], the year's total;
 *   - for each dimension d (province, tactic, community, channel) a table X[m][v] = reports of month m that
 *     carry value v, with an `unspecified` column for reports that carry none, and the column totals
 *     C[v] = sum over m of X[m][v] (a report has exactly one month, so columns ARE additive).
 * Province is single-valued, so its rows add up: sum_v X[m][v] = T[m] (the `unspecified` column makes that
 * exact). Tactics, communities and channels are multi-valued: a report with two tactics counts in two cells,
 * so a row only bounds the month's total: X[m][v] + X[m][unspecified] <= T[m] (`unspecified` excludes every
 * other value) and sum_v X[m][v] >= T[m]; likewise the column totals against G. release-model.ts writes all
 * of this down and shows nothing else follows from a release. Totals are counted from distinct reports,
 * never by adding cells, so "total" always means "reports".
 *
 * THE RULES.
 *   1. Primary: no published count is between 1 and 4 — totals included.
 *   2. Zeros are published as zeros. A zero names nobody, and no certificate (rule 4) ever needs one to
 *      move: one more report like one already counted touches only non-zero counts.
 *   3. Complementary: in every row or column of a table with its total, or the totals with the grand total,
 *      that holds exactly one suppressed count, suppress a second one — the smallest non-zero, preferring
 *      inner cells to totals — and repeat until nothing changes. Cheap; it settles most releases.
 *   4. Certificates (certify.ts): rule 3 is necessary, not sufficient. A suppressed cell can be a "bridge"
 *      between two protected groups and be fixed by adding their equations; and in multi-valued tables the
 *      bounds pin counts that no equation does (seed -977130004 of the property test: a published Hong
 *      Kong count of 5 in March bounded March's suppressed total from below, the other months' columns
 *      bounded it from above, and March's Ontario count of 3 followed). So every suppressed count from 1 to
 *      4 must have a certificate: another table of non-negative integers that meets every constraint and
 *      shows the same published counts, with that count different. A count without one is pinned; the
 *      cheapest set of published counts whose suppression frees it (found with the certificate that
 *      proves it) is suppressed too. Certificates are found by integer linear programming and checked
 *      exactly before they are believed.
 *
 * The property test (suppression.test.ts) attacks releases with an exact integer solver of its own, with
 * every constraint above, and finds no suppressed small count pinned to one value.
 *
 * WHAT THIS DOES NOT DEFEND. Differences between releases: the same year published again after more
 * reports arrived differs by the new reports. That is why releases are whole calendar years of complete
 * months and periods cannot be chosen freely (two overlapping periods would give away their difference).
 * A month that gains one late report changes by one; publishing months only once they are complete keeps
 * that rare. Snapshotting releases and auditing each against the previous ones is the next step.
 */

import { certifySmallCounts } from './certify.ts';
import { type CountsInput, type ReleaseModel, releaseModel } from './release-model.ts';

export const SMALL_CELL_MAX = 4;

export type Published = { count: number | null; suppressed: boolean };

export type { CountsInput, DimensionCounts } from './release-model.ts';

export type ProtectedTable = {
  dimension: string;
  multiValued: boolean;
  categories: string[];
  cells: Published[][];
  categoryTotals: Published[];
};

export type ProtectedStatistics = {
  months: string[];
  monthTotals: Published[];
  grandTotal: Published;
  tables: ProtectedTable[];
};

/** Suppresses the best complementary candidate among `members`; false when there is none. */
function suppressPartner(model: ReleaseModel, suppressed: boolean[], members: number[]): boolean {
  const { values, isMargin } = model;
  let best = -1;
  for (const m of members) {
    if (suppressed[m] || values[m]! <= 0) continue;
    if (
      best < 0 ||
      values[m]! < values[best]! ||
      (values[m] === values[best] && isMargin[best]! && !isMargin[m]!)
    ) {
      best = m;
    }
  }
  if (best < 0) return false;
  suppressed[best] = true;
  return true;
}

export type SuppressionOptions = {
  /** false publishes primary suppression only: unsafe, kept so tests can show why rule 3 exists. */
  complementary?: boolean;
};

export function protectStatistics(input: CountsInput, opts: SuppressionOptions = {}): ProtectedStatistics {
  const l = releaseModel(input);
  const suppressed = l.values.map((v) => v >= 1 && v <= SMALL_CELL_MAX);
  if (opts.complementary !== false) {
    // Rule 3: cheap, and settles most cases before the exact audit of rule 4 has to.
    for (let changed = true; changed; ) {
      changed = false;
      for (const members of l.sums) {
        const k = members.filter((m) => suppressed[m]).length;
        if (k === 1 && suppressPartner(l, suppressed, members)) changed = true;
      }
    }
    certifySmallCounts(l, suppressed, SMALL_CELL_MAX);
  }
  const pub = (i: number): Published =>
    suppressed[i] ? { count: null, suppressed: true } : { count: l.values[i]!, suppressed: false };
  return {
    months: input.months,
    monthTotals: l.monthTotal.map(pub),
    grandTotal: pub(l.grand),
    tables: input.dimensions.map((d, t) => ({
      dimension: d.dimension,
      multiValued: d.multiValued,
      categories: d.categories,
      cells: l.cell[t]!.map((row) => row.map(pub)),
      categoryTotals: l.categoryTotal[t]!.map(pub),
    })),
  };
}

/** Counts from one record per report: used by tests and by anything that already holds the facts. */
export type ReportFacts = { month: number; values: string[][] };

export function countReports(
  months: string[],
  dims: { dimension: string; multiValued: boolean; categories: string[] }[],
  reports: ReportFacts[],
): CountsInput {
  const monthTotals = months.map(() => 0);
  const dimensions = dims.map((d) => ({
    ...d,
    counts: months.map(() => d.categories.map(() => 0)),
  }));
  for (const r of reports) {
    monthTotals[r.month] = (monthTotals[r.month] ?? 0) + 1;
    dimensions.forEach((d, t) => {
      const given = new Set(r.values[t] ?? []);
      const codes = given.size ? [...given] : ['unspecified'];
      for (const code of codes) {
        const v = d.categories.indexOf(code);
        if (v >= 0) d.counts[r.month]![v]!++;
      }
    });
  }
  return { months, monthTotals, dimensions };
}
