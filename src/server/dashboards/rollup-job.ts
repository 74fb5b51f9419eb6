import type { Job } from '../platform/jobs/scheduler.ts';
import { type RefreshKind, type RollupDeps, refreshDashboardRollup } from './refresh-rollup.ts';

/**
 * The dashboard rollup's background sweep, as a job of the runtime's scheduler: a catch-up when the
 * fingerprint moved, a recount every ROLLUP_RECOUNT_INTERVAL_MS (and the first time, so what was loaded
 * while the server was down is counted), a full rebuild every ROLLUP_REBUILD_INTERVAL_MS.
 */
export const ROLLUP_JOB = 'dashboards.rollup';
/** The background sweep's interval, and how often it recounts reports per day. */
export const ROLLUP_SWEEP_INTERVAL_MS = 15_000;
/**
 * The sweep's share of the time, at most: after a sweep that took t, the next waits at least t × this.
 * A day is recomputed whole, so during a flood of reports each sweep costs more (0.75 s of database time
 * at 9,000 reports in a day); spacing them out keeps that work from taking CPU from people who are
 * reporting. Requests still refresh what they read first (refreshBeforeAnswering).
 */
export const ROLLUP_SWEEP_MAX_DUTY = 1 / 50;
/**
 * …but never longer than this between sweeps (a daily rebuild at 1M takes ~100 s), even while a flood of
 * reports defers them (platform/jobs/pressure.ts: a recount that turned into a rebuild took 0.8 s of a flood).
 */
export const ROLLUP_SWEEP_MAX_DELAY_MS = 120_000;
export const ROLLUP_RECOUNT_INTERVAL_MS = 5 * 60_000;
/** A full rebuild now and then, for anything neither timestamps nor counts can show. */
export const ROLLUP_REBUILD_INTERVAL_MS = 24 * 3_600_000;

export function rollupJob(deps: RollupDeps): Job {
  let lastRecount = Number.NEGATIVE_INFINITY;
  let lastRebuild = deps.clock.ms();
  return {
    name: ROLLUP_JOB,
    everyMs: ROLLUP_SWEEP_INTERVAL_MS,
    maxDuty: ROLLUP_SWEEP_MAX_DUTY,
    maxEveryMs: ROLLUP_SWEEP_MAX_DELAY_MS,
    // A flood of reports goes first, within the bound.
    yieldToIntakeMs: ROLLUP_SWEEP_MAX_DELAY_MS - ROLLUP_SWEEP_INTERVAL_MS,
    onceAcrossInstances: true,
    run: async () => {
      const now = deps.clock.ms();
      const mode =
        now - lastRebuild > ROLLUP_REBUILD_INTERVAL_MS
          ? 'rebuild'
          : now - lastRecount > ROLLUP_RECOUNT_INTERVAL_MS
            ? 'recount'
            : 'auto';
      const did: RefreshKind = await refreshDashboardRollup(deps, { mode });
      if (did === 'rebuild') lastRebuild = now;
      if (did === 'rebuild' || did === 'recount') lastRecount = now;
      return {};
    },
  };
}
