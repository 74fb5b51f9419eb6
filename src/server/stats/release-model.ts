/**
 * A release as an attacker sees it: a flat list of counts and everything that is known to hold between them.
 * See suppression.ts for what is published.
 *
 * THE CONSTRAINTS ARE COMPLETE. For one table and one month, with T reports of which U carry no value
 * (`unspecified`, which excludes every other value) and x[v] reports carrying value v:
 *   single-valued:  sum_v x[v] + U = T;
 *   multi-valued:   x[v] + U <= T for every v (at most every labelled report carries v), and
 *                   sum_v x[v] + U >= T (every labelled report carries at least one value).
 * Any non-negative integers meeting these are the counts of some set of reports (L = T - U reports and
 * x[v] <= L, sum >= L: deal the values out round-robin), and the tables of one month share nothing but T, so
 * any tables that meet them month by month, with the column sums, are the counts of some set of reports.
 * Nothing else follows from the release: an audit against these constraints is an audit against every
 * attacker who has only the release and knows how it is made.
 */

/** sum(coefs[k] * value[members[k]]) op 0. */
/** The counts a release is built from: per month, per dimension and category. */
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

export type Constraint = { members: number[]; coefs: number[]; op: '=' | '<=' | '>=' };

export type ReleaseModel = {
  values: number[];
  isMargin: boolean[];
  /** Everything known to hold between counts (see above). */
  constraints: Constraint[];
  /** Whole rows and columns with their totals: where a lone suppressed count needs a partner (rule 3). */
  sums: number[][];
  grand: number;
  monthTotal: number[];
  cell: number[][][];
  categoryTotal: number[][];
};

const UNSPECIFIED = 'unspecified';

/** Constraints of one row (a month, or the totals row) of a table against its total. */
function rowConstraints(
  row: number[],
  unspecified: number,
  total: number,
  multiValued: boolean,
): Constraint[] {
  const whole: Constraint = {
    members: [...row, total],
    coefs: [...row.map(() => 1), -1],
    op: multiValued ? '>=' : '=',
  };
  if (!multiValued) return [whole];
  const u = row[unspecified];
  const bounds = row.map(
    (x): Constraint =>
      u === undefined || x === u
        ? { members: [x, total], coefs: [1, -1], op: '<=' }
        : { members: [x, u, total], coefs: [1, 1, -1], op: '<=' },
  );
  return [whole, ...bounds];
}

export function releaseModel(input: CountsInput): ReleaseModel {
  const values: number[] = [];
  const isMargin: boolean[] = [];
  const add = (v: number, margin: boolean) => {
    values.push(v);
    isMargin.push(margin);
    return values.length - 1;
  };
  const grand = add(
    input.monthTotals.reduce((a, b) => a + b, 0),
    true,
  );
  const monthTotal = input.monthTotals.map((t) => add(t, true));
  const constraints: Constraint[] = [
    { members: [...monthTotal, grand], coefs: [...monthTotal.map(() => 1), -1], op: '=' },
  ];
  const sums: number[][] = [[...monthTotal, grand]];
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
    const unspecified = d.categories.indexOf(UNSPECIFIED);
    ids.forEach((row, m) => {
      constraints.push(...rowConstraints(row, unspecified, monthTotal[m]!, d.multiValued));
      sums.push([...row, monthTotal[m]!]);
    });
    constraints.push(...rowConstraints(totals, unspecified, grand, d.multiValued));
    sums.push([...totals, grand]);
    // Columns: a report has one month, so a category's total is exactly the sum of its months.
    d.categories.forEach((_, v) => {
      const col = ids.map((row) => row[v]!);
      constraints.push({ members: [...col, totals[v]!], coefs: [...col.map(() => 1), -1], op: '=' });
      sums.push([...col, totals[v]!]);
    });
  }
  return { values, isMargin, constraints, sums, grand, monthTotal, cell, categoryTotal };
}

/** True when `values` could be the truth behind a release that shows the published counts of `model`. */
export function isConsistent(model: ReleaseModel, suppressed: boolean[], values: number[]): boolean {
  const fits = values.every(
    (v, i) => Number.isInteger(v) && v >= 0 && (suppressed[i] || v === model.values[i]),
  );
  return (
    fits &&
    model.constraints.every((c) => {
      const s = c.members.reduce((acc, m, k) => acc + c.coefs[k]! * values[m]!, 0);
      return c.op === '=' ? s === 0 : c.op === '<=' ? s <= 0 : s >= 0;
    })
  );
}
