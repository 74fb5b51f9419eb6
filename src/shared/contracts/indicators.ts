import { z } from 'zod';
import {
  CASE_STATUSES,
  CHANNELS,
  COMMUNITIES,
  INDICATOR_KINDS,
  PERPETRATOR_TYPES,
  PLATFORMS,
  PROVINCES,
  RISK_LEVELS,
  TACTICS,
} from '../taxonomy.ts';

/**
 * Contracts of indicators, links, campaigns and blind search (DESIGN.md, "Indicators and linking",
 * "Search"). Analysts and supervisors read them; nothing here ever carries a reporter's identity, and
 * links name only the kinds of identifiers two cases share, never the values.
 */

export const WARNING_REASONS = [
  'platform',
  'public_hotline',
  'own_contact',
  'common_service',
  'other',
] as const;
export const WarningReason = z.enum(WARNING_REASONS);
export type WarningReason = z.infer<typeof WarningReason>;

export const WarningListInput = z.object({
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  value: z.string().trim().min(1).max(500),
  reason: WarningReason.default('other'),
});
export type WarningListInput = z.infer<typeof WarningListInput>;

export const WarningListEntry = z.object({
  id: z.uuid(),
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  value: z.string().describe('The normalised value (e.g. +18004205805, facebook.com)'),
  reason: WarningReason,
  seeded: z.boolean(),
  createdAt: z.string(),
});
export type WarningListEntry = z.infer<typeof WarningListEntry>;
export const WarningList = z.object({ items: z.array(WarningListEntry) });
export const WarningListAdded = z.object({ ids: z.array(z.uuid()) });

export const SharedKind = z.object({
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  count: z.number().int().describe('How many distinct values of this kind the two cases share'),
});
export type SharedKind = z.infer<typeof SharedKind>;

export const LINK_STRENGTHS = ['strong', 'weak'] as const;

export const CaseLink = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  shared: z.array(SharedKind),
  strength: z
    .enum(LINK_STRENGTHS)
    .describe(
      'strong: enough to group the cases into a campaign; weak: one shared domain, IP or other value',
    ),
  campaignIds: z.array(z.uuid()),
});
export type CaseLink = z.infer<typeof CaseLink>;
export const CaseLinks = z.object({ links: z.array(CaseLink) });
export type CaseLinks = z.infer<typeof CaseLinks>;

export const CAMPAIGN_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export const CampaignStatus = z.enum(CAMPAIGN_STATUSES);

export const CampaignMember = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  status: z.enum(CASE_STATUSES),
  risk: z.string(),
});
export type CampaignMember = z.infer<typeof CampaignMember>;

export const CampaignSummary = z.object({
  id: z.uuid(),
  status: CampaignStatus,
  name: z.string().nullable(),
  size: z.number().int(),
  members: z.array(CampaignMember),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;
export const CampaignList = z.object({ items: z.array(CampaignSummary) });

export const GraphNode = z.object({
  id: z.string(),
  caseId: z.uuid(),
  reference: z.string(),
  status: z.enum(CASE_STATUSES),
  risk: z.string(),
});
export const GraphEdge = z.object({
  source: z.string(),
  target: z.string(),
  shared: z.array(SharedKind),
  strength: z.enum(LINK_STRENGTHS),
});
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphEdge = z.infer<typeof GraphEdge>;
export const CampaignGraph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type CampaignGraph = z.infer<typeof CampaignGraph>;

export const CampaignDetail = CampaignSummary.extend({
  note: z.string().nullable(),
  graph: CampaignGraph,
});
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const CampaignPatch = z
  .object({
    status: z.enum(['confirmed', 'rejected']).optional(),
    name: z.string().trim().max(200).nullable().optional(),
    note: z.string().trim().max(5000).nullable().optional(),
  })
  .refine((p) => p.status !== undefined || p.name !== undefined || p.note !== undefined, {
    message: 'nothing to change',
  });
export type CampaignPatch = z.infer<typeof CampaignPatch>;

export const RejectLink = z.object({ caseA: z.uuid(), caseB: z.uuid() });
export type RejectLink = z.infer<typeof RejectLink>;

export const LinkAlert = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  reference: z.string(),
  linkedCaseId: z.uuid().nullable(),
  linkedReference: z.string().nullable(),
  campaignId: z.uuid().nullable(),
  createdAt: z.string(),
  seen: z.boolean().describe('Seen by the signed-in user'),
});
export type LinkAlert = z.infer<typeof LinkAlert>;
export const LinkAlerts = z.object({ items: z.array(LinkAlert) });

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.array(z.enum(values))])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

const DateParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const StateCode = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2');

/**
 * Search criteria in two kinds. **Content criteria** — words (`q`) and an identifier's value (`indicator`)
 * — tell whether a narrative, a perpetrator's description, a reporter's message or an identifier holds a
 * given word or number: only roles that may read that content may send them (intake officers,
 * supervisors, and caseworkers on their own cases); analysts get 403. **Codes** — classification, dates,
 * province, status, risk, identifier kinds — are for every role that searches.
 */
export const SearchQuery = z.object({
  q: z
    .string()
    .max(500)
    .optional()
    .describe(
      'Words of the narrative, perpetrators’ descriptions and messages; every word must occur (AND). Not for analysts',
    ),
  reference: z.string().trim().max(40).optional().describe('A report or case reference, FP-…'),
  status: csv(CASE_STATUSES),
  risk: csv(RISK_LEVELS),
  tactic: csv(TACTICS),
  community: csv(COMMUNITIES),
  channel: csv(CHANNELS),
  perpetratorType: csv(PERPETRATOR_TYPES),
  suspectedState: z
    .union([StateCode, z.array(StateCode)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]))
    .describe('ISO 3166-1 alpha-2 code of the state the reporter suspects, e.g. CN'),
  province: csv(PROVINCES),
  from: DateParam.optional().describe('Received on or after (YYYY-MM-DD)'),
  to: DateParam.optional().describe('Received on or before (YYYY-MM-DD)'),
  identifierKind: csv(INDICATOR_KINDS).describe(
    'Reports that hold an identifier of this kind (any value; values on the warning list do not count)',
  ),
  indicator: z
    .string()
    .max(500)
    .optional()
    .describe('An identifier, in any format (normalised on the server). Not for analysts'),
  kind: z.enum(INDICATOR_KINDS).optional().describe('The kind of `indicator`; guessed when absent'),
  platform: z
    .enum(PLATFORMS)
    .optional()
    .describe('The platform of an account (`indicator` or `identifierKind`)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  caseId: z.uuid(),
  reference: z.string().describe('The case reference'),
  reportId: z.uuid(),
  reportReference: z.string(),
  receivedAt: z.string(),
  status: z.enum(CASE_STATUSES),
  risk: z.string(),
  province: z.string().nullable(),
  tactics: z.array(z.string()),
  communities: z.array(z.string()),
  channels: z.array(z.string()),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResult = z.object({
  items: z.array(SearchHit),
  truncated: z.boolean().describe('More reports matched than `limit`'),
});
export type SearchResult = z.infer<typeof SearchResult>;
