import type { FastifyPluginAsync } from 'fastify';
import { pino } from 'pino';
import type { AppDeps } from '../deps.ts';
import { intakeIsBusy, untilIntakeCalm } from '../intake/pressure.ts';
import type { Db } from '../platform/db/db.ts';
import { type IndexingDeps, indexPendingBatch } from './index-pending.ts';

/**
 * Runs the background indexer while the app is up. Intake nudges it after each commit; it also looks every
 * few seconds, for reports saved before a crash or by another instance. One drain at a time per database
 * in this process: a nudge during a drain only makes the drain look once more before it stops.
 */
export const POLL_INTERVAL_MS = 2_000;
/** How long a nudge waits for more reports before indexing (the staff see links this much later). */
export const NUDGE_DELAY_MS = 100;
/**
 * During a flood, people reporting come first (intake/pressure.ts): before each batch the background indexer
 * waits for intake to calm down, but never longer than MAX_YIELD_MS, and then takes at most FLOOD_BATCH_SIZE
 * reports — a trickle that keeps linking moving through a flood that does not end, without the stalls a
 * full batch caused (on PGlite a batch runs start to finish without letting a request in: 0.2–0.4 s for
 * a hundred reports; on PostgreSQL a hundred reports' indexing slowed a whole half-second of answers).
 * Once the flood ebbs, full batches drain the backlog.
 */
export const MAX_YIELD_MS = 2_000;
export const FLOOD_BATCH_SIZE = 10;

type State = {
  running: Promise<number>;
  again: boolean;
  active: boolean;
  draining: boolean;
  kick?: () => void;
  settle?: boolean;
  soon?: NodeJS.Timeout | undefined;
};
const states = new WeakMap<Db, State>();

const stateOf = (db: Db): State => {
  let s = states.get(db);
  if (!s) {
    s = { running: Promise.resolve(0), again: false, active: false, draining: false };
    states.set(db, s);
  }
  return s;
};

/**
 * Indexes every waiting report, batch after batch, and resolves with how many it indexed. Tests call it to
 * wait until what they submitted is linked and searchable; it joins a drain already under way.
 */
export function drainIndexing(
  deps: IndexingDeps,
  log?: pino.Logger,
  opts: { yieldToIntake?: boolean } = {},
): Promise<number> {
  const s = stateOf(deps.db);
  s.again = true;
  if (s.draining) return s.running;
  s.draining = true;
  s.running = (async () => {
    let total = 0;
    try {
      while (s.again) {
        s.again = false;
        for (;;) {
          let limit: number | undefined;
          if (opts.yieldToIntake) {
            await untilIntakeCalm(deps.db, MAX_YIELD_MS, () => s.active);
            if (intakeIsBusy(deps.db)) limit = FLOOD_BATCH_SIZE;
          }
          const n = await indexPendingBatch(deps, { ...(log ? { log } : {}), ...(limit ? { limit } : {}) });
          total += n;
          if (n === 0) break;
          // A server that is stopping finishes the batch under way and no more: what waits is safe in the
          // database and indexed at the next start, and a backlog of thousands would hold up the stop.
          if (opts.yieldToIntake && !s.active) return total;
        }
      }
      return total;
    } finally {
      s.draining = false;
    }
  })();
  return s.running;
}

/**
 * For tests that read links or search results right after a submission: on this database, intake waits for
 * the indexer to finish before answering. Never used by the server.
 */
export function settleIndexingBeforeAnswer(db: Db): void {
  stateOf(db).settle = true;
}

/**
 * Called by intake after a report commits: index it soon. A no-op where no indexer runs (the CLI); the
 * report is indexed when the server next runs.
 */
export async function nudgeIndexer(deps: IndexingDeps): Promise<void> {
  const s = states.get(deps.db);
  if (s?.settle) {
    await drainIndexing(deps);
    return;
  }
  if (!s?.active) return;
  s.again = true;
  if (s.draining || s.soon) return;
  // A short pause gathers the reports of a busy moment into one batch: one transaction for many reports
  // instead of one per report (on PGlite, where every transaction waits its turn, this is what matters).
  s.soon = setTimeout(() => {
    s.soon = undefined;
    s.kick?.();
  }, NUDGE_DELAY_MS);
  s.soon.unref();
}

export function backgroundIndexer(deps: AppDeps, intervalMs = POLL_INTERVAL_MS): FastifyPluginAsync {
  return async (app) => {
    // Codes and counts only: never a reference, an identifier or a word of a narrative.
    const log = pino({ level: deps.config.logLevel, base: { component: 'indexing' } });
    const s = stateOf(deps.db);
    let timer: NodeJS.Timeout | undefined;
    const run = () => {
      drainIndexing(deps, log, { yieldToIntake: true }).catch((err: unknown) => {
        // The database is away, say: the next nudge or poll tries again.
        log.warn({ code: 'indexing.drain_failed', errorType: (err as Error).name }, 'indexing paused');
      });
    };
    s.kick = run;
    app.addHook('onReady', async () => {
      s.active = true;
      timer = setInterval(run, intervalMs);
      timer.unref();
      run();
    });
    app.addHook('onClose', async () => {
      s.active = false;
      if (timer) clearInterval(timer);
      if (s.soon) clearTimeout(s.soon);
      s.soon = undefined;
      await s.running.catch(() => 0);
    });
  };
}
