import { z } from 'zod';
import { PARTNER_KINDS, PartnerKind } from '../roles.ts';

/**
 * Referrals of a case to a partner organisation, the package each one carries (JSON and PDF, with an
 * evidence manifest for chain of custody), and the partner's answer. Shared by the server, the console
 * and the partner portal.
 */
export { PARTNER_KINDS, PartnerKind };

export const LIMITS = {
  orgName: 200,
  jurisdiction: 60,
  purpose: 500,
  note: 5_000,
  overrideReason: 2_000,
  partnerReference: 100,
  outcomeNote: 5_000,
  message: 5_000,
} as const;

// ---- partner organisations --------------------------------------------------------------------------

export const PartnerOrg = z.object({
  id: z.string(),
  name: z.string(),
  kind: PartnerKind,
  jurisdiction: z.string().describe('A province or territory code (e.g. "ON"), or "national"'),
  contactEmail: z.string().nullable(),
  active: z.boolean(),
});
export type PartnerOrg = z.infer<typeof PartnerOrg>;
export const PartnerOrgList = z.object({ items: z.array(PartnerOrg) });
export type PartnerOrgList = z.infer<typeof PartnerOrgList>;

const Jurisdiction = z
  .string()
  .trim()
  .regex(/^(national|[A-Z]{2}|[A-Za-z][A-Za-z .'-]{1,59})$/)
  .max(LIMITS.jurisdiction);

export const NewPartnerOrg = z.object({
  name: z.string().trim().min(1).max(LIMITS.orgName),
  kind: PartnerKind,
  jurisdiction: Jurisdiction.default('national'),
  contactEmail: z.email().max(254).nullable().optional(),
  active: z.boolean().default(true),
});
export type NewPartnerOrg = z.infer<typeof NewPartnerOrg>;

export const PartnerOrgPatch = z
  .object({
    name: z.string().trim().min(1).max(LIMITS.orgName),
    kind: PartnerKind,
    jurisdiction: Jurisdiction,
    contactEmail: z.email().max(254).nullable(),
    active: z.boolean(),
  })
  .partial();
export type PartnerOrgPatch = z.infer<typeof PartnerOrgPatch>;

// ---- referrals ---------------------------------------------------------------------------------------

export const REFERRAL_BASES = ['consent', 'imminent_danger'] as const;
export const ReferralBasis = z.enum(REFERRAL_BASES);
export type ReferralBasis = z.infer<typeof ReferralBasis>;

export const REFERRAL_OUTCOMES = [
  'investigating',
  'charges_laid',
  'no_offence_found',
  'referred_elsewhere',
  'closed',
] as const;
export const ReferralOutcome = z.enum(REFERRAL_OUTCOMES);
export type ReferralOutcome = z.infer<typeof ReferralOutcome>;

/** pending_approval: an imminent-danger override awaiting a supervisor; nothing has reached the partner. */
export const ReferralStatus = z.enum(['pending_approval', 'sent']);
export type ReferralStatus = z.infer<typeof ReferralStatus>;

export const NewReferral = z.object({
  partnerOrgId: z.string().trim().min(1).max(64),
  basis: ReferralBasis,
  purpose: z.string().trim().min(1).max(LIMITS.purpose).describe('Why the partner receives this case'),
  note: z.string().trim().max(LIMITS.note).default('').describe('A note to the partner'),
  overrideReason: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.overrideReason)
    .optional()
    .describe('Required with basis imminent_danger: why the danger cannot wait for consent (sealed)'),
});
export type NewReferral = z.infer<typeof NewReferral>;

export const ReferralPatch = z
  .object({
    acknowledge: z.literal(true).optional().describe('The partner received the referral'),
    partnerReference: z.string().trim().min(1).max(LIMITS.partnerReference).optional(),
    outcome: ReferralOutcome.optional(),
    outcomeNote: z.string().trim().max(LIMITS.outcomeNote).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'empty', path: ['_'] });
export type ReferralPatch = z.infer<typeof ReferralPatch>;

export const ReferralListQuery = z.object({
  caseId: z.string().optional().describe('Staff: only the referrals of this case'),
  status: ReferralStatus.optional(),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

export const ManifestEntry = z.object({
  fileId: z.string(),
  reportReference: z.string(),
  sha256Original: z.string().describe('SHA-256 of the bytes as uploaded, taken at receipt'),
  sizeBytes: z.number().int(),
  mediaType: z.string(),
  receivedAt: z.string(),
  sha256Sanitised: z.string().nullable().describe('SHA-256 of the copy with metadata removed, if any'),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const ReferralEvent = z.object({
  at: z.string(),
  kind: z.enum(['created', 'override_requested', 'override_approved', 'sent', 'acknowledged', 'outcome']),
  outcome: ReferralOutcome.nullable(),
  note: z.string().nullable(),
});

export const Referral = z.object({
  id: z.string(),
  caseId: z.string().nullable().describe('Staff only; partners know the case by its reference'),
  caseReference: z.string(),
  partnerOrg: z.object({ id: z.string(), name: z.string(), kind: PartnerKind }),
  basis: ReferralBasis,
  status: ReferralStatus,
  purpose: z.string(),
  note: z.string(),
  overrideReason: z.string().nullable().describe('Staff only'),
  createdAt: z.string(),
  overrideApprovedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  packageSha256: z.string().nullable(),
  contactIncluded: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  ackDueAt: z.string().nullable(),
  ackOverdue: z.boolean(),
  partnerReference: z.string().nullable(),
  outcome: ReferralOutcome.nullable(),
  outcomeAt: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  consentWithdrawn: z
    .boolean()
    .describe('The reporter withdrew the consent this referral relied on: no further sharing'),
  deletionRequested: z.boolean().describe('The reporter asked for their report to be deleted'),
  evidence: z.array(ManifestEntry),
  originalsAvailable: z
    .boolean()
    .describe('Whether this reader may download the original files (police and intelligence partners)'),
  events: z.array(ReferralEvent),
});
export type Referral = z.infer<typeof Referral>;

export const ReferralSummary = Referral.omit({
  events: true,
  evidence: true,
  originalsAvailable: true,
  note: true,
  overrideReason: true,
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;
export const ReferralList = z.object({ items: z.array(ReferralSummary) });
export type ReferralList = z.infer<typeof ReferralList>;

// ---- the package -----------------------------------------------------------------------------------

const Bilingual = z.object({ en: z.string(), fr: z.string() });

/**
 * The referral package as sent, canonical JSON (keys sorted) whose SHA-256 is recorded on the referral.
 * Headings are bilingual; content is as the reporter wrote it, in any language and script.
 */
export const ReferralPackage = z.object({
  format: z.literal('focalpoint.referral-package/1'),
  headings: z.record(z.string(), Bilingual),
  referral: z.object({
    id: z.string(),
    createdAt: z.string(),
    sentAt: z.string(),
    basis: ReferralBasis,
    consentReliedOn: z.enum(['referral_police', 'contact']).nullable(),
    purpose: z.string(),
    note: z.string(),
    partner: z.object({ id: z.string(), name: z.string(), kind: PartnerKind, jurisdiction: z.string() }),
    from: z.string(),
  }),
  case: z.object({
    reference: z.string(),
    status: z.string(),
    risk: z.string(),
    openedAt: z.string(),
  }),
  reports: z.array(
    z.object({
      reference: z.string(),
      receivedAt: z.string(),
      language: z.string(),
      narrative: z.string(),
      classification: z.object({
        incidentStartedOn: z.string().nullable(),
        incidentEndedOn: z.string().nullable(),
        ongoing: z.boolean(),
        province: z.string().nullable(),
        city: z.string().nullable(),
        institution: z.string().nullable(),
        tactics: z.array(z.string()),
        communities: z.array(z.string()),
        channels: z.array(z.string()),
        impacts: z.array(z.string()),
        perpetratorTypes: z.array(z.string()),
        suspectedState: z.string().nullable(),
        reporterKind: z.string(),
        risk: z.string(),
      }),
      perpetrators: z.array(z.object({ description: z.string() })),
      identifiers: z.array(
        z.object({ kind: z.string(), platform: z.string().nullable(), value: z.string() }),
      ),
      contact: z
        .object({
          name: z.string().nullable(),
          email: z.string().nullable(),
          phone: z.string().nullable(),
          preferredLanguage: z.string().nullable(),
          safeToContact: z.string().nullable(),
        })
        .nullable()
        .describe('Only when the reporter agreed to be contacted'),
    }),
  ),
  timeline: z.array(z.object({ at: z.string(), event: z.string() })),
  evidenceManifest: z.array(ManifestEntry),
});
export type ReferralPackage = z.infer<typeof ReferralPackage>;

/** What the reporter reads in follow-up about referrals of their report (when they asked to be told). */
export type ReferralNews = { at: string; text: string };

// ---- messages between the partner and the focal point -----------------------------------------------

export const NewReferralMessage = z.object({
  body: z.string().trim().min(1).max(LIMITS.message),
});
export type NewReferralMessage = z.infer<typeof NewReferralMessage>;

export const ReferralMessage = z.object({
  id: z.string(),
  at: z.string(),
  from: z.enum(['partner', 'focal_point']),
  author: z.string().nullable().describe("The writer's name, for staff; partners see the focal point as one"),
  mine: z.boolean().describe("Written by the reader's side"),
  body: z.string(),
});
export type ReferralMessage = z.infer<typeof ReferralMessage>;
export const ReferralMessageList = z.object({ items: z.array(ReferralMessage) });
export type ReferralMessageList = z.infer<typeof ReferralMessageList>;
