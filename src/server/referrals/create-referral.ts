import { randomUUID } from 'node:crypto';
import type { NewReferral, Referral } from '../../shared/contracts/referrals.ts';
import { removeBlobs } from '../evidence/store.ts';
import * as orgRepo from '../partner-orgs/repo.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import { auditActor, demandConsent, present, type ReferralActor, type ReferralDeps, UUID } from './access.ts';
import { approve } from './approve-override.ts';
import { notifyOverrideRequested, notifyReferralSent } from './notify.ts';
import { consentNeededFor } from './policy.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';
import { sendReferral } from './send-referral.ts';

/**
 * A referral of a case to one partner. On consent it is sent at once. Under an imminent-danger override
 * it is sent at once when a supervisor makes it (their creating it is their approval), and waits for a
 * supervisor's approval when a caseworker asks for it.
 */
export async function createReferral(
  deps: ReferralDeps,
  actor: ReferralActor,
  caseId: string,
  input: NewReferral,
): Promise<Referral> {
  if (!UUID.test(caseId)) throw notFound();
  const now = deps.clock.now();
  const written: string[] = [];
  let referral: Referral;
  try {
    referral = await deps.db.transaction(async (tx) => {
      const kase = await repo.findCase(tx, caseId, { forUpdate: true });
      if (!kase) throw notFound();
      if (actor.role === 'caseworker' && kase.assignee_id !== actor.userId) throw forbidden();
      if (actor.role !== 'caseworker' && actor.role !== 'supervisor') throw forbidden();
      if (kase.merged_into_id) throw new AppError(409, 'referrals.error.caseMerged');
      const org = UUID.test(input.partnerOrgId) ? await orgRepo.findOrg(tx, input.partnerOrgId) : undefined;
      if (!org) {
        throw new AppError(400, 'error.validation', {
          fields: { partnerOrgId: { key: 'error.invalidChoice' } },
        });
      }
      if (!org.active) {
        throw new AppError(400, 'error.validation', {
          fields: { partnerOrgId: { key: 'referrals.error.orgInactive' } },
        });
      }
      let consentReliedOn: ReturnType<typeof consentNeededFor> | null = null;
      if (input.basis === 'consent') {
        if (input.overrideReason) {
          throw new AppError(400, 'error.validation', {
            fields: { overrideReason: { key: 'referrals.error.overrideReasonOnlyForOverride' } },
          });
        }
        consentReliedOn = consentNeededFor(org.kind);
        demandConsent(await repo.reportsOfCase(tx, caseId), consentReliedOn);
      } else if (!input.overrideReason) {
        throw new AppError(400, 'error.validation', {
          fields: { overrideReason: { key: 'referrals.error.overrideReasonRequired' } },
        });
      }

      const id = randomUUID();
      const dataKey = await deps.vault.newDataKey(tx);
      await repo.insertReferral(tx, {
        id,
        caseId,
        partnerOrgId: org.id,
        basis: input.basis,
        consentReliedOn,
        createdBy: actor.userId,
        createdAt: now,
        dataKeyId: dataKey.id,
        purposeSealed: deps.vault.seal(dataKey, input.purpose, aad.purpose(id)),
        noteSealed: input.note ? deps.vault.seal(dataKey, input.note, aad.note(id)) : null,
        overrideReasonSealed: input.overrideReason
          ? deps.vault.seal(dataKey, input.overrideReason, aad.overrideReason(id))
          : null,
      });
      const overrideRequested = input.basis === 'imminent_danger' && actor.role !== 'supervisor';
      await repo.addReferralEvent(tx, deps.vault, {
        referralId: id,
        at: now,
        actorId: actor.userId,
        kind: overrideRequested ? 'override_requested' : 'created',
      });
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: auditActor(actor),
          action: 'referral.created',
          target: { type: 'referral', id },
          meta: { case: caseId, partner_org: org.id, partner_kind: org.kind, basis: input.basis },
        },
        now,
      );
      if (input.basis === 'imminent_danger' && actor.role === 'supervisor') {
        await approve(tx, deps, { referralId: id, approverId: actor.userId, now });
      }
      if (!overrideRequested) {
        const row = await repo.findReferral(tx, id, { forUpdate: true });
        if (!row) throw notFound();
        await sendReferral(tx, deps, { row, actorId: actor.userId, now, written });
      }
      return present(deps, tx, actor, id);
    });
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  }
  const told = { caseReference: referral.caseReference };
  if (referral.status === 'sent')
    void notifyReferralSent(deps, { ...told, partnerOrgId: referral.partnerOrg.id });
  else void notifyOverrideRequested(deps, { ...told, caseId });
  return referral;
}
