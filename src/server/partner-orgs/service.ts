import { randomUUID } from 'node:crypto';
import type {
  NewPartnerOrg,
  PartnerOrg,
  PartnerOrgList,
  PartnerOrgPatch,
} from '../../shared/contracts/referrals.ts';
import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { presentPartnerOrg } from './presenter.ts';
import * as repo from './repo.ts';

export type PartnerOrgDeps = Pick<AppDeps, 'db' | 'clock' | 'keys'>;
type Actor = { userId: string; role: Role };

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const nameTaken = () =>
  new AppError(409, 'error.validation', { fields: { name: { key: 'referrals.error.orgNameTaken' } } });

/** Admins see every organisation; staff who refer see the active ones they can refer to. */
export async function listPartnerOrgs(deps: PartnerOrgDeps, actor: Actor): Promise<PartnerOrgList> {
  const rows = await repo.listOrgs(deps.db, { activeOnly: actor.role !== 'admin' });
  return { items: rows.map(presentPartnerOrg) };
}

export async function createPartnerOrg(
  deps: PartnerOrgDeps,
  actor: Actor,
  input: NewPartnerOrg,
): Promise<PartnerOrg> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (await repo.nameTaken(tx, input.name, null)) throw nameTaken();
    const id = randomUUID();
    await repo.insertOrg(tx, id, input);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'partner_org.created',
        target: { type: 'partner_org', id },
        meta: { kind: input.kind },
      },
      now,
    );
    const row = await repo.findOrg(tx, id);
    if (!row) throw notFound();
    return presentPartnerOrg(row);
  });
}

export async function updatePartnerOrg(
  deps: PartnerOrgDeps,
  actor: Actor,
  id: string,
  patch: PartnerOrgPatch,
): Promise<PartnerOrg> {
  if (!isUuid(id)) throw notFound();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const before = await repo.findOrg(tx, id, { forUpdate: true });
    if (!before) throw notFound();
    if (patch.name !== undefined && (await repo.nameTaken(tx, patch.name, id))) throw nameTaken();
    await repo.updateOrg(tx, id, patch);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'partner_org.updated',
        target: { type: 'partner_org', id },
        meta: Object.fromEntries(Object.keys(patch).map((k) => [k, true])),
      },
      now,
    );
    const row = await repo.findOrg(tx, id);
    if (!row) throw notFound();
    return presentPartnerOrg(row);
  });
}
