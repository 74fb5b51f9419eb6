import {
  type CreateUserRequest,
  isGuardedRole,
  roleChangeNeedsApproval,
  type UpdateUserRequest,
  type UserCredentials,
} from '../../shared/contracts/users.ts';
import type { Role } from '../../shared/roles.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { totpUri } from '../auth/totp.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { CreateUserInput, insertUser, newCredentials, UserError } from './create-user.ts';
import { replaceCredentials } from './credentials.ts';
import { presentUser, USER_COLUMNS, type UserRow } from './presenter.ts';

/**
 * User administration by admins: list, create, change, disable, reset. Never touches case data. What would
 * give an account power over case content, or make an administrator, is refused here with
 * `error.approvalRequired`: it takes a proposal and a second person (propose-change.ts, decide-proposal.ts).
 */

const present = (deps: AppDeps, row: UserRow) =>
  presentUser(row, deps.runtime.auth.throttle.recentFailures(row.email));

function appErrorFrom(err: unknown): unknown {
  if (!(err instanceof UserError)) return err;
  switch (err.code) {
    case 'emailTaken':
      return new AppError(409, 'error.validation', { fields: { email: { key: 'error.emailTaken' } } });
    case 'partnerOrgRequired':
      return new AppError(400, 'error.validation', {
        fields: { partnerOrgId: { key: 'error.partnerOrgRequired' } },
      });
    case 'partnerOrgUnknown':
      return new AppError(400, 'error.validation', {
        fields: { partnerOrgId: { key: 'error.invalidChoice' } },
      });
    case 'partnerOrgOnlyForPartners':
      return new AppError(400, 'error.validation', {
        fields: { partnerOrgId: { key: 'error.partnerOrgOnlyForPartners' } },
      });
    case 'invalid':
      return new AppError(400, 'error.validation');
  }
}

export async function listUsers(deps: AppDeps) {
  const { rows } = await deps.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY role, email`);
  const items = rows.map((r) => present(deps, r));
  return { items, total: items.length };
}

export async function createUserByAdmin(
  deps: AppDeps,
  admin: StaffPrincipal,
  input: CreateUserRequest,
): Promise<UserCredentials> {
  if (isGuardedRole(input.role)) throw approvalRequired();
  const parsed = CreateUserInput.parse({
    email: input.email,
    role: input.role,
    displayName: input.displayName,
    locale: input.locale,
    ...(input.partnerOrgId ? { org: input.partnerOrgId } : {}),
  });
  const credentials = await newCredentials();
  try {
    return await deps.db.transaction(async (tx) => {
      const created = await insertUser(tx, deps, parsed, credentials, {
        type: 'user',
        id: admin.userId,
      });
      const row = await userRow(tx, created.id);
      return {
        user: present(deps, row),
        email: created.email,
        password: created.password,
        totpSecret: created.totpSecret,
        totpUri: totpUri(created.totpSecret, created.email),
      };
    });
  } catch (err) {
    throw appErrorFrom(err);
  }
}

async function userRow(q: Queryable, id: string): Promise<UserRow> {
  const row = await maybeOne<UserRow>(q, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  if (!row) throw notFound();
  return row;
}

async function activeOthersWithRole(q: Queryable, role: Role, id: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM users WHERE role = $1 AND disabled_at IS NULL AND id <> $2',
    [role, id],
  );
  return rows[0]?.n ?? 0;
}

/** The answer to a change an admin may not make alone: propose it (POST /api/v1/users/proposals). */
const approvalRequired = () => new AppError(409, 'error.approvalRequired');

export async function updateUser(deps: AppDeps, admin: StaffPrincipal, id: string, patch: UpdateUserRequest) {
  const now = deps.clock.now();
  const row = await deps.db.transaction(async (tx) => {
    // Lock the row so that two admins changing one user do not interleave.
    const before = await maybeOne<UserRow>(tx, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    if (!before) throw notFound();
    const role = patch.role ?? before.role;
    const disabled = patch.disabled ?? before.disabled_at !== null;
    const partnerOrgId = patch.partnerOrgId !== undefined ? patch.partnerOrgId : before.partner_org_id;

    if (id === admin.userId && (disabled || role !== 'admin')) throw new AppError(409, 'error.selfLockout');
    const enabling = !disabled && before.disabled_at !== null;
    if (roleChangeNeedsApproval(before.role, role) || (enabling && isGuardedRole(role)))
      throw approvalRequired();
    if (
      before.role === 'supervisor' &&
      (role !== 'supervisor' || disabled) &&
      (await activeOthersWithRole(tx, 'supervisor', id)) === 0
    ) {
      throw new AppError(409, 'error.lastSupervisor');
    }
    if (
      before.role === 'admin' &&
      (role !== 'admin' || disabled) &&
      (await activeOthersWithRole(tx, 'admin', id)) === 0
    ) {
      throw new AppError(409, 'error.lastAdmin');
    }
    if (role === 'partner' && !partnerOrgId) {
      throw new AppError(400, 'error.validation', {
        fields: { partnerOrgId: { key: 'error.partnerOrgRequired' } },
      });
    }
    const orgForRole = role === 'partner' ? partnerOrgId : null;
    if (role !== 'partner' && patch.partnerOrgId) {
      throw new AppError(400, 'error.validation', {
        fields: { partnerOrgId: { key: 'error.partnerOrgOnlyForPartners' } },
      });
    }
    if (orgForRole) {
      const org = await tx.query('SELECT 1 FROM partner_orgs WHERE id = $1', [orgForRole]);
      if (!org.rows.length)
        throw new AppError(400, 'error.validation', {
          fields: { partnerOrgId: { key: 'error.invalidChoice' } },
        });
    }

    await tx.query(
      `UPDATE users SET role = $2, partner_org_id = $3, display_name = $4, locale = $5, on_duty = $6,
              disabled_at = CASE WHEN $7::boolean THEN coalesce(disabled_at, $8::timestamptz) ELSE NULL END
        WHERE id = $1`,
      [
        id,
        role,
        orgForRole,
        patch.displayName ?? before.display_name,
        patch.locale ?? before.locale,
        patch.onDuty ?? before.on_duty,
        disabled,
        now,
      ],
    );
    const actor = { type: 'user' as const, id: admin.userId };
    const target = { type: 'user', id };
    // A change of role or of organisation, or disabling, ends the user's sessions: the next request must
    // not run with the powers they had before.
    const accessChanged = role !== before.role || orgForRole !== before.partner_org_id || disabled;
    const ended = accessChanged ? await revokeUserSessions(tx, id) : 0;
    if (role !== before.role)
      await appendAudit(
        tx,
        deps.keys,
        { actor, action: 'user.role_changed', target, meta: { from: before.role, to: role } },
        now,
      );
    if (orgForRole !== before.partner_org_id)
      await appendAudit(
        tx,
        deps.keys,
        { actor, action: 'user.partner_org_changed', target, meta: { partner_org: orgForRole } },
        now,
      );
    if (disabled !== (before.disabled_at !== null))
      await appendAudit(
        tx,
        deps.keys,
        { actor, action: disabled ? 'user.disabled' : 'user.enabled', target },
        now,
      );
    const other: Record<string, boolean> = {};
    if (patch.displayName !== undefined && patch.displayName !== before.display_name)
      other.display_name = true;
    if (patch.locale !== undefined && patch.locale !== before.locale) other.locale = true;
    if (patch.onDuty !== undefined && patch.onDuty !== before.on_duty) other.on_duty = patch.onDuty;
    if (Object.keys(other).length)
      await appendAudit(tx, deps.keys, { actor, action: 'user.updated', target, meta: other }, now);
    if (ended)
      await appendAudit(
        tx,
        deps.keys,
        { actor, action: 'user.sessions_ended', target, meta: { sessions: ended } },
        now,
      );
    return userRow(tx, id);
  });
  return present(deps, row);
}

/**
 * A new one-time password and a new TOTP secret (a lost phone, a forgotten password); every session of
 * the user ends and any sign-in pause is lifted. For an account with a content role or the administrator
 * role, a proposal instead (propose-change.ts): whoever holds new credentials holds the account.
 */
export async function resetUser(deps: AppDeps, admin: StaffPrincipal, id: string): Promise<UserCredentials> {
  const now = deps.clock.now();
  const credentials = await newCredentials();
  return deps.db.transaction(async (tx) => {
    const before = await maybeOne<UserRow>(tx, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    if (!before) throw notFound();
    if (isGuardedRole(before.role)) throw approvalRequired();
    const ended = await replaceCredentials(deps, tx, before, credentials);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: admin.userId },
        action: 'user.credentials_reset',
        target: { type: 'user', id },
        meta: { sessions_ended: ended },
      },
      now,
    );
    const row = await userRow(tx, id);
    return {
      user: present(deps, row),
      email: row.email,
      password: credentials.password,
      totpSecret: credentials.totpSecret,
      totpUri: totpUri(credentials.totpSecret, row.email),
    };
  });
}
