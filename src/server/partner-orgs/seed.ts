import { randomUUID } from 'node:crypto';
import type { PartnerKind } from '../../shared/roles.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * The partner organisations a Canadian focal point starts with. Data, not code: admins edit, rename or
 * deactivate them (and add others) through /api/v1/partner-orgs. Each carries a stable `seed_code`, so
 * seeding again never restores a name an admin changed. Contact e-mails are left for admins to fill in:
 * a wrong address would send a referral notice to the wrong place.
 */
export type SeedOrg = { code: string; name: string; kind: PartnerKind; jurisdiction: string };

export const SEED_PARTNER_ORGS: readonly SeedOrg[] = [
  {
    code: 'rcmp_nsin',
    name: 'RCMP National Security Information Network',
    kind: 'police',
    jurisdiction: 'national',
  },
  { code: 'opp', name: 'Ontario Provincial Police', kind: 'police', jurisdiction: 'ON' },
  { code: 'sq', name: 'Sûreté du Québec', kind: 'police', jurisdiction: 'QC' },
  { code: 'tps', name: 'Toronto Police Service', kind: 'police', jurisdiction: 'ON' },
  { code: 'vpd', name: 'Vancouver Police Department', kind: 'police', jurisdiction: 'BC' },
  { code: 'spvm', name: 'Service de police de la Ville de Montréal', kind: 'police', jurisdiction: 'QC' },
  { code: 'ops', name: 'Ottawa Police Service', kind: 'police', jurisdiction: 'ON' },
  { code: 'cps', name: 'Calgary Police Service', kind: 'police', jurisdiction: 'AB' },
  { code: 'csis', name: 'CSIS public reporting', kind: 'intelligence', jurisdiction: 'national' },
  {
    code: 'campus_security',
    name: 'University campus security office (placeholder)',
    kind: 'university',
    jurisdiction: 'national',
  },
  { code: 'vs_toronto', name: 'Victim Services Toronto', kind: 'victim_services', jurisdiction: 'ON' },
  {
    code: 'vs_national',
    name: 'Victim services (national placeholder)',
    kind: 'victim_services',
    jurisdiction: 'national',
  },
  {
    code: 'digital_helpline',
    name: 'Digital-security helpline',
    kind: 'digital_security',
    jurisdiction: 'national',
  },
  {
    // Enforces the Foreign Influence Transparency and Accountability Act: the register of arrangements
    // with foreign principals, and those who act for one without registering (registries/).
    code: 'ca_fitc',
    name: 'Foreign Influence Transparency Commissioner',
    kind: 'regulator',
    jurisdiction: 'national',
  },
];

/** Inserts every seed organisation not yet there (by code or by name). Idempotent: run at every start. */
export async function seedPartnerOrgs(q: Queryable): Promise<number> {
  const values: unknown[] = [];
  const rows = SEED_PARTNER_ORGS.map((org, i) => {
    values.push(randomUUID(), org.code, org.name, org.kind, org.jurisdiction);
    const n = i * 5;
    return `($${n + 1}::uuid, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5})`;
  });
  const { rowCount } = await q.query(
    `INSERT INTO partner_orgs (id, seed_code, name, kind, jurisdiction) VALUES ${rows.join(', ')}
     ON CONFLICT DO NOTHING`,
    values,
  );
  return rowCount;
}
