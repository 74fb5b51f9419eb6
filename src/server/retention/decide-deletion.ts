import type {
  DeletionDecision,
  DeletionRequest,
  DeletionRequestList,
} from '../../shared/contracts/retention.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { notifyConsentWithdrawn } from '../referrals/notify.ts';
import { drainBlobQueue } from './blob-queue.ts';
import { presentDeletionRequest } from './presenter.ts';
import * as repo from './repo.ts';
import { readSettings } from './schedule.ts';
import { destroyReports, writeLedger } from './tombstones.ts';

/**
 * Deletion on request. The reporter asks in follow-up (followup/service.ts: from then on the report links to
 * nothing and no search finds it); a supervisor approves — the report is destroyed at once, with its case
 * when no other report is left in it, and partners that received it in a referral are told that the person
 * withdrew — or refuses with a reason the reporter reads in their language (a legal hold, an obligation to
 * keep it, an investigation under way). A refused request stays open and may be approved later. The
 * reporter sees the outcome in follow-up until the receipt stops working (notice.receipt).
 */
export type DeletionDeps = Pick<AppDeps, 'db' | 'keys' | 'vault' | 'clock' | 'blobs' | 'config' | 'runtime'>;

export const DELETION_RULE = 'deletion_request';

export async function listDeletionRequests(deps: Pick<AppDeps, 'db'>): Promise<DeletionRequestList> {
  return { items: (await repo.listDeletionRequests(deps.db)).map(presentDeletionRequest) };
}

export async function decideDeletion(
  deps: DeletionDeps,
  actor: { userId: string },
  reportId: string,
  decision: DeletionDecision,
): Promise<DeletionRequest> {
  const now = deps.clock.now();
  const approved = await deps.db.transaction(async (tx) => {
    const row = await repo.findDeletionRequest(tx, reportId, { forUpdate: true });
    if (!row?.requested_at) throw notFound();
    if (row.destroyed_at || row.decision === 'approved')
      throw new AppError(409, 'retention.error.alreadyDeleted');
    const audit = (action: string, meta: Record<string, string>) =>
      appendAudit(
        tx,
        deps.keys,
        { actor: { type: 'user', id: actor.userId }, action, target: { type: 'report', id: reportId }, meta },
        now,
      );
    if (decision.decision === 'refuse') {
      await repo.recordDeletionDecision(tx, {
        reportId,
        decision: 'refused',
        refusal: decision.refusal,
        by: actor.userId,
        at: now,
      });
      await audit('retention.deletion.refused', { refusal: decision.refusal });
      return false;
    }
    if (await repo.caseIsHeld(tx, row.case_id)) throw new AppError(409, 'retention.error.held');
    const { settings } = await readSettings(tx);
    const notice = settings['notice.receipt'];
    await repo.withdrawConsents(tx, reportId);
    const outcome = await destroyReports(tx, deps, [reportId], {
      now,
      rule: () => DELETION_RULE,
      receiptUntil: notice === null ? null : new Date(now.getTime() + notice * 60_000),
    });
    await repo.recordDeletionDecision(tx, {
      reportId,
      decision: 'approved',
      refusal: null,
      by: actor.userId,
      at: now,
    });
    await audit('retention.deletion.approved', {
      case: outcome.wholeCases.length > 0 ? 'destroyed' : 'kept',
      keys: String(outcome.keysShredded),
    });
    return true;
  });
  if (approved) {
    await drainBlobQueue(deps);
    await writeLedger(deps);
    // After the commit, never blocking the answer: partners holding a referral of it hear the person withdrew.
    void notifyConsentWithdrawn(deps, reportId);
  }
  const after = await repo.findDeletionRequest(deps.db, reportId);
  if (!after) throw notFound();
  return presentDeletionRequest(after);
}
