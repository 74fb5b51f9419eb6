import type { Referral, ReferralPatch } from '../../shared/contracts/referrals.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, forbidden } from '../platform/http/errors.ts';
import { auditActor, loadVisible, present, type ReferralActor, type ReferralDeps } from './access.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/** The partner's answer: acknowledgement, their reference number, an outcome with a note. */
export async function answerReferral(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
  patch: ReferralPatch,
): Promise<Referral> {
  if (actor.role !== 'partner') throw forbidden();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (patch.outcomeNote !== undefined && patch.outcome === undefined) {
      throw new AppError(400, 'error.validation', { fields: { outcome: { key: 'error.required' } } });
    }
    const dataKey = await deps.vault.dataKey(tx, row.data_key_id);
    const acknowledging = !row.acknowledged_at && (patch.acknowledge === true || patch.outcome !== undefined);
    const answer: repo.PartnerAnswer = {};
    const log = async (action: string, meta?: Record<string, string>) =>
      appendAudit(
        tx,
        deps.keys,
        { actor: auditActor(actor), action, target: { type: 'referral', id }, ...(meta ? { meta } : {}) },
        now,
      );
    if (acknowledging) {
      answer.acknowledgedAt = now;
      answer.acknowledgedBy = actor.userId;
      await repo.addReferralEvent(tx, deps.vault, {
        referralId: id,
        at: now,
        actorId: actor.userId,
        kind: 'acknowledged',
      });
      await log('referral.acknowledged');
    }
    if (patch.partnerReference !== undefined) {
      answer.partnerReferenceSealed = deps.vault.seal(
        dataKey,
        patch.partnerReference,
        aad.partnerReference(id),
      );
      await log('referral.partner_reference_set');
    }
    if (patch.outcome !== undefined) {
      answer.outcome = patch.outcome;
      answer.outcomeAt = now;
      answer.outcomeNoteSealed = patch.outcomeNote
        ? deps.vault.seal(dataKey, patch.outcomeNote, aad.outcomeNote(id))
        : null;
      await repo.addReferralEvent(tx, deps.vault, {
        referralId: id,
        at: now,
        actorId: actor.userId,
        kind: 'outcome',
        outcome: patch.outcome,
        ...(patch.outcomeNote ? { note: patch.outcomeNote } : {}),
      });
      await log('referral.outcome_set', { outcome: patch.outcome });
    }
    await repo.recordAnswer(tx, id, answer, now);
    return present(deps, tx, actor, id);
  });
}
