import type { AppDeps } from '../deps.ts';
import type { Job } from '../platform/jobs/scheduler.ts';
import { sweepEscalations } from './escalate.ts';

export const ESCALATION_JOB = 'escalations';

/**
 * How often the sweep looks: every 15 seconds, or more often when the configured delay is shorter (a
 * fraction of a minute, in a browser test), so a case escalates within a quarter of its delay.
 */
export function escalationPeriodMs(minutes: number): number {
  return Math.max(1_000, Math.min(15_000, Math.round((minutes * 60_000) / 4)));
}

/** The escalation sweep as a job of the runtime's scheduler (steps aside for a flood, up to a minute). */
export function escalationJob(deps: AppDeps): Job {
  return {
    name: ESCALATION_JOB,
    everyMs: escalationPeriodMs(deps.config.frontline.escalateImmediateMinutes),
    yieldToIntakeMs: 60_000,
    // One instance escalates a case: each escalation is one audit entry and one e-mail to the supervisors.
    onceAcrossInstances: true,
    run: async () => {
      await sweepEscalations(deps);
      return {};
    },
  };
}
