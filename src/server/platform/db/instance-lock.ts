import type { Db } from './db.ts';

/**
 * Runs a piece of work on one instance at a time across every instance on one PostgreSQL, or not at all
 * when another instance is doing it (`{ ran: false }`): what the scheduler uses for jobs that run once
 * across instances.
 */
export type InstanceLock = <T>(
  name: string,
  work: () => Promise<T>,
) => Promise<{ ran: true; value: T } | { ran: false }>;

// The first key of the two-key advisory locks taken for jobs; the second is hashtext(job name). The
// one-key locks elsewhere (migrations, set-up, dashboards, campaigns) live in another key space.
const JOB_LOCK_SPACE = 7_316_202;

/**
 * PostgreSQL: a transaction-level advisory lock taken with `pg_try_advisory_xact_lock` on a connection
 * that stays in its transaction while the work runs on others. The transaction writes nothing and holds
 * no snapshot between statements, so it does not hold back vacuum; if the instance dies, PostgreSQL ends
 * the session and the lock goes with it, and the next instance's run takes over. PGlite lives in one
 * process, where the scheduler already keeps one run of a job at a time: no lock is needed.
 */
export function instanceLockFor(db: Db): InstanceLock {
  if (db.kind === 'pglite') return async (_name, work) => ({ ran: true, value: await work() });
  return (name, work) =>
    db.transaction(async (tx) => {
      const { rows } = await tx.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked',
        [JOB_LOCK_SPACE, name],
      );
      if (!rows[0]?.locked) return { ran: false as const };
      return { ran: true as const, value: await work() };
    });
}
