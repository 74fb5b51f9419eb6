import type { CampaignSummary, SharedIdentifier } from '../../shared/contracts/indicators.ts';
import type { CaseStatus } from '../../shared/taxonomy.ts';

/**
 * Rows to API shapes. Cases appear by id and reference, identifiers by kind (their values only where the
 * caller opened them for a role that may read them), never a person.
 */

export type CampaignRow = {
  id: string;
  status: CampaignSummary['status'];
  name_sealed: unknown;
  note_sealed: unknown;
  created_at: Date;
  updated_at: Date;
};

export type MemberRow = {
  case_id: string;
  reference: string;
  status: CaseStatus;
  risk: string;
  size: number;
};

export function presentCampaign(
  row: CampaignRow,
  name: string | null,
  members: readonly MemberRow[],
  sharedIdentifiers: readonly SharedIdentifier[],
): CampaignSummary {
  return {
    id: row.id,
    status: row.status,
    name,
    sharedIdentifiers: [...sharedIdentifiers],
    size: members[0]?.size ?? 0,
    members: members.map((m) => ({
      caseId: m.case_id,
      reference: m.reference,
      status: m.status,
      risk: m.risk,
    })),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
