import type { ProposalApproved, ProposalList } from '../../shared/contracts/users.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { CreateUserInput, insertUser, newOneTimePassword } from './create-user.ts';
import { replaceCredentials } from './credentials.ts';
import { mayDecide, presentProposal, presentUser, USER_COLUMNS, type UserRow } from './presenter.ts';
import { closeProposal, type ProposalRow, pendingProposals, proposalById } from './proposals-repo.ts';
import { PROPOSAL_VALID_DAYS } from './propose-change.ts';

/**
 * The second person's side of the two-person rule: list what waits, approve, refuse; the proposer may
 * withdraw. Approving carries the change out in the same transaction as the decision and its audit entry.
 */

export async function listProposals(deps: AppDeps, viewer: StaffPrincipal): Promise<ProposalList> {
  const now = deps.clock.now();
  const rows = await pendingProposals(deps.db, now);
  return { items: rows.map((row) => presentProposal(row, viewer, now)) };
}

/** The proposal, locked, if it can still be decided. */
async function openProposal(q: Queryable, id: string, now: Date): Promise<ProposalRow> {
  const row = await proposalById(q, id, true);
  if (!row) throw notFound();
  if (row.status !== 'pending') throw new AppError(409, 'error.proposalClosed');
  if (row.expires_at.getTime() <= now.getTime())
    throw new AppError(409, 'error.proposalExpired', { params: { days: PROPOSAL_VALID_DAYS } });
  return row;
}

/** Why `who` may not decide `row`, checked in the order a person would want to hear it. */
function refuseUnlessSecondPerson(row: ProposalRow, who: StaffPrincipal): void {
  if (mayDecide(row, who)) return;
  if (who.userId === row.proposed_by) throw new AppError(403, 'error.ownProposal');
  if (who.userId === row.target_user_id) throw new AppError(403, 'error.ownAccount');
  throw new AppError(403, 'error.approverRole');
}

async function lockedTarget(q: Queryable, row: ProposalRow): Promise<UserRow> {
  const user = await maybeOne<UserRow>(q, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [
    row.target_user_id,
  ]);
  // The account changed since the proposal (its role, or it was enabled meanwhile): the approver was
  // asked about another situation than the one they would now create.
  const stale = !user || user.role !== row.from_role || (row.kind === 'enable' && user.disabled_at === null);
  if (stale) throw new AppError(409, 'error.proposalStale');
  return user;
}

export async function approveProposal(
  deps: AppDeps,
  who: StaffPrincipal,
  id: string,
): Promise<ProposalApproved> {
  const now = deps.clock.now();
  // Hashing takes tens of milliseconds: done before the transaction, not while it holds locks.
  const half = await newOneTimePassword();
  return deps.db.transaction(async (tx) => {
    const row = await openProposal(tx, id, now);
    refuseUnlessSecondPerson(row, who);
    const actor = { type: 'user' as const, id: who.userId };
    const totpSecret =
      row.kind === 'enable'
        ? null
        : await deps.vault.openText(tx, row.totp_secret_sealed, `account_proposal.totp:${row.id}`);
    let userId: string;
    if (row.kind === 'create') {
      const exists = await tx.query('SELECT 1 FROM users WHERE email = $1', [row.email]);
      if (exists.rows.length) throw new AppError(409, 'error.proposalStale');
      const input = CreateUserInput.parse({
        email: row.email,
        role: row.role,
        displayName: row.display_name ?? '',
        locale: row.locale ?? 'en',
      });
      userId = (await insertUser(tx, deps, input, { ...half, totpSecret: totpSecret! }, actor)).id;
    } else {
      const user = await lockedTarget(tx, row);
      userId = user.id;
      const target = { type: 'user', id: userId };
      if (row.kind === 'enable') {
        await tx.query('UPDATE users SET disabled_at = NULL WHERE id = $1', [userId]);
        await appendAudit(tx, deps.keys, { actor, action: 'user.enabled', target }, now);
      } else {
        if (row.kind === 'elevate') {
          await tx.query('UPDATE users SET role = $2 WHERE id = $1', [userId, row.role]);
          await appendAudit(
            tx,
            deps.keys,
            { actor, action: 'user.role_changed', target, meta: { from: user.role, to: row.role } },
            now,
          );
        }
        const ended = await replaceCredentials(deps, tx, user, { ...half, totpSecret: totpSecret! });
        await appendAudit(
          tx,
          deps.keys,
          { actor, action: 'user.credentials_reset', target, meta: { sessions_ended: ended } },
          now,
        );
      }
    }
    await closeProposal(tx, row.id, { status: 'approved', by: who.userId, at: now });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor,
        action: 'user.proposal.approved',
        target: { type: 'account_proposal', id: row.id },
        meta: { kind: row.kind, role: row.role, user: userId },
      },
      now,
    );
    const decided = await proposalById(tx, row.id);
    const user = await maybeOne<UserRow>(tx, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [userId]);
    if (!decided || !user) throw notFound();
    return {
      proposal: presentProposal(decided, who, now),
      user: presentUser(user, deps.runtime.auth.throttle.recentFailures(user.email)),
      oneTimePassword: row.kind === 'enable' ? null : half.password,
    };
  });
}

/** A second person refuses; the proposer withdraws. Nothing changes but the proposal. */
export async function refuseProposal(deps: AppDeps, who: StaffPrincipal, id: string) {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await openProposal(tx, id, now);
    const withdrawn = who.userId === row.proposed_by;
    if (!withdrawn) refuseUnlessSecondPerson(row, who);
    const status = withdrawn ? 'withdrawn' : 'refused';
    await closeProposal(tx, row.id, { status, by: who.userId, at: now });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: `user.proposal.${status}`,
        target: { type: 'account_proposal', id: row.id },
        meta: { kind: row.kind, role: row.role },
      },
      now,
    );
    const decided = await proposalById(tx, row.id);
    if (!decided) throw notFound();
    return presentProposal(decided, who, now);
  });
}
