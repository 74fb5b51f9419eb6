/**
 * The certificates that are found without a solver: a report or a label moved between two suppressed
 * cells, the way a reader would try to hide one. Most small counts of a release have one; the integer
 * program of certify.ts is left for the rest. Each candidate is checked against the constraints that touch
 * what it changes, which is all it can break.
 *
 *   label          X[m][a] +1, C[a] +1                  a report gains label a (multi-valued)
 *   row shift      X[m][a] +1, X[m][b] -1, C[a] +1, C[b] -1    a report of month m changes category
 *   column shift   X[m][a] +1, X[m'][a] -1              label a moves to a report of another month
 *   cycle          X[m][a] +1, X[m][b] -1, X[m'][a] -1, X[m'][b] +1    two reports swap categories
 *   month move     T[m] +1, T[m'] -1, and in each table X[m][c] +1, X[m'][c] -1    a report changes month
 * and each the other way round. The constraints decide which are possible where (no label moves in a
 * single-valued table: its rows add up).
 */

import type { ReleaseModel } from './release-model.ts';

type Delta = Map<number, number>;

export type LocalSearch = {
  /** A certificate for `target` made of one small move within the suppressed counts, or null. */
  find(suppressed: boolean[], target: number): number[] | null;
};

export function localSearch(model: ReleaseModel): LocalSearch {
  // Where each count appears, with its coefficient, and each constraint's value at the truth: a move is
  // then checked by what it adds to the constraints it touches.
  const touching = model.values.map((): [number, number][] => []);
  const atTruth = model.constraints.map((c, k) => {
    c.members.forEach((m, j) => {
      touching[m]!.push([k, c.coefs[j]!]);
    });
    return c.members.reduce((acc, m, j) => acc + c.coefs[j]! * model.values[m]!, 0);
  });
  const holds = (k: number, s: number) => {
    const op = model.constraints[k]!.op;
    return op === '=' ? s === 0 : op === '<=' ? s <= 0 : s >= 0;
  };
  const place = new Map<number, { table: number; month: number; category: number }>();
  model.cell.forEach((rows, table) => {
    rows.forEach((row, month) => {
      row.forEach((id, category) => {
        place.set(id, { table, month, category });
      });
    });
  });

  /** The table with `delta` times `sign` applied, if it changes only counts that may move and breaks nothing. */
  const apply = (movable: (i: number) => boolean, delta: Delta, sign: number): number[] | null => {
    const v = model.values;
    for (const [i, d] of delta) if (!movable(i) || v[i]! + sign * d < 0) return null;
    const change = new Map<number, number>();
    for (const [i, d] of delta) {
      for (const [k, coef] of touching[i]!) change.set(k, (change.get(k) ?? 0) + coef * d * sign);
    }
    for (const [k, c] of change) if (!holds(k, atTruth[k]! + c)) return null;
    return v.map((x, i) => x + sign * (delta.get(i) ?? 0));
  };

  /** Moves through cell (table, month, category) that change only suppressed counts. */
  function* through(suppressed: boolean[], table: number, m: number, a: number, withCycles: boolean) {
    const rows = model.cell[table]!;
    const totals = model.categoryTotal[table]!;
    const cell = rows[m]![a]!;
    const move = (pairs: [number, number][]): Delta | null =>
      pairs.every(([i]) => suppressed[i]) ? new Map(pairs) : null;
    yield move([
      [cell, 1],
      [totals[a]!, 1],
    ]);
    for (const [b, other] of rows[m]!.entries()) {
      if (b === a || !suppressed[other]) continue;
      yield move([
        [cell, 1],
        [other, -1],
        [totals[a]!, 1],
        [totals[b]!, -1],
      ]);
    }
    if (!withCycles) return;
    for (const row of rows) {
      if (row === rows[m] || !suppressed[row[a]!]) continue;
      yield move([
        [cell, 1],
        [row[a]!, -1],
      ]);
      for (const [b, other] of rows[m]!.entries()) {
        if (b === a || !suppressed[other] || !suppressed[row[b]!]) continue;
        yield move([
          [cell, 1],
          [other, -1],
          [row[a]!, -1],
          [row[b]!, 1],
        ]);
      }
    }
  }

  /**
   * A report moves from month `from` to month `to`: both totals change, and in every table one column
   * gains in `to` what it loses in `from` — a column where the table's two rows still hold.
   */
  function monthMove(suppressed: boolean[], from: number, to: number): Delta | null {
    const delta: Delta = new Map([
      [model.monthTotal[to]!, 1],
      [model.monthTotal[from]!, -1],
    ]);
    for (const rows of model.cell) {
      const column = rows[to]!.findIndex((gain, c) => {
        const loss = rows[from]![c]!;
        if (!suppressed[gain] || !suppressed[loss] || model.values[loss]! < 1) return false;
        // This table's rows of both months (and the column, unchanged), with the totals moved.
        const part = new Map([...delta, [gain, 1], [loss, -1]]);
        const change = new Map<number, number>();
        for (const i of [gain, loss]) {
          for (const [k] of touching[i]!) {
            if (change.has(k)) continue;
            const c = model.constraints[k]!;
            change.set(
              k,
              c.members.reduce((acc, m, j) => acc + c.coefs[j]! * (part.get(m) ?? 0), 0),
            );
          }
        }
        return [...change].every(([k, d]) => holds(k, atTruth[k]! + d));
      });
      if (column < 0) return null;
      delta.set(rows[to]![column]!, 1);
      delta.set(rows[from]![column]!, -1);
    }
    return delta;
  }

  function* candidates(suppressed: boolean[], target: number): Generator<Delta | null> {
    const month = model.monthTotal.indexOf(target);
    if (month >= 0) {
      for (const [other, total] of model.monthTotal.entries()) {
        if (other === month || !suppressed[total]) continue;
        const delta = monthMove(suppressed, other, month) ?? monthMove(suppressed, month, other);
        if (delta) yield delta;
      }
      return;
    }
    const at = place.get(target);
    if (at) {
      yield* through(suppressed, at.table, at.month, at.category, true);
      return;
    }
    // A category's total moves only with one of its cells.
    for (const [table, totals] of model.categoryTotal.entries()) {
      const a = totals.indexOf(target);
      if (a < 0) continue;
      for (const m of model.cell[table]!.keys()) yield* through(suppressed, table, m, a, false);
    }
  }

  return {
    find(suppressed, target) {
      const movable = (i: number) => suppressed[i]!;
      for (const delta of candidates(suppressed, target)) {
        if (!delta) continue;
        const found = apply(movable, delta, 1) ?? apply(movable, delta, -1);
        if (found) return found;
      }
      return null;
    },
  };
}
