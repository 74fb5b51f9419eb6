import type { ReferralList, ReferralListQuery } from '../../shared/contracts/referrals.ts';
import { canSee, openText, type ReferralActor, type ReferralDeps, UUID } from './access.ts';
import { presentSummary } from './presenter.ts';
import * as repo from './repo.ts';

/** Partners: their organisation's sent referrals. Staff: the referrals of the cases they may see. */
export async function listReferrals(
  deps: ReferralDeps,
  actor: ReferralActor,
  query: ReferralListQuery,
): Promise<ReferralList> {
  const isPartner = actor.role === 'partner';
  if (isPartner && !actor.partnerOrgId) return { items: [] };
  if (query.caseId !== undefined && !UUID.test(query.caseId)) return { items: [] };
  const rows = await repo.listReferrals(deps.db, {
    ...(isPartner ? { partnerOrgId: actor.partnerOrgId ?? '', status: 'sent' as const } : {}),
    ...(actor.role === 'caseworker' ? { assigneeId: actor.userId } : {}),
    ...(query.caseId && !isPartner ? { caseId: query.caseId } : {}),
    ...(query.status && !isPartner ? { status: query.status } : {}),
  });
  const now = deps.clock.now();
  const items = [];
  for (const row of rows.filter((r) => canSee(actor, r))) {
    items.push(presentSummary(row, await openText(deps, deps.db, row), { isPartner }, now));
  }
  return { items };
}
