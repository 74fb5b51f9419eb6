import type { AppDeps } from '../deps.ts';
import type { Job } from '../platform/jobs/scheduler.ts';
import {
  announceHighRisk,
  claimHighRiskReports,
  claimReporterMessages,
  type HighRiskClaim,
  type MessageClaim,
  type NotifyResult,
  sendReporterMessage,
} from './notify.ts';

/**
 * Arrivals are announced from the database, not from the request that stored them: every few seconds the
 * sweeper claims the high-risk reports and reporter messages nobody has announced yet (notification_log),
 * commits the claim, then sends. A request never waits for SMTP; a crash between commit and send loses at
 * most one e-mail, never sends one twice; several instances never announce the same arrival twice.
 * Synthetic (demo) reports are never announced, nor anything older than a day (a restored backup must not
 * flood inboxes).
 */
export const NOTIFICATION_JOB = 'notifications';
export const SWEEP_INTERVAL_MS = 10_000;
/**
 * During a flood of reports (platform/jobs/pressure.ts) a due sweep waits, but never longer than this: a
 * claim then covers thousands of reports (0.3 s of database time at 650 reports/s), and staff still hear
 * of high-risk arrivals within half a minute of the sweep before — in one digest, which is what they need
 * in a flood anyway.
 */
export const SWEEP_MAX_DEFER_MS = 20_000;

/** One sweep: claim what is new (committed), then send. Never throws. */
export async function sweepNotifications(
  deps: Pick<AppDeps, 'config' | 'db' | 'clock' | 'runtime'>,
): Promise<NotifyResult[]> {
  const now = deps.clock.now();
  let claims: { highRisk: HighRiskClaim[]; messages: MessageClaim[] };
  try {
    claims = await deps.db.transaction(async (tx) => ({
      highRisk: await claimHighRiskReports(tx, { now }),
      messages: await claimReporterMessages(tx, { now }),
    }));
  } catch (err) {
    // The database is away, say: the next sweep tries again. Logged as a code, never with content.
    deps.runtime.mailer.log.warn(
      { code: 'notifications.sweep_failed', errorType: (err as Error).name },
      'notification sweep failed',
    );
    return [];
  }
  const [highRisk, messages] = await Promise.all([
    announceHighRisk(deps, claims.highRisk),
    Promise.all(claims.messages.map((c) => sendReporterMessage(deps, c))),
  ]);
  return [...highRisk, ...messages];
}

/** The sweep as a job of the runtime's scheduler. */
export function notificationJob(deps: AppDeps): Job {
  return {
    name: NOTIFICATION_JOB,
    everyMs: SWEEP_INTERVAL_MS,
    yieldToIntakeMs: SWEEP_MAX_DEFER_MS,
    onceAcrossInstances: true,
    run: async () => {
      await sweepNotifications(deps);
      return {};
    },
  };
}
