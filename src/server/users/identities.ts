import { approverRolesFor, type OidcIdentity, type OidcIdentityList } from '../../shared/contracts/users.ts';
import type { Role } from '../../shared/roles.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';

/**
 * Linking the identities that the organisation's provider presents (auth/oidc-sign-in.ts) to FocalPoint
 * accounts, under the two-person rule: a link is what lets someone sign in as the account, so an
 * administrator proposes it and a second person approves it — a supervisor, or for an administrator's
 * account another administrator or a supervisor (`approverRolesFor`), never the proposer and never the
 * account's owner. Removing a link takes away access and is an administrator's alone.
 */
type IdentityRow = {
  id: string;
  email: string | null;
  display_name: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  user_id: string | null;
  account_email: string | null;
  account_role: Role | null;
  link_proposed_by: string | null;
  link_approved_by: string | null;
};

const SELECT = `SELECT i.id, i.email, i.display_name, i.first_seen_at, i.last_seen_at, i.user_id,
                       u.email AS account_email, u.role AS account_role, i.link_proposed_by, i.link_approved_by
                  FROM oidc_identities i LEFT JOIN users u ON u.id = i.user_id`;

const mayApprove = (row: IdentityRow, viewer: { userId: string; role: Role }) =>
  row.link_approved_by === null &&
  row.account_role !== null &&
  viewer.userId !== row.link_proposed_by &&
  viewer.userId !== row.user_id &&
  approverRolesFor(row.account_role).includes(viewer.role);

function present(row: IdentityRow, viewer: StaffPrincipal): OidcIdentity {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    firstSeenAt: row.first_seen_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    status: row.link_approved_by ? 'linked' : row.user_id ? 'proposed' : 'unlinked',
    account:
      row.user_id && row.account_email && row.account_role
        ? { id: row.user_id, email: row.account_email, role: row.account_role }
        : null,
    proposedBy: row.link_proposed_by,
    canApprove: mayApprove(row, viewer),
  };
}

export async function listIdentities(deps: AppDeps, viewer: StaffPrincipal): Promise<OidcIdentityList> {
  const { rows } = await deps.db.query<IdentityRow>(`${SELECT} ORDER BY i.last_seen_at DESC, i.id`);
  return { items: rows.map((r) => present(r, viewer)) };
}

async function locked(q: Queryable, id: string): Promise<IdentityRow> {
  await q.query('SELECT 1 FROM oidc_identities WHERE id = $1 FOR UPDATE', [id]);
  const row = await maybeOne<IdentityRow>(q, `${SELECT} WHERE i.id = $1`, [id]);
  if (!row) throw notFound();
  return row;
}

export async function proposeLink(
  deps: AppDeps,
  admin: StaffPrincipal,
  id: string,
  input: { userId: string },
): Promise<OidcIdentity> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await locked(tx, id);
    if (row.user_id) throw new AppError(409, 'error.proposalPending');
    if (input.userId === admin.userId) throw new AppError(409, 'error.ownAccount');
    const account = await maybeOne(tx, 'SELECT 1 FROM users WHERE id = $1 AND disabled_at IS NULL', [
      input.userId,
    ]);
    if (!account) throw notFound();
    const taken = await tx.query(
      `SELECT 1 FROM oidc_identities WHERE user_id = $1 AND issuer = (SELECT issuer FROM oidc_identities WHERE id = $2)`,
      [input.userId, id],
    );
    if (taken.rows.length) throw new AppError(409, 'error.proposalPending');
    await tx.query(
      'UPDATE oidc_identities SET user_id = $2, link_proposed_by = $3, link_proposed_at = $4 WHERE id = $1',
      [id, input.userId, admin.userId, now],
    );
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: admin.userId },
        action: 'user.identity.link_proposed',
        target: { type: 'oidc_identity', id },
        meta: { user: input.userId },
      },
      now,
    );
    return present(await locked(tx, id), admin);
  });
}

export async function approveLink(deps: AppDeps, who: StaffPrincipal, id: string): Promise<OidcIdentity> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await locked(tx, id);
    if (!row.user_id || row.link_approved_by) throw new AppError(409, 'error.proposalClosed');
    if (!mayApprove(row, who)) {
      if (who.userId === row.link_proposed_by) throw new AppError(403, 'error.ownProposal');
      if (who.userId === row.user_id) throw new AppError(403, 'error.ownAccount');
      throw new AppError(403, 'error.approverRole');
    }
    await tx.query('UPDATE oidc_identities SET link_approved_by = $2, link_approved_at = $3 WHERE id = $1', [
      id,
      who.userId,
      now,
    ]);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'user.identity.linked',
        target: { type: 'oidc_identity', id },
        meta: { user: row.user_id },
      },
      now,
    );
    return present(await locked(tx, id), who);
  });
}

/** Refuses a proposed link, or removes a link: the identity no longer signs in. */
export async function unlink(deps: AppDeps, who: StaffPrincipal, id: string): Promise<OidcIdentity> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await locked(tx, id);
    if (!row.user_id) throw new AppError(409, 'error.proposalClosed');
    await tx.query(
      `UPDATE oidc_identities SET user_id = NULL, link_proposed_by = NULL, link_proposed_at = NULL,
              link_approved_by = NULL, link_approved_at = NULL WHERE id = $1`,
      [id],
    );
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'user.identity.unlinked',
        target: { type: 'oidc_identity', id },
        meta: { user: row.user_id },
      },
      now,
    );
    return present(await locked(tx, id), who);
  });
}
