import type { Referral } from '../../shared/contracts/referrals.ts';
import type { RegulatorReferralInput } from '../../shared/contracts/registries.ts';
import type { AppDeps } from '../deps.ts';
import { maybeOne } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import type { ReferralActor } from '../referrals/access.ts';
import { createReferral } from '../referrals/create-referral.ts';
import { actorOf } from './presenter.ts';

/**
 * One step from a named actor possibly acting unregistered to a referral of its case to the register's
 * regulator (a partner of kind `regulator`: Canada's Foreign Influence Transparency Commissioner is seeded).
 * The referral itself is the referrals feature's: consent checked, package built, sent, audited. The match
 * then remembers the referral (and counts as confirmed).
 */
export async function referToRegulator(
  deps: AppDeps,
  actor: ReferralActor,
  matchId: string,
  input: RegulatorReferralInput,
): Promise<Referral> {
  const match = await maybeOne<{
    case_id: string;
    registered: boolean;
    actor_group: string | null;
    naming: string;
    referral_id: string | null;
  }>(
    deps.db,
    `SELECT r.case_id, m.registered, m.actor_group, m.referral_id,
            (SELECT count(DISTINCT o.report_id) FROM registry_matches o WHERE o.actor = m.actor)::text AS naming
       FROM registry_matches m JOIN reports r ON r.id = m.report_id WHERE m.id = $1`,
    [matchId],
  );
  if (!match) throw notFound();
  if (match.registered) throw new AppError(409, 'registries.error.registered');
  if (match.referral_id) throw new AppError(409, 'registries.error.referred');
  const regulator =
    input.partnerOrgId ??
    (
      await maybeOne<{ id: string }>(
        deps.db,
        `SELECT id FROM partner_orgs WHERE kind = 'regulator' AND active ORDER BY seed_code = 'ca_fitc' DESC, name LIMIT 1`,
      )
    )?.id;
  if (!regulator) throw new AppError(409, 'registries.error.noRegulator');
  const group = actorOf(match.actor_group);
  const referral = await createReferral(deps, actor, match.case_id, {
    partnerOrgId: regulator,
    basis: 'consent',
    purpose:
      `A named actor that may be acting for a foreign state without registering: ${group ? group.label : 'an organisation the reporter names (see the report)'}. ` +
      `Named in ${match.naming} report(s) to this focal point; it appears in no foreign-influence register imported here.`,
    note: input.note,
  });
  await deps.db.query(
    `UPDATE registry_matches SET referral_id = $2, decision = 'confirmed', decided_by = $3, decided_at = $4
      WHERE id = $1`,
    [matchId, referral.id, actor.userId, deps.clock.now()],
  );
  return referral;
}
