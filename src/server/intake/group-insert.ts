import type { Db } from '../platform/db/db.ts';
import { insertCaseAndReport, insertCasesAndReports, type NewDataKeyRow, type NewReportRow } from './repo.ts';

/**
 * Group insert, for a flood: reports that arrive while earlier ones are still being written are written
 * together, in one statement, once a statement finishes — the way a database groups commits. One round trip,
 * one execution and one commit then serve many reports instead of each paying for its own (on PostgreSQL,
 * the socket write of each statement alone was a sixth of the server's main thread during a flood).
 *
 * Nothing waits for company: when fewer than MAX_STATEMENTS_IN_FLIGHT statements are under way, a report
 * is written at once, alone. A group is one statement, so it is written whole or not at all; if it fails,
 * each of its reports is written again on its own, and each request sees its own outcome (a reference that
 * collided, say) exactly as without grouping.
 */
export const MAX_STATEMENTS_IN_FLIGHT = 4;
export const MAX_GROUP = 32;

type Pending = {
  report: NewReportRow;
  dataKey: NewDataKeyRow;
  resolve: () => void;
  reject: (err: unknown) => void;
};
type Queue = { waiting: Pending[]; inFlight: number };
const queues = new WeakMap<Db, Queue>();

/** Writes one report (with its case and data key); resolves once it is committed. */
export function insertReportGrouped(db: Db, report: NewReportRow, dataKey: NewDataKeyRow): Promise<void> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { waiting: [], inFlight: 0 };
    queues.set(db, queue);
  }
  const q = queue;
  return new Promise<void>((resolve, reject) => {
    q.waiting.push({ report, dataKey, resolve, reject });
    startGroups(db, q);
  });
}

function startGroups(db: Db, q: Queue): void {
  while (q.inFlight < MAX_STATEMENTS_IN_FLIGHT && q.waiting.length > 0) {
    const group = q.waiting.splice(0, MAX_GROUP);
    q.inFlight++;
    void writeGroup(db, group).finally(() => {
      q.inFlight--;
      startGroups(db, q);
    });
  }
}

const alone = (db: Db, p: Pending) => insertCaseAndReport(db, p.report, p.dataKey).then(p.resolve, p.reject);

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
