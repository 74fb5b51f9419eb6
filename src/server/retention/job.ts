import type { AppDeps } from '../deps.ts';
import type { Job } from '../platform/jobs/scheduler.ts';
import { runRetention } from './run-retention.ts';

export const RETENTION_JOB = 'retention';
/**
 * Once a minute: a schedule may be counted in minutes (a test installation, a demonstration), and a run
 * with nothing due costs a few index lookups. During a flood of reports it waits (up to ten minutes) and
 * then takes a small share.
 */
export const RETENTION_INTERVAL_MS = 60_000;

export function retentionJob(deps: AppDeps): Job {
  const log = deps.runtime.log.child({ component: 'retention' });
  return {
    name: RETENTION_JOB,
    everyMs: RETENTION_INTERVAL_MS,
    yieldToIntakeMs: 10 * RETENTION_INTERVAL_MS,
    // One instance disposes of a case: a run is audited once, its counts are the installation's.
    onceAcrossInstances: true,
    run: async (ctx) => {
      const run = await runRetention(deps, {
        actor: { type: 'system' },
        maxCases: ctx.busy ? 50 : 1000,
        stopping: ctx.stopping,
      });
      if (run.items.length > 0 || run.records.length > 0) {
        // Counts and rules only, as in the audit entry.
        log.info(
          {
            code: 'retention.run',
            cases: run.items.length,
            records: run.records.length,
            keys: run.keysShredded,
          },
          'retention run',
        );
      }
      return { more: run.more };
    },
  };
}
