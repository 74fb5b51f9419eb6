import type { NewPartnerOrg, PartnerOrgPatch } from '../../shared/contracts/referrals.ts';
import type { PartnerKind } from '../../shared/roles.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';

/** The SQL of partner organisations. */
export type PartnerOrgRow = {
  id: string;
  name: string;
  kind: PartnerKind;
  jurisdiction: string;
  contact_email: string | null;
  active: boolean;
};

const COLUMNS = 'id, name, kind, jurisdiction, contact_email, active';

export async function listOrgs(q: Queryable, opts: { activeOnly: boolean }): Promise<PartnerOrgRow[]> {
  const { rows } = await q.query<PartnerOrgRow>(
    `SELECT ${COLUMNS} FROM partner_orgs ${opts.activeOnly ? 'WHERE active' : ''} ORDER BY name`,
  );
  return rows;
}

export function findOrg(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  return maybeOne<PartnerOrgRow>(
    q,
    `SELECT ${COLUMNS} FROM partner_orgs WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export function nameTaken(q: Queryable, name: string, exceptId: string | null) {
  return maybeOne(q, 'SELECT 1 FROM partner_orgs WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2', [
    name,
    exceptId,
  ]).then(Boolean);
}

export async function insertOrg(q: Queryable, id: string, org: NewPartnerOrg): Promise<void> {
  await q.query(
    `INSERT INTO partner_orgs (id, name, kind, jurisdiction, contact_email, active)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, org.name, org.kind, org.jurisdiction, org.contactEmail ?? null, org.active],
  );
}

export async function updateOrg(q: Queryable, id: string, patch: PartnerOrgPatch): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (patch.name !== undefined) set('name', patch.name);
  if (patch.kind !== undefined) set('kind', patch.kind);
  if (patch.jurisdiction !== undefined) set('jurisdiction', patch.jurisdiction);
  if (patch.contactEmail !== undefined) set('contact_email', patch.contactEmail);
  if (patch.active !== undefined) set('active', patch.active);
  if (sets.length === 0) return;
  await q.query(`UPDATE partner_orgs SET ${sets.join(', ')} WHERE id = $1`, params);
}
