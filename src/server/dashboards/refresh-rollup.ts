import type { AppDeps } from '../deps.ts';
import {
  catchUp,
  LOCK,
  PLANNER,
  PROBE,
  ROLLUP_RECOUNT_BOUND_MS,
  readState,
  rebuild,
  recount,
} from './rollup-sql.ts';

/**
 * Bringing the dashboard rollup up to date, for a request or for the background sweep (rollup-job.ts).
 * One refresh at a time in this process (the runtime's rollupRefresh queue); across processes, an advisory
 * lock.
 */
export type RollupDeps = Pick<AppDeps, 'db' | 'clock' | 'runtime'>;
export type RefreshKind = 'none' | 'catch-up' | 'recount' | 'rebuild' | 'behind';

export type RefreshOptions = {
  /** rebuild: from nothing; recount: compare reports per day; auto: whatever the state calls for. */
  mode?: 'auto' | 'catch-up' | 'recount' | 'rebuild';
  /** Wait for another process's refresh instead of leaving it to them. */
  wait?: boolean;
  /**
   * A request's bound: when the rollup was never built, or more than this many days changed, leave the
   * work to the background (started now) and answer 'behind', so the request computes directly rather
   * than wait for minutes of recomputing.
   */
  maxDays?: number;
};

/** Days a request recomputes before answering; beyond, the work goes to the background. */
export const REQUEST_MAX_DAYS = 14;

/**
 * Brings the rollup up to date and says what it did. `auto` (what a request runs) builds it when it has
 * never been built, recounts when nobody did for ROLLUP_RECOUNT_BOUND_MS, and otherwise catches up only if
 * the fingerprint of timestamped changes moved.
 */
export function refreshDashboardRollup(deps: RollupDeps, opts: RefreshOptions = {}): Promise<RefreshKind> {
  const mode = opts.mode ?? 'auto';
  const bounded = opts.maxDays !== undefined;
  const queue = deps.runtime.rollupRefresh;
  // A request does not queue behind minutes of rebuilding: it computes directly meanwhile.
  if (bounded && queue.longUnderWay) return Promise.resolve('behind');
  return queue.run(
    async () => {
      if (mode === 'auto') {
        const state = await readState(deps.db);
        if (state && deps.clock.ms() - state.verified_at.getTime() <= ROLLUP_RECOUNT_BOUND_MS) {
          const { rows } = await deps.db.query<{ probe: string }>(PROBE, [state.watermark]);
          if (rows[0]?.probe === state.probe) return 'none';
        }
      }
      return deps.db.transaction(async (tx): Promise<RefreshKind> => {
        if (opts.wait) await tx.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
        else {
          const { rows } = await tx.query<{ locked: boolean }>(
            `SELECT pg_try_advisory_xact_lock(${LOCK}) AS locked`,
          );
          // Another process is refreshing: its rows are committed when it ends; answer from what is there.
          if (!rows[0]?.locked) return 'none';
        }
        await tx.exec(PLANNER);
        const state = await readState(tx);
        if (!state || mode === 'rebuild') {
          if (bounded) return 'behind';
          await rebuild(tx, deps.clock);
          return 'rebuild';
        }
        if (mode === 'recount' || deps.clock.ms() - state.verified_at.getTime() > ROLLUP_RECOUNT_BOUND_MS) {
          if (bounded) return 'behind';
          await recount(tx, state, deps.clock);
          return 'recount';
        }
        const { rows: probe } = await tx.query<{ probe: string }>(PROBE, [state.watermark]);
        if (mode === 'auto' && probe[0]?.probe === state.probe) return 'none';
        return (await catchUp(tx, state, deps.clock, opts.maxDays ?? Number.POSITIVE_INFINITY))
          ? 'catch-up'
          : 'behind';
      });
    },
    { long: !bounded && mode !== 'auto' },
  );
}

/**
 * What a request runs before reading the rollup: a bounded refresh; when it answers 'behind', the full
 * refresh starts in the background (after any other refresh of this process) and the caller computes
 * directly meanwhile.
 */
export async function refreshBeforeAnswering(deps: RollupDeps): Promise<RefreshKind> {
  const did = await refreshDashboardRollup(deps, { maxDays: REQUEST_MAX_DAYS });
  if (did === 'behind') {
    refreshDashboardRollup(deps, { mode: 'catch-up', wait: true }).catch(() => {
      // The sweep tries again; the request has its answer from the base tables.
    });
  }
  return did;
}
