import { z } from 'zod';
import { PhoneNumber } from './report.ts';

/**
 * Call-back requests: a reporter asks to be called on a number that is safe, at times that are safe, in a
 * language. Asked in follow-up (the public page or `POST /api/v1/followup/callbacks`), optionally on the
 * report form, or recorded by staff at assisted intake. Staff see each as a case task with a due time.
 */

export const CALLBACK_LIMITS = { safeTimes: 300, language: 50 } as const;

export const CALLBACK_OUTCOMES = ['reached', 'no_answer', 'unsafe_to_talk', 'wrong_number'] as const;
export const CallbackOutcome = z.enum(CALLBACK_OUTCOMES);
export type CallbackOutcome = z.infer<typeof CallbackOutcome>;

export const CALLBACK_SOURCES = ['report_form', 'followup', 'assisted_intake'] as const;

export const CallbackRequestInput = z.object({
  phone: PhoneNumber.describe('A number that is safe to call'),
  safeTimes: z
    .string()
    .trim()
    .max(CALLBACK_LIMITS.safeTimes)
    .optional()
    .describe('When it is safe to call, in the reporter’s words'),
  language: z.string().trim().max(CALLBACK_LIMITS.language).optional().describe('The language to speak'),
});
export type CallbackRequestInput = z.infer<typeof CallbackRequestInput>;

export const CallbackRequested = z.object({ requestedAt: z.string(), dueAt: z.string() });

/** What staff see in the list: no number, no times, no language (those open one at a time, audited). */
export const CallbackSummary = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseReference: z.string(),
  reportReference: z.string(),
  source: z.enum(CALLBACK_SOURCES),
  requestedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  overdue: z.boolean().describe('not done and past dueAt'),
  doneAt: z.iso.datetime().nullable(),
  outcome: CallbackOutcome.nullable(),
});
export type CallbackSummary = z.infer<typeof CallbackSummary>;

export const CallbackListQuery = z.object({
  status: z.enum(['open', 'done', 'all']).default('open'),
  caseId: z.uuid().optional(),
});
export type CallbackListQuery = z.infer<typeof CallbackListQuery>;

export const CallbackList = z.object({ items: z.array(CallbackSummary) });
export type CallbackList = z.infer<typeof CallbackList>;

export const CallbackDetails = CallbackSummary.extend({
  phone: z.string(),
  safeTimes: z.string().nullable(),
  language: z.string().nullable(),
});
export type CallbackDetails = z.infer<typeof CallbackDetails>;

export const CallbackDone = z.object({ outcome: CallbackOutcome });
export type CallbackDone = z.infer<typeof CallbackDone>;

/** What the reporter reads in follow-up, in their language. */
export const ReporterCallback = z.object({
  requestedAt: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  outcome: CallbackOutcome.nullable(),
  text: z.string().describe('In plain words: asked on …, we will call; or we called on …'),
});
export type ReporterCallback = z.infer<typeof ReporterCallback>;
