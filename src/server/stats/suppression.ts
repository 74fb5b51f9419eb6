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
 * so a row only tells an attacker X[m][v] <= T[m] and sum_v X[m][v] >= T[m], and sum_v C[v] >= G. Totals
 * are counted from distinct reports, never by adding cells, so "total" always means "reports".
 *
 * THE RULES.
 *   1. Primary: no published count is between 1 and 4 — totals included.
 *   2. Zeros are published as zeros. A zero names nobody, and the rules below never need a zero: whenever a
 *      relation holds exactly one suppressed count, it also holds a non-zero published one (if the only
 *      non-zero part were the suppressed one, the whole would equal it and be suppressed too). Keeping every
 *      suppressed count >= 1 is what makes the protection below work: one report can always be moved.
 *   3. Complementary: in every relation (a row or column of a table with its total, or the totals with the
 *      grand total) that holds exactly one suppressed count, suppress a second one — the smallest non-zero,
 *      preferring inner cells to totals — and repeat until nothing changes.
 *   4. Audit: rule 3 is necessary, not sufficient (a suppressed cell can be a "bridge" between two
 *      protected groups and be fixed by adding their equations). So the release is then solved as an
 *      attacker would: every relation as a linear equation over the suppressed counts, reduced to echelon
 *      form (exactly, modulo a prime); a suppressed count that the equations alone determine gets another
 *      complementary suppression in one of its relations, and the loop starts again.
 *
 * WHY THE AUDIT ASSUMES MORE THAN IS PUBLISHED. For multi-valued tables the audit pretends the attacker
 * knows each row's excess e[m] = sum_v X[m][v] - T[m] (how many extra labels reports carried) and the
 * excess of the totals row. That turns the inequalities into equations — a stronger attacker than the
 * real one — so a release that survives it survives the real one. The cost is a few more suppressions.
 * The property test (suppression.test.ts) attacks releases with exactly what is published, inequalities
 * and non-negativity included, and finds no suppressed count pinned to one value.
 *
 * WHAT THIS DOES NOT DEFEND. Differences between releases: the same year published again after more
 * reports arrived differs by the new reports. That is why releases are whole calendar years of complete
 * months and periods cannot be chosen freely (two overlapping periods would give away their difference).
 * A month that gains one late report changes by one; publishing months only once they are complete keeps
 * that rare. Snapshotting releases and auditing each against the previous ones is the next step.
 */

export const SMALL_CELL_MAX = 4;

export type Published = { count: number | null; suppressed: boolean };

export type DimensionCounts = {
  dimension: string;
  multiValued: boolean;
  categories: string[];
  /** counts[m][v]: reports of month m carrying category v. */
  counts: number[][];
};

export type CountsInput = {
  months: string[];
  /** Distinct reports per month. */
  monthTotals: number[];
  dimensions: DimensionCounts[];
};

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

/** A linear relation between published counts: sum(sign * x) is known to whoever reads the release. */
type Relation = { members: number[]; signs: number[] };

/** The release as a flat list of counts and the relations between them. */
type Layout = {
  values: number[];
  isMargin: boolean[];
  relations: Relation[];
  grand: number;
  monthTotal: number[];
  cell: number[][][];
  categoryTotal: number[][];
};

function layout(input: CountsInput): Layout {
  const values: number[] = [];
  const isMargin: boolean[] = [];
  const add = (v: number, margin: boolean) => {
    values.push(v);
    isMargin.push(margin);
    return values.length - 1;
  };
  const months = input.months.length;
  const grand = add(
    input.monthTotals.reduce((a, b) => a + b, 0),
    true,
  );
  const monthTotal = input.monthTotals.map((t) => add(t, true));
  const relations: Relation[] = [
    { members: [...monthTotal, grand], signs: [...monthTotal.map(() => 1), -1] },
  ];
  const cell: number[][][] = [];
  const categoryTotal: number[][] = [];
  for (const d of input.dimensions) {
    const ids = d.counts.map((row) => row.map((v) => add(v, false)));
    const totals = d.categories.map((_, v) =>
      add(
        d.counts.reduce((sum, row) => sum + (row[v] ?? 0), 0),
        true,
      ),
    );
    cell.push(ids);
    categoryTotal.push(totals);
    // Rows: cells against the month's total (exact for single-valued; with a known excess otherwise).
    for (let m = 0; m < months; m++) {
      const row = ids[m] ?? [];
      relations.push({ members: [...row, monthTotal[m]!], signs: [...row.map(() => 1), -1] });
    }
    // Columns: cells against the category total, always exact.
    d.categories.forEach((_, v) => {
      const col = ids.map((row) => row[v]!);
      relations.push({ members: [...col, totals[v]!], signs: [...col.map(() => 1), -1] });
    });
    relations.push({ members: [...totals, grand], signs: [...totals.map(() => 1), -1] });
  }
  return { values, isMargin, relations, grand, monthTotal, cell, categoryTotal };
}

// Arithmetic modulo a prime below 2^26, so products stay exact in a double.
const P = 67_108_859;
const mulmod = (a: number, b: number) => (a * b) % P;
function invmod(a: number): number {
  let [r0, r1, s0, s1] = [a, P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return ((s0 % P) + P) % P;
}

/**
 * The suppressed counts that the relations alone determine: those whose unit vector lies in the row space
 * of the relations restricted to suppressed counts (a row of the reduced echelon form with one entry).
 */
export function determinedBySums(relations: Relation[], suppressed: boolean[]): number[] {
  const vars = suppressed.flatMap((s, i) => (s ? [i] : []));
  const col = new Map(vars.map((v, j) => [v, j]));
  const rows: number[][] = [];
  for (const r of relations) {
    const row = new Array<number>(vars.length).fill(0);
    let any = false;
    r.members.forEach((m, k) => {
      const j = col.get(m);
      if (j !== undefined) {
        row[j] = (row[j]! + r.signs[k]! + P) % P;
        any = true;
      }
    });
    if (any) rows.push(row);
  }
  let pivotRow = 0;
  const pivots: [number, number][] = [];
  for (let j = 0; j < vars.length && pivotRow < rows.length; j++) {
    let found = -1;
    for (let i = pivotRow; i < rows.length; i++) {
      if (rows[i]![j] !== 0) {
        found = i;
        break;
      }
    }
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pr = rows[pivotRow]!;
    const inv = invmod(pr[j]!);
    for (let k = j; k < vars.length; k++) pr[k] = mulmod(pr[k]!, inv);
    for (let i = 0; i < rows.length; i++) {
      if (i === pivotRow) continue;
      const r = rows[i]!;
      const f = r[j]!;
      if (f === 0) continue;
      for (let k = j; k < vars.length; k++) {
        if (pr[k] !== 0) r[k] = (r[k]! - mulmod(f, pr[k]!) + P) % P;
      }
    }
    pivots.push([pivotRow, j]);
    pivotRow++;
  }
  const determined: number[] = [];
  for (const [i, j] of pivots) {
    const r = rows[i]!;
    let others = false;
    for (let k = 0; k < vars.length && !others; k++) if (k !== j && r[k] !== 0) others = true;
    if (!others) determined.push(vars[j]!);
  }
  return determined;
}

/** Suppresses the best complementary candidate of a relation; false when it has none. */
function suppressPartner(l: Layout, suppressed: boolean[], r: Relation): boolean {
  let best = -1;
  for (const m of r.members) {
    if (suppressed[m] || l.values[m]! <= 0) continue;
    if (
      best < 0 ||
      l.values[m]! < l.values[best]! ||
      (l.values[m] === l.values[best] && l.isMargin[best]! && !l.isMargin[m]!)
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
  const l = layout(input);
  const suppressed = l.values.map((v) => v >= 1 && v <= SMALL_CELL_MAX);
  if (opts.complementary !== false) {
    for (let round = 0; round < 10_000; round++) {
      let changed = false;
      for (const r of l.relations) {
        const k = r.members.filter((m) => suppressed[m]).length;
        if (k === 1 && suppressPartner(l, suppressed, r)) changed = true;
      }
      if (changed) continue;
      const determined = determinedBySums(l.relations, suppressed);
      for (const d of determined) {
        // Widen the relation of d that has the fewest suppressed members: it is the weakest link.
        const candidates = l.relations
          .filter((r) => r.members.includes(d))
          .sort(
            (a, b) =>
              a.members.filter((m) => suppressed[m]).length - b.members.filter((m) => suppressed[m]).length,
          );
        if (candidates.some((r) => suppressPartner(l, suppressed, r))) {
          changed = true;
          break;
        }
      }
      if (!changed) break;
    }
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
