import type { Referral } from '../../shared/contracts/referrals.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { auditActor, loadVisible, present, type ReferralActor, type ReferralDeps } from './access.ts';

/** One referral; a partner's view of it is audited (it carries the case reference and purpose). */
export async function viewReferral(deps: ReferralDeps, actor: ReferralActor, id: string): Promise<Referral> {
  return deps.db.transaction(async (tx) => {
    await loadVisible(tx, actor, id);
    await appendAudit(
      tx,
      deps.keys,
      { actor: auditActor(actor), action: 'referral.viewed', target: { type: 'referral', id } },
      deps.clock.now(),
    );
    return present(deps, tx, actor, id);
  });
}
