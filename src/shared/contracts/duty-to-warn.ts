import { z } from 'zod';

/**
 * Duty to warn (Public Inquiry into Foreign Interference, final report, January 2025): recording that a
 * person — a reporter or not, for example someone named as a target in others' reports — faces a credible
 * threat of serious harm, and seeing that they are told. Opened with a threat assessment, signed off by a
 * supervisor who did not open it, delivered through a police partner (the partner portal) or by a
 * caseworker, acknowledged by the person, closed with an outcome. Who the person is and every note is sealed;
 * every step is audited with codes only.
 */
export const WARNING_STATUSES = ['awaiting_signoff', 'declined', 'approved', 'delivered', 'closed'] as const;
export const WarningStatus = z.enum(WARNING_STATUSES);
export type WarningStatus = z.infer<typeof WarningStatus>;

export const WARNING_SEVERITIES = [
  'death',
  'serious_bodily_harm',
  'abduction',
  'other_serious_harm',
] as const;
export const WARNING_CREDIBILITY = ['corroborated', 'credible_source', 'specific_and_capable'] as const;
export const DELIVERY_METHODS = ['police_partner', 'caseworker'] as const;
export const DELIVERY_CHANNELS = ['in_person', 'phone', 'letter', 'other'] as const;
export const ACKNOWLEDGEMENTS = ['acknowledged', 'refused', 'not_reached'] as const;
export const WARNING_OUTCOMES = [
  'protective_measures',
  'police_protection',
  'relocated',
  'no_further_action',
  'other',
] as const;

const Text = (max: number) => z.string().trim().max(max);
const Reference = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^FP-[A-Z0-9]{4,12}$/, 'a report or case reference, FP-…');

export const WarnedPerson = z.object({
  name: Text(200).min(1).describe('Who must be warned'),
  contact: Text(500).default('').describe('How to reach them safely'),
  language: Text(50).default(''),
  notes: Text(2000).default('').describe('What the deliverer needs to know (safe times, who not to tell)'),
});
export type WarnedPerson = z.infer<typeof WarnedPerson>;

export const ThreatAssessment = z.object({
  threat: Text(5000).min(1).describe('What the threat is, from whom, against whom'),
  basis: Text(5000).min(1).describe('Why it is credible: its source, specificity, the means to carry it out'),
  severity: z.enum(WARNING_SEVERITIES),
  credibility: z.enum(WARNING_CREDIBILITY),
});
export type ThreatAssessment = z.infer<typeof ThreatAssessment>;

export const NewWarning = z.object({
  person: WarnedPerson,
  assessment: ThreatAssessment,
  caseReference: Reference.optional().describe('the person’s own case, when they reported'),
  relatedReferences: z
    .array(Reference)
    .max(50)
    .default([])
    .describe('reports or cases that name the person as a target'),
});
export type NewWarning = z.infer<typeof NewWarning>;

export const WarningSignoff = z
  .object({
    decision: z.enum(['approved', 'declined']),
    note: Text(2000).default(''),
    deliveryMethod: z.enum(DELIVERY_METHODS).optional().describe('required when approved'),
    partnerOrgId: z.uuid().optional().describe('the police partner, when deliveryMethod is police_partner'),
    assigneeId: z
      .uuid()
      .optional()
      .describe('who delivers, when deliveryMethod is caseworker; the one who opened it by default'),
  })
  .describe('A supervisor who did not open the warning signs it off');
export type WarningSignoff = z.infer<typeof WarningSignoff>;

export const WarningDelivery = z.object({
  channel: z.enum(DELIVERY_CHANNELS),
  acknowledgement: z.enum(ACKNOWLEDGEMENTS).describe('what the person did when told'),
  note: Text(2000).default(''),
});
export type WarningDelivery = z.infer<typeof WarningDelivery>;

export const WarningOutcome = z.object({
  outcome: z.enum(WARNING_OUTCOMES),
  note: Text(2000).default(''),
});
export type WarningOutcome = z.infer<typeof WarningOutcome>;

const StaffName = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const WarningSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: WarningStatus,
  severity: z.enum(WARNING_SEVERITIES),
  createdAt: z.iso.datetime(),
  createdBy: StaffName,
  deliveryMethod: z.enum(DELIVERY_METHODS).nullable(),
  partnerOrg: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  acknowledgement: z.enum(ACKNOWLEDGEMENTS).nullable(),
  outcome: z.enum(WARNING_OUTCOMES).nullable(),
});
export type WarningSummary = z.infer<typeof WarningSummary>;

export const WarningList = z.object({ items: z.array(WarningSummary) });
export type WarningList = z.infer<typeof WarningList>;

export const WarningEvent = z.object({
  at: z.iso.datetime(),
  kind: z.string(),
  actor: StaffName,
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

/** One warning, opened (audited): the person, the assessment, the notes and the history. */
export const WarningView = WarningSummary.extend({
  person: WarnedPerson,
  threat: z.string().describe('What the person must be told of (the assessment’s threat)'),
  assessment: ThreatAssessment.nullable().describe(
    'null for a partner: they deliver the warning; why it is credible (its sources) stays with the focal point',
  ),
  case: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
  relatedCases: z.array(z.object({ id: z.uuid(), reference: z.string() })),
  signoff: z
    .object({ by: StaffName, at: z.iso.datetime(), note: z.string() })
    .nullable()
    .describe('null until signed off; a partner sees no note'),
  deliveryAssignee: StaffName,
  deliveryChannel: z.enum(DELIVERY_CHANNELS).nullable(),
  deliveryNote: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  closedAt: z.iso.datetime().nullable(),
  events: z.array(WarningEvent),
  version: z.number().int(),
  permissions: z.object({
    signOff: z.boolean(),
    recordDelivery: z.boolean(),
    recordOutcome: z.boolean(),
  }),
});
export type WarningView = z.infer<typeof WarningView>;

/** Counts for dashboards and the periodic report: 1 to 4 are not shown (null), like other small counts. */
export const SuppressedCount = z.object({
  count: z.number().int().nullable().describe('null when between 1 and 4: too few to show'),
  suppressed: z.boolean(),
});
export type SuppressedCount = z.infer<typeof SuppressedCount>;

export const WarningCounts = z.object({
  opened: SuppressedCount,
  approved: SuppressedCount,
  delivered: SuppressedCount,
  acknowledged: SuppressedCount,
});
export type WarningCounts = z.infer<typeof WarningCounts>;
