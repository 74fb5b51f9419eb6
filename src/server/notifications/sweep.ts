import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { intakeIsBusy } from '../intake/pressure.ts';
import { mailerFor } from './mailer.ts';
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
export const SWEEP_INTERVAL_MS = 10_000;
/**
 * During a flood of reports (intake/pressure.ts) a sweep is skipped, but never for longer than this: a claim
 * then covers thousands of reports (0.3 s of database time at 650 reports/s), and staff still hear of
 * high-risk arrivals within half a minute — in one digest, which is what they need in a flood anyway.
 */
export const SWEEP_MAX_DEFER_MS = 30_000;

/** One sweep: claim what is new (committed), then send. Never throws. */
export async function sweepNotifications(
  deps: Pick<AppDeps, 'config' | 'db' | 'clock'>,
): Promise<NotifyResult[]> {
  const now = deps.clock();
  let claims: { highRisk: HighRiskClaim[]; messages: MessageClaim[] };
  try {
    claims = await deps.db.transaction(async (tx) => ({
      highRisk: await claimHighRiskReports(tx, { now }),
      messages: await claimReporterMessages(tx, { now }),
    }));
  } catch (err) {
    // The database is away, say: the next sweep tries again. Logged as a code, never with content.
    mailerFor(deps).log.warn(
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

/** Runs the sweeper while the app is up: registered once in routes.ts, stopped when the app closes. */
export function notificationSweeper(
  deps: AppDeps,
  intervalMs = SWEEP_INTERVAL_MS,
  maxDeferMs = SWEEP_MAX_DEFER_MS,
): FastifyPluginAsync {
  return async (app) => {
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    let lastSweep = Date.now();
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        const now = Date.now();
        if (intakeIsBusy(deps.db, now) && now - lastSweep < maxDeferMs) return;
        lastSweep = now;
        running = running.then(() => sweepNotifications(deps));
      }, intervalMs);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer);
      await running;
    });
  };
}
