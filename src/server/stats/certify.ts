/**
 * Rule 4 of suppression.ts: every suppressed small count gets a certificate — another table of non-negative
 * integers, consistent with everything the release shows and knows (release-model.ts), in which that count
 * has a different value. A count with a certificate cannot be recovered from the release, whatever the
 * attacker computes; one without is recovered, or might be, and gets more complementary suppression.
 *
 * Most certificates are one small move (a report or a label moved between suppressed cells,
 * local-certificates.ts). For the rest an integer linear program (YALPS) searches; it only searches: every
 * certificate it gives is checked here against the constraints before it is believed, so a wrong or
 * unfinished answer can only cost more suppression.
 * A certificate stays valid when more counts are suppressed (fewer counts to match), so each small count
 * needs to be settled once.
 */

import { type Constraint as LpConstraint, type Model, solve } from 'yalps';
import { localSearch } from './local-certificates.ts';
import { type Constraint, isConsistent, type ReleaseModel } from './release-model.ts';

/** Enough for releases of a few thousand counts; a search cut short means more suppression, never less. */
const SOLVER = { maxPivots: 100_000, maxIterations: 2_000 } as const;

type Direction = 'up' | 'down';

type Search = {
  target: number;
  direction: Direction;
  /** Let published non-zero counts move too, at a cost: the search then says what else to suppress. */
  widen: boolean;
  /** Small counts still without a certificate: moving them up as well settles them in the same search. */
  spread: number[];
};

/** What suppressing a published count costs readers: its value, doubled for totals (used most). */
const suppressionCost = (model: ReleaseModel, i: number) => model.values[i]! * (model.isMargin[i] ? 2 : 1);

const neg = (v: number | undefined) => (v === undefined ? undefined : -v);

/** The right-hand side of a constraint once the counts that stay as published are moved over. */
function bound(c: Constraint, rhs: number): LpConstraint {
  return c.op === '=' ? { equal: rhs } : c.op === '<=' ? { max: rhs } : { min: rhs };
}

/**
 * An integer table consistent with the release in which `target` moves one way or the other, as an
 * integer linear program over the suppressed counts — and, when widening, over published ones as
 * value + up - down, each step at the count's suppression cost. Zeros stay published: no certificate needs
 * one to move. Null when none is found.
 */
function searchAlternative(model: ReleaseModel, suppressed: boolean[], s: Search): number[] | null {
  const truth = model.values;
  const variables = new Map<string, [string, number][]>();
  const constraints: [string, LpConstraint][] = [
    ['target', s.direction === 'up' ? { min: truth[s.target]! + 1 } : { max: truth[s.target]! - 1 }],
  ];
  const terms = new Map<number, [string, number][]>();
  truth.forEach((v, i) => {
    if (suppressed[i]) {
      variables.set(`x${i}`, []);
      terms.set(i, [[`x${i}`, 1]]);
    } else if (s.widen && v > 0) {
      const cost = suppressionCost(model, i);
      variables.set(`u${i}`, [['objective', cost]]);
      variables.set(`d${i}`, [
        ['objective', cost],
        [`n${i}`, 1],
      ]);
      constraints.push([`n${i}`, { max: v }]);
      terms.set(i, [
        [`u${i}`, 1],
        [`d${i}`, -1],
      ]);
    }
  });
  variables.get(`x${s.target}`)!.push(['target', 1]);
  for (const i of s.spread) {
    variables.get(`x${i}`)!.push(['objective', 1], [`cap${i}`, 1]);
    constraints.push([`cap${i}`, { max: truth[i]! + 1 }]);
  }
  // A constraint on one variable is a bound: folded into one row per variable, the tableau stays small.
  const bounds = new Map<string, { min: number; max: number }>();
  model.constraints.forEach((c, k) => {
    let rhs = 0;
    const row: [string, number][] = [];
    c.members.forEach((m, j) => {
      const coef = c.coefs[j]!;
      if (!suppressed[m]) rhs -= coef * truth[m]!;
      for (const [key, sign] of terms.get(m) ?? []) row.push([key, coef * sign]);
    });
    if (row.length === 1) {
      const [key, a] = row[0]!;
      const b = bounds.get(key) ?? { min: 0, max: Number.POSITIVE_INFINITY };
      const lp = bound(c, rhs);
      // a is 1 or -1: a·x <= rhs is x <= rhs (or x >= -rhs), and so on.
      const [lo, hi] =
        a > 0 ? [lp.min ?? lp.equal, lp.max ?? lp.equal] : [neg(lp.max ?? lp.equal), neg(lp.min ?? lp.equal)];
      if (lo !== undefined) b.min = Math.max(b.min, lo);
      if (hi !== undefined) b.max = Math.min(b.max, hi);
      bounds.set(key, b);
    } else if (row.length > 1) {
      for (const [key, coef] of row) variables.get(key)!.push([`c${k}`, coef]);
      constraints.push([`c${k}`, bound(c, rhs)]);
    }
  });
  for (const [key, b] of bounds) {
    variables.get(key)!.push([`b${key}`, 1]);
    constraints.push([`b${key}`, { min: b.min, ...(Number.isFinite(b.max) ? { max: b.max } : {}) }]);
  }
  const lp: Model<string, string> = {
    direction: s.widen ? 'minimize' : 'maximize',
    objective: 'objective',
    constraints,
    variables,
    integers: true,
  };
  const solution = solve(lp, SOLVER);
  // A search cut short may still hold a feasible table; it is checked like any other.
  if (!Number.isFinite(solution.result)) return null;
  const values = truth.map((v, i) => (suppressed[i] ? 0 : v));
  for (const [key, v] of solution.variables) {
    const i = Number(key.slice(1));
    const n = Math.round(v);
    values[i] = key[0] === 'x' ? n : values[i]! + (key[0] === 'u' ? n : -n);
  }
  return values;
}

/** Where a count sits: its month (or a month that feeds it) and, for a table's count, table and category. */
function locate(model: ReleaseModel, target: number): { month: number; table: number; category: number } {
  const v = model.values;
  const fed = (m: number) => v[model.monthTotal[m]!]! > 0;
  for (const [t, rows] of model.cell.entries()) {
    for (const [m, row] of rows.entries()) {
      const category = row.indexOf(target);
      if (category >= 0) return { month: m, table: t, category };
    }
    const category = model.categoryTotal[t]!.indexOf(target);
    if (category >= 0) return { month: rows.findIndex((row) => v[row[category]!]! > 0), table: t, category };
  }
  const month = model.monthTotal.indexOf(target);
  return {
    month: month >= 0 ? month : model.monthTotal.findIndex((_, m) => fed(m)),
    table: -1,
    category: -1,
  };
}

/**
 * The certificate that always exists: one more report like one already counted with `target`. Every count
 * it touches is at least 1, so suppressing them all hides the extra report completely.
 */
export function oneMoreReport(model: ReleaseModel, target: number): number[] {
  const v = model.values;
  const at = locate(model, target);
  const next = [...v];
  next[model.grand]!++;
  next[model.monthTotal[at.month]!]!++;
  model.cell.forEach((rows, t) => {
    const row = rows[at.month]!;
    const c = t === at.table ? at.category : row.findIndex((x) => v[x]! > 0);
    next[row[c]!]!++;
    next[model.categoryTotal[t]![c]!]!++;
  });
  return next;
}

/**
 * Gives every suppressed count from 1 to `max` a certificate, suppressing more where one is missing.
 * Changes `suppressed` in place.
 */
export function certifySmallCounts(model: ReleaseModel, suppressed: boolean[], max: number): void {
  const certificates: number[][] = [];
  const moves = (values: number[], i: number) => values[i] !== model.values[i];
  const settled = (i: number) => certificates.some((c) => moves(c, i));
  const small = model.values.flatMap((v, i) => (suppressed[i] && v >= 1 && v <= max ? [i] : []));
  const widened = (values: number[]) => suppressed.map((s, i) => s || moves(values, i));
  const certifies = (target: number, c: number[] | null, widen: boolean): c is number[] =>
    c !== null && moves(c, target) && isConsistent(model, widen ? widened(c) : suppressed, c);
  const local = localSearch(model);
  // A small move checked against what it touches is checked against everything, if the truth holds.
  const truthHolds = isConsistent(model, suppressed, model.values);
  for (const target of small) {
    if (settled(target)) continue;
    // A small move first (local-certificates.ts); the integer program for what none settles.
    let certificate = local.find(suppressed, target);
    if (!truthHolds && !certifies(target, certificate, false)) certificate = null;
    for (const direction of certificate ? [] : (['up', 'down'] as const)) {
      const spread = direction === 'up' ? small.filter((i) => i !== target && !settled(i)) : [];
      const c = searchAlternative(model, suppressed, { target, direction, widen: false, spread });
      if (certifies(target, c, false)) {
        certificate = c;
        break;
      }
    }
    if (!certificate) {
      // Pinned: the integer program finds cheap counts to suppress with it; one more report hidden is the
      // last resort.
      const cost = (c: number[]) =>
        c.reduce((sum, _, i) => sum + (suppressed[i] || !moves(c, i) ? 0 : suppressionCost(model, i)), 0);
      certificate =
        (['up', 'down'] as const)
          .map((direction) =>
            searchAlternative(model, suppressed, { target, direction, widen: true, spread: [] }),
          )
          .filter((c) => certifies(target, c, true))
          .sort((a, b) => cost(a) - cost(b))[0] ?? oneMoreReport(model, target);
      widened(certificate).forEach((s, i) => {
        suppressed[i] = s;
      });
    }
    certificates.push(certificate);
  }
}
