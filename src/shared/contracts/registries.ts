import { z } from 'zod';

/**
 * Foreign-influence registries: the registers of agents of foreign principals (FARA; Canada's, Australia's,
 * the United Kingdom's schemes), their snapshots, and the actors reports name that match them. Register
 * data is public; a match says which entry a report names, never what the reporter wrote.
 */

export const SourceCode = z
  .string()
  .trim()
  .regex(/^[a-z]{2}-[a-z0-9-]{2,30}$/)
  .describe('A register: ISO country code, a dash, a short name (us-fara, ca-fitr, au-fits, uk-firs)');

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      message: 'not a calendar date',
    },
  );

/**
 * FocalPoint's import format for a register with no official bulk file: one entry per registrant and
 * foreign principal (docs/registries.md). In CSV, the header names these columns; `aliases` are separated
 * by `|`. In JSON, `{ "entries": [ … ] }` with the same names in camelCase.
 */
export const FocalPointEntry = z.object({
  registrant: z.string().trim().min(1).max(500),
  principal: z.string().trim().min(1).max(500),
  country: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .describe('ISO 3166-1 alpha-2 code, or the name the register uses'),
  registrationNumber: z.string().trim().max(100).optional(),
  registeredOn: isoDate.optional(),
  terminatedOn: isoDate.optional(),
  aliases: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
  sourceUrl: z.url().max(1000).optional(),
});
export type FocalPointEntry = z.infer<typeof FocalPointEntry>;

export const FocalPointFile = z.object({
  asOf: isoDate.optional().describe('The day the register was read'),
  entries: z.array(FocalPointEntry).max(1_000_000),
});

export const REGISTRY_FORMATS = ['us-fara', 'focalpoint-csv', 'focalpoint-json'] as const;

// ---- sources and snapshots (admins) ------------------------------------------------------------------

export const RegistrySnapshot = z.object({
  id: z.string(),
  importedAt: z.string(),
  asOf: z.string().nullable(),
  format: z.enum(REGISTRY_FORMATS),
  entries: z.number().int(),
  added: z.number().int(),
  ended: z.number().int().describe('Entries the previous snapshot listed and this one does not'),
});
export type RegistrySnapshot = z.infer<typeof RegistrySnapshot>;

export const RegistrySource = z.object({
  code: z.string(),
  name: z.string(),
  jurisdiction: z.string(),
  regulator: z.string().nullable().describe('The partner organisation that enforces it, if seeded'),
  current: z.object({
    entries: z.number().int(),
    principals: z.number().int(),
    registrants: z.number().int(),
  }),
  snapshots: z.array(RegistrySnapshot),
});
export type RegistrySource = z.infer<typeof RegistrySource>;
export const RegistrySourceList = z.object({ items: z.array(RegistrySource) });
export type RegistrySourceList = z.infer<typeof RegistrySourceList>;

export const RegistryImportResult = z.object({
  source: z.string(),
  snapshotId: z.string(),
  entries: z.number().int(),
  added: z.number().int(),
  ended: z.number().int(),
});
export type RegistryImportResult = z.infer<typeof RegistryImportResult>;

export const RegistryImportQuery = z.object({
  source: SourceCode,
  format: z.enum(['focalpoint-csv', 'focalpoint-json']),
  name: z.string().trim().min(1).max(200).optional().describe('The register’s name, for a source new here'),
  jurisdiction: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
export type RegistryImportQuery = z.infer<typeof RegistryImportQuery>;

// ---- matches (case view, analysts, supervisors) ------------------------------------------------------

export const RegistryEntry = z.object({
  id: z.string(),
  source: z.string(),
  sourceName: z.string(),
  registrant: z.string(),
  principal: z.string(),
  country: z.string(),
  countryCode: z.string().nullable(),
  registrationNumber: z.string().nullable(),
  registeredOn: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  current: z.boolean().describe('Listed by the latest snapshot of its register'),
});
export type RegistryEntry = z.infer<typeof RegistryEntry>;

export const MATCH_DECISIONS = ['pending', 'confirmed', 'rejected'] as const;
export const MatchDecision = z.enum(MATCH_DECISIONS);
export const FOUND_IN = ['organisation_field', 'perpetrator_description', 'narrative'] as const;
export const MATCH_HOW = ['registry_name', 'alias', 'transliteration', 'unlisted'] as const;

export const NamedActorMatch = z.object({
  id: z.string(),
  reportId: z.string(),
  reportReference: z.string(),
  registered: z.boolean(),
  entry: RegistryEntry.nullable(),
  /** A known actor of the alias table (its public name), when the match is through it. */
  actor: z.object({ id: z.string(), label: z.string(), state: z.string(), kind: z.string() }).nullable(),
  foundIn: z.enum(FOUND_IN),
  how: z.enum(MATCH_HOW),
  confidence: z.enum(['high', 'medium']),
  decision: MatchDecision,
  decidedAt: z.string().nullable(),
  referralId: z.string().nullable(),
});
export type NamedActorMatch = z.infer<typeof NamedActorMatch>;

export const CaseNamedActors = z.object({
  items: z.array(NamedActorMatch),
  /** Organisations named in a perpetrator field that no register or list knows, for content roles only. */
  unlisted: z.array(
    z.object({
      id: z.string(),
      reportReference: z.string(),
      name: z.string().nullable(),
      decision: MatchDecision,
      referralId: z.string().nullable(),
    }),
  ),
});
export type CaseNamedActors = z.infer<typeof CaseNamedActors>;

export const MatchDecisionInput = z.object({ decision: z.enum(['confirmed', 'rejected']) });
export type MatchDecisionInput = z.infer<typeof MatchDecisionInput>;

/** Analysts: matches to review, de-identified (a case id and the register entry; nothing the reporter wrote). */
export const MatchReviewList = z.object({
  items: z.array(
    NamedActorMatch.omit({ reportReference: true }).extend({ caseId: z.string(), caseReference: z.string() }),
  ),
});
export type MatchReviewList = z.infer<typeof MatchReviewList>;

/** De-identified counts: reports naming each principal (small cells are shown to analysts, never published). */
export const RegistryCounts = z.object({
  items: z.array(
    z.object({
      source: z.string(),
      principal: z.string(),
      country: z.string(),
      reports: z.number().int(),
      confirmed: z.number().int(),
      pending: z.number().int(),
    }),
  ),
  unregistered: z
    .number()
    .int()
    .describe('Reports naming an actor for the suspected state that no register lists'),
});
export type RegistryCounts = z.infer<typeof RegistryCounts>;

/** Supervisors: named actors possibly acting unregistered, to consider a referral to the regulator. */
export const UnregisteredActor = z.object({
  id: z.string(),
  caseId: z.string(),
  caseReference: z.string(),
  reportReference: z.string(),
  actor: z.object({ id: z.string(), label: z.string(), state: z.string(), kind: z.string() }).nullable(),
  name: z.string().nullable().describe('What the reporter wrote in the organisation field (content: sealed)'),
  reportsNamingIt: z.number().int(),
  foundIn: z.enum(FOUND_IN),
  decision: MatchDecision,
  referralId: z.string().nullable(),
  matchedAt: z.string(),
});
export type UnregisteredActor = z.infer<typeof UnregisteredActor>;
export const UnregisteredActorList = z.object({ items: z.array(UnregisteredActor) });
export type UnregisteredActorList = z.infer<typeof UnregisteredActorList>;

export const RegulatorReferralInput = z.object({
  partnerOrgId: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('A regulator; the first active one if left out'),
  note: z.string().trim().max(5_000).default(''),
});
export type RegulatorReferralInput = z.infer<typeof RegulatorReferralInput>;
