import { randomUUID } from 'node:crypto';
import type {
  SupportResource,
  SupportResourceInput,
  SupportResourceList,
  SupportResourcePatch,
} from '../../shared/contracts/support-resources.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { notFound } from '../platform/http/errors.ts';
import * as repo from './repo.ts';
import { SUPPORT_RESOURCE_SEED } from './seed.ts';

/** Admins keep the support page's list up to date; every change is audited with the resource's id. */
type Deps = Pick<AppDeps, 'db' | 'keys' | 'clock'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const presentResource = (r: repo.ResourceRow): SupportResource => ({
  id: r.id,
  kind: r.kind,
  names: r.names,
  descriptions: r.descriptions,
  phone: r.phone,
  url: r.url,
  sortOrder: r.sort_order,
  active: r.active,
});

/** Inserts every seed resource not yet there (by its code). Idempotent: run at every start. */
export async function seedSupportResources(deps: Deps): Promise<number> {
  let added = 0;
  for (const r of SUPPORT_RESOURCE_SEED) {
    added += await repo.insertResource(deps.db, { ...r, id: randomUUID(), now: deps.clock.now() });
  }
  return added;
}

export async function listSupportResources(deps: Deps): Promise<SupportResourceList> {
  return { items: (await repo.listResources(deps.db, { includeInactive: true })).map(presentResource) };
}

export async function addSupportResource(
  deps: Deps,
  actor: { userId: string },
  input: SupportResourceInput,
): Promise<SupportResource> {
  const now = deps.clock.now();
  const id = randomUUID();
  return deps.db.transaction(async (tx) => {
    await repo.insertResource(tx, { ...input, id, now });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'support_resource.created',
        target: { type: 'support_resource', id },
        meta: { kind: input.kind },
      },
      now,
    );
    const row = await repo.findResource(tx, id);
    if (!row) throw notFound();
    return presentResource(row);
  });
}

export async function changeSupportResource(
  deps: Deps,
  actor: { userId: string },
  id: string,
  patch: SupportResourcePatch,
): Promise<SupportResource> {
  if (!UUID.test(id)) throw notFound();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (!(await repo.updateResource(tx, id, patch, now))) throw notFound();
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'support_resource.changed',
        target: { type: 'support_resource', id },
        meta: {
          fields: Object.keys(patch).sort().join('.'),
          ...(patch.active !== undefined ? { active: patch.active } : {}),
        },
      },
      now,
    );
    const row = await repo.findResource(tx, id);
    if (!row) throw notFound();
    return presentResource(row);
  });
}
