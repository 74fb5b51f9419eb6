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

/** How an identifier was found in a report (server: indicators/claims.ts). 'legacy': by an older extractor. */
export const MATCHED_AS = [
  'field',
  'url',
  'defanged-url',
  'url-domain',
  'defanged-domain',
  'bare-domain',
  'email',
  'defanged-email',
  'email-domain',
  'labelled-id',
  'handle',
  'phone',
  'ip',
  'defanged-ip',
  'staff',
  'legacy',
] as const;
export const MatchedAs = z.enum(MATCHED_AS);
export type MatchedAs = z.infer<typeof MatchedAs>;

/**
 * Why a shared value weighs what it weighs (server: link_weight, migration 0024):
 *   sure          found in a form field, or with the shape of an identifier, on both sides
 *   found_in_prose  on one side or both, found in prose without an identifier's shape: counts half
 *   rare          mentioned by few reports: full weight
 *   seen_often    mentioned by more than 50 reports: counts less
 *   other_kind    an identifier of kind "other": counts half
 */
export const LINK_REASONS = ['sure', 'found_in_prose', 'rare', 'seen_often', 'other_kind'] as const;
export const LinkReason = z.enum(LINK_REASONS);

/** One identifier two cases share, and why it counts. */
export const LinkEvidence = z.object({
  identifierId: z.string().describe('Opaque id of the identifier (the same in every link and graph)'),
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  value: z.string().optional().describe('The identifier itself: only to roles that may read case content'),
  matchedHere: z.array(MatchedAs).describe("How this case's reports mention it"),
  matchedThere: z.array(MatchedAs).describe("How the other case's reports mention it"),
  reports: z.number().int().describe('How many reports mention it in all'),
  weight: z.number().describe('What it counts for: 1 alone makes a strong link'),
  reasons: z.array(LinkReason),
});
export type LinkEvidence = z.infer<typeof LinkEvidence>;

export const CaseLink = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  shared: z.array(SharedKind),
  evidence: z.array(LinkEvidence).describe('Every identifier the two cases share, strongest first'),
  weight: z.number().describe('The weights of the shared identifiers, added up'),
  strength: z
    .enum(LINK_STRENGTHS)
    .describe('strong: the shared identifiers weigh 1 or more, enough for a campaign; weak: less'),
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

/** An identifier that joins members of a campaign, for the name a campaign has until an analyst names it. */
export const SharedIdentifier = z.object({
  identifierId: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  value: z.string().optional().describe('Only to roles that may read case content'),
  cases: z.number().int().describe('Member cases that mention it'),
});
export type SharedIdentifier = z.infer<typeof SharedIdentifier>;

export const CampaignSummary = z.object({
  id: z.uuid(),
  status: CampaignStatus,
  name: z.string().nullable(),
  sharedIdentifiers: z
    .array(SharedIdentifier)
    .describe('What joins the members, most shared first (at most 5): the campaign is named from it'),
  size: z.number().int(),
  members: z.array(CampaignMember),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;
export const CampaignList = z.object({ items: z.array(CampaignSummary) });

/** The campaign picture is a case–identifier graph: cases, the identifiers that join them, and who mentions what. */
export const GraphNode = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('case'),
    id: z.string(),
    caseId: z.uuid(),
    reference: z.string(),
    status: z.enum(CASE_STATUSES),
    risk: z.string(),
  }),
  z.object({
    type: z.literal('identifier'),
    id: z.string(),
    identifierId: z.string(),
    kind: z.enum(INDICATOR_KINDS),
    platform: z.enum(PLATFORMS).optional(),
    value: z.string().optional().describe('Only to roles that may read case content'),
    cases: z.number().int(),
  }),
]);
export const GraphEdge = z.object({
  source: z.string().describe('A case node'),
  target: z.string().describe('An identifier node'),
  matchedAs: z.array(MatchedAs),
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

/** Cases like this one — same tactics, community, place and time — that share no identifier with it. */
export const SimilarCase = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  tactics: z.array(z.string()).describe('Tactics both cases report'),
  communities: z.array(z.string()).describe('Communities both cases name'),
  province: z.string().nullable(),
  daysApart: z.number().int(),
});
export const SimilarCases = z.object({
  items: z
    .array(SimilarCase)
    .describe('Possibly related: for an analyst to look at, never a link or a campaign'),
});
export type SimilarCases = z.infer<typeof SimilarCases>;

export const RejectLink = z.object({ caseA: z.uuid(), caseB: z.uuid() });
export type RejectLink = z.infer<typeof RejectLink>;

export const LinkAlert = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  reference: z.string(),
  linkedCases: z
    .array(z.object({ caseId: z.uuid(), reference: z.string() }))
    .describe('The cases the arriving report links to, strongest first'),
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

/** A report's identifier as staff who may read the report see it: what it is and how it was found. */
export const ReportIdentifier = z.object({
  identifierId: z.string(),
  reportId: z.uuid(),
  reportReference: z.string(),
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  value: z.string(),
  source: z.enum(['structured', 'narrative', 'message']),
  matchedAs: MatchedAs,
  confidence: z.enum(['high', 'medium']),
  linkable: z.boolean().describe('false for a shared service or a warning-listed value: never links'),
});
export type ReportIdentifier = z.infer<typeof ReportIdentifier>;
export const CaseIdentifiers = z.object({
  items: z.array(ReportIdentifier),
  removed: z
    .array(z.object({ reportId: z.uuid(), at: z.string() }))
    .describe(
      'Identifiers staff removed (the values are gone from the case; only when and from which report)',
    ),
});
export type CaseIdentifiers = z.infer<typeof CaseIdentifiers>;

export const NewCaseIdentifier = z.object({
  reportId: z.uuid().describe('The report of this case that names it'),
  kind: z.enum(INDICATOR_KINDS),
  platform: z.enum(PLATFORMS).optional(),
  value: z.string().trim().min(1).max(500),
});
export type NewCaseIdentifier = z.infer<typeof NewCaseIdentifier>;
export const RemoveCaseIdentifier = z.object({
  reportId: z.uuid().optional().describe('Only from this report; from every report of the case otherwise'),
});
