import type { Db } from './db.ts';

/**
 * Group writes, for a flood: items that arrive while earlier ones are still being written are written
 * together, in one statement, once a statement finishes — the way a database groups commits. One round trip,
 * one execution and one commit then serve many items instead of each paying for its own (on PostgreSQL, the
 * socket write of each report's statement alone was a sixth of the server's main thread during a flood).
 *
 * On PostgreSQL nothing waits for company: when fewer than `maxInFlight` statements are under way, an item is
 * written at once, alone. PGlite runs one statement at a time on the server's own thread, start to finish
 * before the next request is even read, so items never found one another waiting (measured: every group was
 * one report); there a group starts at the end of the event loop's turn (setImmediate), with every item whose
 * request was read in that turn, one group at a time.
 *
 * A group is one statement, so it is written whole or not at all; if it fails, each of its items is written
 * again on its own, and each caller sees its own outcome (a reference that collided, say) exactly as without
 * grouping.
 */
export type GroupStatement<T> = {
  /** Writes the items in one statement (atomic by itself). */
  write: (db: Db, items: readonly T[]) => Promise<void>;
};

export const MAX_STATEMENTS_IN_FLIGHT = 4;
export const MAX_GROUP = 32;

type Pending<T> = { item: T; resolve: () => void; reject: (err: unknown) => void };
type Queue<T> = { waiting: Pending<T>[]; inFlight: number; scheduled: boolean };

export class GroupWriter {
  readonly #db: Db;
  readonly #maxInFlight: number;
  readonly #atEndOfTurn: boolean;
  // One queue per kind of statement. Keys are the statements' module-level constants.
  readonly #queues = new Map<GroupStatement<never>, Queue<never>>();

  constructor(db: Db) {
    this.#db = db;
    this.#atEndOfTurn = db.kind === 'pglite';
    this.#maxInFlight = db.kind === 'pglite' ? 1 : MAX_STATEMENTS_IN_FLIGHT;
  }

  /** Statements under way at most before items wait to be grouped. */
  get maxInFlight(): number {
    return this.#maxInFlight;
  }

  /** Writes one item; resolves once it is committed. */
  write<T>(statement: GroupStatement<T>, item: T): Promise<void> {
    let queue = this.#queues.get(statement as GroupStatement<never>) as Queue<T> | undefined;
    if (!queue) {
      queue = { waiting: [], inFlight: 0, scheduled: false };
      this.#queues.set(statement as GroupStatement<never>, queue as Queue<never>);
    }
    const q = queue;
    return new Promise<void>((resolve, reject) => {
      q.waiting.push({ item, resolve, reject });
      if (!this.#atEndOfTurn) this.#startGroups(statement, q);
      else if (!q.scheduled) {
        q.scheduled = true;
        setImmediate(() => {
          q.scheduled = false;
          this.#startGroups(statement, q);
        });
      }
    });
  }

  #startGroups<T>(statement: GroupStatement<T>, q: Queue<T>): void {
    while (q.inFlight < this.#maxInFlight && q.waiting.length > 0) {
      const group = q.waiting.splice(0, MAX_GROUP);
      q.inFlight++;
      void this.#writeGroup(statement, group).finally(() => {
        q.inFlight--;
        this.#startGroups(statement, q);
      });
    }
  }

  async #writeGroup<T>(statement: GroupStatement<T>, group: Pending<T>[]): Promise<void> {
    const alone = (p: Pending<T>) => statement.write(this.#db, [p.item]).then(p.resolve, p.reject);
    if (group.length === 1) return alone(group[0]!);
    try {
      await statement.write(
        this.#db,
        group.map((p) => p.item),
      );
    } catch {
      // Nothing of the group was written (one statement). Each item again on its own, with its own answer.
      await Promise.all(group.map(alone));
      return;
    }
    for (const p of group) p.resolve();
  }
}
