import type { AppDeps } from '../deps.ts';
import type { Job } from '../platform/jobs/scheduler.ts';
import type { Runtime } from '../runtime.ts';
import { BATCH_SIZE, indexPendingBatch } from './index-pending.ts';

/**
 * The background indexer, as a job of the runtime's scheduler. Intake nudges it after each commit; it also
 * looks every few seconds, for reports saved before a crash or by another instance.
 */
export const INDEXING_JOB = 'indexing';
export const POLL_INTERVAL_MS = 2_000;
/** How long a nudge waits for more reports before indexing (the staff see links this much later). */
export const NUDGE_DELAY_MS = 100;
/**
 * During a flood, people reporting come first (platform/jobs/pressure.ts): before each batch the indexer
 * waits for intake to calm down, but never longer than MAX_YIELD_MS, and then takes at most FLOOD_BATCH_SIZE
 * reports — a trickle that keeps linking moving through a flood that does not end, without the stalls a
 * full batch caused (on PGlite a batch runs start to finish without letting a request in: 0.2–0.4 s for
 * a hundred reports; on PostgreSQL a hundred reports' indexing slowed a whole half-second of answers).
 * Once the flood ebbs, full batches drain the backlog back to back. A stopping server finishes the batch
 * under way and no more: what waits is safe in the database and indexed at the next start.
 */
export const MAX_YIELD_MS = 2_000;
export const FLOOD_BATCH_SIZE = 10;

export function indexingJob(deps: AppDeps): Job {
  return {
    name: INDEXING_JOB,
    everyMs: POLL_INTERVAL_MS,
    firstAfterMs: 0,
    nudgeDelayMs: NUDGE_DELAY_MS,
    yieldToIntakeMs: MAX_YIELD_MS,
    onceAcrossInstances: true,
    run: async ({ busy, log }) => {
      const limit = busy ? FLOOD_BATCH_SIZE : BATCH_SIZE;
      const indexed = await indexPendingBatch(deps, { limit, log });
      return { more: indexed === limit };
    },
  };
}

/** Called by intake after a report commits: index it soon. A no-op where no scheduler runs (the CLI). */
export function nudgeIndexer(deps: { runtime: Pick<Runtime, 'scheduler'> }): void {
  deps.runtime.scheduler.nudge(INDEXING_JOB);
}

/** Indexes every waiting report now (tests, and the CLI after loading data), batch after batch. */
export function indexAllPending(deps: { runtime: Pick<Runtime, 'scheduler'> }): Promise<void> {
  return deps.runtime.scheduler.runUntilIdle(INDEXING_JOB);
}
