import type { CampaignSummary, CaseLink } from '../../shared/contracts/indicators.ts';
import type { CaseStatus } from '../../shared/taxonomy.ts';
import type { LinkedCase } from './linking.ts';

/** Rows to API shapes. Cases appear by id and reference; identifiers by kind; never a value or a person. */

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
): CampaignSummary {
  return {
    id: row.id,
    status: row.status,
    name,
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

export function presentLink(link: LinkedCase, reference: string, campaignIds: string[]): CaseLink {
  return {
    caseId: link.caseId,
    reference,
    shared: link.shared.map((s) => ({
      kind: s.kind,
      ...(s.platform ? { platform: s.platform as NonNullable<CaseLink['shared'][number]['platform']> } : {}),
      count: s.count,
    })),
    strength: link.weight >= 1 ? 'strong' : 'weak',
    campaignIds,
  };
}
