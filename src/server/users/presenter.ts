import { approverRolesFor, type Proposal, type UserSummary } from '../../shared/contracts/users.ts';
import type { Role } from '../../shared/roles.ts';
import type { ProposalRow } from './proposals-repo.ts';

export type UserRow = {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  partner_org_id: string | null;
  locale: 'en' | 'fr';
  disabled_at: Date | null;
  on_duty: boolean;
  must_change_password: boolean;
  created_at: Date;
};

export const USER_COLUMNS =
  'id, email, display_name, role, partner_org_id, locale, disabled_at, on_duty, must_change_password, created_at';

/** A user as admins see it: account facts only — no hash, no secret, nothing of any case. */
export function presentUser(row: UserRow, recentSignInFailures: number): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    partnerOrgId: row.partner_org_id,
    locale: row.locale,
    disabled: row.disabled_at !== null,
    onDuty: row.on_duty,
    mustChangePassword: row.must_change_password,
    recentSignInFailures,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * A proposal as admins and supervisors see it: who proposed what for which account, and whether the one
 * looking may decide it. Never a secret.
 */
export function presentProposal(
  row: ProposalRow,
  viewer: { userId: string; role: Role },
  now: Date,
): Proposal {
  const open = row.status === 'pending' && row.expires_at.getTime() > now.getTime();
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    account: { id: row.target_user_id, email: row.account_email, displayName: row.account_name },
    role: row.role,
    fromRole: row.from_role,
    proposedBy: { id: row.proposed_by, email: row.proposer_email, displayName: row.proposer_name },
    proposedAt: row.proposed_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    decidedBy:
      row.decided_by && row.decider_email !== null
        ? { id: row.decided_by, email: row.decider_email, displayName: row.decider_name ?? '' }
        : null,
    decidedAt: row.decided_at ? row.decided_at.toISOString() : null,
    canApprove: open && mayDecide(row, viewer),
    canWithdraw: open && row.proposed_by === viewer.userId,
  };
}

/** The second person: not the proposer, not the account's owner, and of a role that may give this role. */
export const mayDecide = (row: ProposalRow, viewer: { userId: string; role: Role }): boolean =>
  viewer.userId !== row.proposed_by &&
  viewer.userId !== row.target_user_id &&
  approverRolesFor(row.role).includes(viewer.role);
