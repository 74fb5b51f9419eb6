import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';
import { CASE_STATUSES, PROVINCES, RISK_LEVELS } from '../taxonomy.ts';

/**
 * The triage queue's own shapes: the filters (also what a saved view keeps), the de-identified summary line
 * of a row, staff-defined tags and saved views. cases.ts builds the list query and the case summary from them.
 */

const Code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

/** What a person can filter the queue by; a saved view stores exactly these. */
export const QueueFilters = z.object({
  reference: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and dashes')
    .optional()
    .describe('a case or report reference, or its beginning (FP-…)'),
  status: z
    .enum([...CASE_STATUSES, 'open'])
    .optional()
    .describe('one status, or "open" for every status but closed'),
  risk: z.enum(RISK_LEVELS).optional(),
  assignee: z
    .union([z.uuid(), z.enum(['me', 'none'])])
    .optional()
    .describe('a user id, "me" or "none"'),
  overdue: z.enum(['yes']).optional().describe('"yes": only cases past their acknowledgement target'),
  tactic: Code.optional().describe('a tactic code (any report of the case)'),
  community: Code.optional().describe('a community code'),
  channel: Code.optional().describe('a channel code'),
  province: z.enum(PROVINCES).optional(),
  language: z
    .enum(LOCALES)
    .optional()
    .describe("the reporter's language (staff who read case content only: it narrows down who wrote)"),
  tag: z.uuid().optional().describe('a tag id (staff who read case content only)'),
  openedFrom: z.iso.date().optional().describe('opened on or after this day (UTC)'),
  openedTo: z.iso.date().optional().describe('opened on or before this day (UTC)'),
  synthetic: z
    .enum(['exclude', 'only'])
    .optional()
    .describe('synthetic (demo) cases: left out, or only them; by default listed and marked'),
});
export type QueueFilters = z.infer<typeof QueueFilters>;
export const QUEUE_FILTER_KEYS = Object.keys(QueueFilters.shape) as (keyof QueueFilters)[];

export const Tag = z.object({ id: z.uuid(), label: z.string() });
export type Tag = z.infer<typeof Tag>;
export const TagList = z.object({ items: z.array(Tag) });
export type TagList = z.infer<typeof TagList>;
export const NewTag = z
  .object({
    label: z
      .string()
      .trim()
      .min(2)
      .max(40)
      .describe('a short label for staff work; never a name or anything a reporter wrote'),
  })
  .strict();
export type NewTag = z.infer<typeof NewTag>;
export const CaseTagChange = z.object({ tagId: z.uuid() }).strict();
export type CaseTagChange = z.infer<typeof CaseTagChange>;

/**
 * A row's summary line. Codes only; what may narrow down who wrote (language, files, the interpreter) and
 * staff tags are null for roles that do not read case content (analysts).
 */
export const TriageSummary = z.object({
  tactics: z.array(z.string()),
  communities: z.array(z.string()),
  channels: z.array(z.string()),
  province: z.string().nullable(),
  languages: z.array(z.string()).nullable().describe("the reporters' languages; null for analysts"),
  hasEvidence: z.boolean().nullable().describe('a report of the case came with a file; null for analysts'),
  interpreterNeeded: z
    .boolean()
    .nullable()
    .describe('a reporter reads neither English nor French; null for analysts'),
  inCampaign: z.boolean().describe('the case belongs to a suggested or confirmed campaign'),
  synthetic: z.boolean().describe('made by `focalpoint demo seed`, not a real report'),
  tags: z.array(Tag).nullable().describe('null for analysts'),
  // Filled by the front-line work (call-back requests, escalation of immediate-risk reports); absent here.
});
export type TriageSummary = z.infer<typeof TriageSummary>;

export const QueueView = z.object({
  id: z.uuid(),
  name: z.string(),
  filters: QueueFilters,
  createdAt: z.iso.datetime(),
});
export type QueueView = z.infer<typeof QueueView>;
export const QueueViewList = z.object({ items: z.array(QueueView) });
export type QueueViewList = z.infer<typeof QueueViewList>;
export const NewQueueView = z
  .object({ name: z.string().trim().min(1).max(60), filters: QueueFilters.strict() })
  .strict();
export type NewQueueView = z.infer<typeof NewQueueView>;
/** How many views one person keeps. */
export const MAX_QUEUE_VIEWS = 30;
