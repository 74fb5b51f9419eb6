import type { Db } from '../platform/db/db.ts';
import { insertCasesAndReports, type NewDataKeyRow, type NewReportRow } from './repo.ts';

/**
 * Group insert, for a flood: reports that arrive while earlier ones are still being written are written
 * together, in one statement, once a statement finishes — the way a database groups commits. One round trip,
 * one execution and one commit then serve many reports instead of each paying for its own (on PostgreSQL,
 * the socket write of each statement alone was a sixth of the server's main thread during a flood).
 *
 * On PostgreSQL nothing waits for company: when fewer than MAX_STATEMENTS_IN_FLIGHT statements are under
 * way, a report is written at once, alone (PGlite: see maxStatementsInFlight). A group is one statement, so
 * it is written whole or not at all; if it fails, each of its reports is written again on its own, and each
 * request sees its own outcome (a reference that collided, say) exactly as without grouping.
 */
export const MAX_STATEMENTS_IN_FLIGHT = 4;
export const MAX_GROUP = 32;
/**
 * PGlite runs one statement at a time on the server's own thread, start to finish before the next request
 * is even read: reports never found one another waiting (measured: every group was a single report). There,
 * a group starts at the end of the event loop's turn (setImmediate), with every report whose request was read
 * in that turn, and one group at a time.
 */
export const maxStatementsInFlight = (db: Db) => (db.kind === 'pglite' ? 1 : MAX_STATEMENTS_IN_FLIGHT);
const startsAtEndOfTurn = (db: Db) => db.kind === 'pglite';

type Pending = {
  report: NewReportRow;
  dataKey: NewDataKeyRow;
  resolve: () => void;
  reject: (err: unknown) => void;
};
type Queue = { waiting: Pending[]; inFlight: number; scheduled: boolean };
const queues = new WeakMap<Db, Queue>();

/** Writes one report (with its case and data key); resolves once it is committed. */
export function insertReportGrouped(db: Db, report: NewReportRow, dataKey: NewDataKeyRow): Promise<void> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], inFlight: 0, scheduled: false };
    queues.set(db, queue);
  }
  const q = queue;
  return new Promise<void>((resolve, reject) => {
    q.waiting.push({ report, dataKey, resolve, reject });
    if (!startsAtEndOfTurn(db)) startGroups(db, q);
    else if (!q.scheduled) {
      q.scheduled = true;
      setImmediate(() => {
        q.scheduled = false;
        startGroups(db, q);
      });
    }
  });
}

function startGroups(db: Db, q: Queue): void {
  while (q.inFlight < maxStatementsInFlight(db) && q.waiting.length > 0) {
    const group = q.waiting.splice(0, MAX_GROUP);
    q.inFlight++;
    void writeGroup(db, group).finally(() => {
      q.inFlight--;
      startGroups(db, q);
    });
  }
}

const alone = (db: Db, p: Pending) => insertCasesAndReports(db, [p]).then(p.resolve, p.reject);

async function writeGroup(db: Db, group: Pending[]): Promise<void> {
  if (group.length === 1) return alone(db, group[0]!);
  try {
    await insertCasesAndReports(db, group);
  } catch {
    // Nothing of the group was written (one statement). Each report again on its own, with its own answer.
    await Promise.all(group.map((p) => alone(db, p)));
    return;
  }
  for (const p of group) p.resolve();
}
