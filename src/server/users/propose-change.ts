import { randomUUID } from 'node:crypto';
import {
  isGuardedRole,
  type ProposalMade,
  ProposalRequest,
  roleChangeNeedsApproval,
} from '../../shared/contracts/users.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import { totpUri } from '../auth/totp.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { newTotpSecret } from './create-user.ts';
import { presentProposal } from './presenter.ts';
import { expireProposals, insertProposal, type NewProposal, proposalById } from './proposals-repo.ts';

/**
 * An admin proposes what they may not do alone (see the two-person rule in shared/contracts/users.ts):
 * create an account with a content role or the administrator role, raise an account to one, reset such an
 * account's credentials, or enable such an account again. Nothing changes until a second person approves
 * (decide-proposal.ts).
 *
 * Credentials are split between the two people. When the proposal renews them (create, elevate, reset), the
 * new TOTP secret is made now and answered to the proposer, once; the approver receives the one-time
 * password at approval. Neither can sign in as the account alone; the person it is for gets one half from
 * each, changes the password at first sign-in, and may enrol a new second factor of their own.
 */
export const PROPOSAL_VALID_DAYS = 7;

type Target = { id: string; email: string; role: NewProposal['role']; disabled_at: Date | null };

async function target(q: Queryable, id: string, proposer: StaffPrincipal): Promise<Target> {
  const row = await maybeOne<Target>(q, 'SELECT id, email, role, disabled_at FROM users WHERE id = $1', [id]);
  if (!row) throw notFound();
  if (row.id === proposer.userId) throw new AppError(409, 'error.ownAccount');
  return row;
}

const noApprovalNeeded = () => new AppError(409, 'error.noApprovalNeeded');

export async function proposeChange(
  deps: AppDeps,
  admin: StaffPrincipal,
  input: ProposalRequest,
): Promise<ProposalMade> {
  const request = ProposalRequest.parse(input);
  const now = deps.clock.now();
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    await expireProposals(tx, now);
    let proposal: Omit<NewProposal, 'totpSecretSealed'>;
    const base = {
      id,
      proposedBy: admin.userId,
      proposedAt: now,
      expiresAt: new Date(now.getTime() + PROPOSAL_VALID_DAYS * 86_400_000),
    };
    switch (request.kind) {
      case 'create': {
        if (!isGuardedRole(request.role)) throw noApprovalNeeded();
        const email = request.email.toLowerCase();
        const taken = await tx.query('SELECT 1 FROM users WHERE email = $1', [email]);
        if (taken.rows.length)
          throw new AppError(409, 'error.validation', { fields: { email: { key: 'error.emailTaken' } } });
        proposal = {
          ...base,
          kind: 'create',
          targetUserId: null,
          email,
          displayName: request.displayName,
          locale: request.locale,
          role: request.role,
          fromRole: null,
        };
        break;
      }
      case 'elevate': {
        const user = await target(tx, request.userId, admin);
        if (!roleChangeNeedsApproval(user.role, request.role)) throw noApprovalNeeded();
        proposal = { ...base, kind: 'elevate', ...existing(user), role: request.role, fromRole: user.role };
        break;
      }
      case 'reset': {
        const user = await target(tx, request.userId, admin);
        if (!isGuardedRole(user.role)) throw noApprovalNeeded();
        proposal = { ...base, kind: 'reset', ...existing(user), role: user.role, fromRole: user.role };
        break;
      }
      case 'enable': {
        const user = await target(tx, request.userId, admin);
        if (!isGuardedRole(user.role)) throw noApprovalNeeded();
        if (!user.disabled_at) throw new AppError(409, 'error.notDisabled');
        proposal = { ...base, kind: 'enable', ...existing(user), role: user.role, fromRole: user.role };
        break;
      }
    }
    const totpSecret = proposal.kind === 'enable' ? null : newTotpSecret();
    const sealed = totpSecret
      ? deps.vault.seal(await deps.vault.newDataKey(tx), totpSecret, `account_proposal.totp:${id}`)
      : null;
    if (!(await insertProposal(tx, { ...proposal, totpSecretSealed: sealed })))
      throw new AppError(409, 'error.proposalPending');
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: admin.userId },
        action: 'user.proposal.made',
        target: { type: 'account_proposal', id },
        meta: {
          kind: proposal.kind,
          role: proposal.role,
          ...(proposal.targetUserId ? { user: proposal.targetUserId } : {}),
        },
      },
      now,
    );
    const row = await proposalById(tx, id);
    if (!row) throw notFound();
    return {
      proposal: presentProposal(row, admin, now),
      secondFactor: totpSecret
        ? { email: row.account_email, totpSecret, totpUri: totpUri(totpSecret, row.account_email) }
        : null,
    };
  });
}

const existing = (user: Target) => ({
  targetUserId: user.id,
  email: null,
  displayName: null,
  locale: null,
});
