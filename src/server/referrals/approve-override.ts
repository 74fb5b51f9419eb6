import type { Referral } from '../../shared/contracts/referrals.ts';
import { removeBlobs } from '../evidence/store.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import { loadVisible, present, type ReferralActor, type ReferralDeps } from './access.ts';
import { notifyReferralSent } from './notify.ts';
import * as repo from './repo.ts';
import { sendReferral } from './send-referral.ts';

/** Records a supervisor's approval of an override, inside the caller's transaction. */
export async function approve(
  tx: Queryable,
  deps: ReferralDeps,
  o: { referralId: string; approverId: string; now: Date },
) {
  await repo.approveOverride(tx, o.referralId, o.approverId, o.now);
  await repo.addReferralEvent(tx, deps.vault, {
    referralId: o.referralId,
    at: o.now,
    actorId: o.approverId,
    kind: 'override_approved',
  });
  await appendAudit(
    tx,
    deps.keys,
    {
      actor: { type: 'user', id: o.approverId },
      action: 'referral.override_approved',
      target: { type: 'referral', id: o.referralId },
    },
    o.now,
  );
}

/** A supervisor approves a caseworker's imminent-danger override: the referral is sent. */
export async function approveOverride(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
): Promise<Referral> {
  if (actor.role !== 'supervisor') throw forbidden();
  const now = deps.clock.now();
  const written: string[] = [];
  let referral: Referral;
  try {
    referral = await deps.db.transaction(async (tx) => {
      const row = await loadVisible(tx, actor, id, true);
      if (row.status !== 'pending_approval' || row.basis !== 'imminent_danger') {
        throw new AppError(409, 'referrals.error.notPending');
      }
      await approve(tx, deps, { referralId: id, approverId: actor.userId, now });
      const approved = await repo.findReferral(tx, id, { forUpdate: true });
      if (!approved) throw notFound();
      await sendReferral(tx, deps, { row: approved, actorId: actor.userId, now, written });
      return present(deps, tx, actor, id);
    });
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  }
  void notifyReferralSent(deps, {
    partnerOrgId: referral.partnerOrg.id,
    caseReference: referral.caseReference,
  });
  return referral;
}
