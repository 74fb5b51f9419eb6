import { z } from 'zod';
import { CallbackRequestInput } from './callbacks.ts';
import { ReportInput } from './report.ts';

/**
 * Assisted intake: a report that came by phone, in person, by e-mail or by letter, recorded by an intake
 * officer or caseworker on the person's behalf. The report is the public form's (`ReportInput`, sealed the
 * same way), plus how it came, the interpreter's language if one was used, and each consent asked aloud:
 * no consent is assumed, so each must be answered yes or no. `language` is the language the person reads:
 * their slip is printed in it and follow-up opens in it.
 */
export const INTAKE_CHANNELS = ['phone', 'in_person', 'email', 'letter'] as const;
export const IntakeChannel = z.enum(INTAKE_CHANNELS);
export type IntakeChannel = z.infer<typeof IntakeChannel>;

export const AskedConsents = z.object({
  contact: z.boolean().describe('Asked: may the focal point contact them?'),
  referralToPolice: z.boolean().describe('Asked: may the report go to police?'),
  anonymisedStatistics: z.boolean().describe('Asked: may it count in de-identified statistics?'),
  updates: z.boolean().describe('Asked: do they want to be told of referrals and outcomes in follow-up?'),
});

export const AssistedReportInput = ReportInput.extend({
  channel: IntakeChannel,
  interpreterLanguage: z
    .string()
    .trim()
    .max(50)
    .optional()
    .describe('The language the interpreter spoke with the person, when one was used'),
  consents: AskedConsents,
  callback: CallbackRequestInput.optional().describe('The person asked to be called back'),
});
export type AssistedReportInput = z.infer<typeof AssistedReportInput>;
export type AssistedReportBody = z.input<typeof AssistedReportInput>;

export const AssistedReportAccepted = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  receipt: z
    .string()
    .describe('Shown once: read it out or print the slip; it is never stored and cannot be shown again'),
  slipToken: z
    .string()
    .describe('One-time token to open the printable slip (POST /api/v1/assisted-reports/slip), minutes'),
  language: z.string().describe('The language of the slip'),
});
export type AssistedReportAccepted = z.infer<typeof AssistedReportAccepted>;

/** The slip's form post: the one-time token and the receipt (never stored, so it travels back once). */
export const SlipRequest = z.object({
  token: z.string().max(64),
  receipt: z.string().max(40),
});
