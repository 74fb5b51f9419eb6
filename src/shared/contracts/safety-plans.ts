import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';

/**
 * Safety planning: a caseworker fills a plan with the person — steps chosen from an editable checklist (each
 * item labelled in every public language), notes per section and trusted contacts — and the person reads
 * it in follow-up, in their language, with the steps that are done. The plan is sealed.
 */
export const SAFETY_SECTIONS = ['physical', 'digital', 'family', 'contacts', 'recurrence'] as const;
export const SafetySection = z.enum(SAFETY_SECTIONS);
export type SafetySection = z.infer<typeof SafetySection>;

export const SAFETY_LIMITS = { note: 2000, label: 300, contacts: 10, steps: 100 } as const;

const Label = z.string().trim().min(1).max(SAFETY_LIMITS.label);
const OptionalLabel = z.string().trim().max(SAFETY_LIMITS.label).optional();

/** A label in each language: English and French required; a community language may wait for its translator. */
export const LocalisedLabels = z.object({
  en: Label,
  fr: Label,
  ...Object.fromEntries(LOCALES.filter((l) => l !== 'en' && l !== 'fr').map((l) => [l, OptionalLabel])),
}) as z.ZodType<{ en: string; fr: string } & Partial<Record<(typeof LOCALES)[number], string>>>;
export type LocalisedLabels = z.infer<typeof LocalisedLabels>;

export const ItemCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{1,63}$/)
  .describe('lower-case letters, digits and underscores');

export const SafetyPlanItem = z.object({
  code: ItemCode,
  section: SafetySection,
  labels: z.record(z.string(), z.string()),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type SafetyPlanItem = z.infer<typeof SafetyPlanItem>;

export const SafetyChecklist = z.object({ items: z.array(SafetyPlanItem) });
export type SafetyChecklist = z.infer<typeof SafetyChecklist>;

export const SafetyPlanItemInput = z.object({
  section: SafetySection,
  labels: LocalisedLabels,
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});
export type SafetyPlanItemInput = z.infer<typeof SafetyPlanItemInput>;

export const TrustedContact = z.object({
  name: z.string().trim().min(1).max(200),
  how: z.string().trim().max(300).default('').describe('How to reach them, or what they will do'),
});
export type TrustedContact = z.infer<typeof TrustedContact>;

const Notes = z
  .object(
    Object.fromEntries(SAFETY_SECTIONS.map((s) => [s, z.string().trim().max(SAFETY_LIMITS.note).optional()])),
  )
  .partial() as z.ZodType<Partial<Record<SafetySection, string>>>;

export const SafetyPlanInput = z.object({
  reportId: z.uuid().describe('whose plan: the report whose receipt holder reads it'),
  version: z.number().int().min(0).describe('the version you read; 0 for a new plan; 409 if it changed'),
  steps: z
    .array(z.object({ code: ItemCode, done: z.boolean() }))
    .max(SAFETY_LIMITS.steps)
    .describe('the checklist items chosen for this person, in order'),
  notes: Notes.default({}).describe('per section, shown to the person in follow-up'),
  contacts: z.array(TrustedContact).max(SAFETY_LIMITS.contacts).default([]),
});
export type SafetyPlanInput = z.infer<typeof SafetyPlanInput>;

export const SafetyPlanStep = z.object({
  code: z.string(),
  section: SafetySection,
  label: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
});

export const SafetyPlanView = z.object({
  reportId: z.uuid(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  steps: z.array(SafetyPlanStep),
  notes: z.record(z.string(), z.string()),
  contacts: z.array(TrustedContact),
});
export type SafetyPlanView = z.infer<typeof SafetyPlanView>;

export const CaseSafetyPlans = z.object({
  plans: z.array(
    z.object({
      reportId: z.uuid(),
      reference: z.string(),
      consentContact: z.boolean(),
      plan: SafetyPlanView.nullable(),
    }),
  ),
});
export type CaseSafetyPlans = z.infer<typeof CaseSafetyPlans>;

/** The person's plan in follow-up, in their language (a step's label carries the language it is in). */
export const ReporterSafetyPlan = z.object({
  updatedAt: z.string(),
  sections: z.array(
    z.object({
      section: SafetySection,
      title: z.string(),
      note: z.string().nullable(),
      steps: z.array(z.object({ label: z.string(), lang: z.string(), done: z.boolean() })),
    }),
  ),
  contacts: z.array(TrustedContact),
});
export type ReporterSafetyPlan = z.infer<typeof ReporterSafetyPlan>;
