import type { PartnerOrg } from '../../shared/contracts/referrals.ts';
import type { PartnerOrgRow } from './repo.ts';

export const presentPartnerOrg = (row: PartnerOrgRow): PartnerOrg => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  jurisdiction: row.jurisdiction,
  contactEmail: row.contact_email,
  active: row.active,
});
