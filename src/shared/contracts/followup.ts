import { z } from 'zod';
import { Consents, RefusedFile } from './report.ts';

/**
 * The reporter's side of a case, reached with the receipt (`Authorization: Receipt <receipt>` on the API,
 * a posted field on the public pages). Statuses are said in plain words: a stable code for programs and
 * the sentence in the reporter's language.
 */

/**
 * What the reporter is told. `referred` is shown only when the reporter asked to be told of referrals
 * (consent "updates"); otherwise a referred case reads as `in_progress`.
 */
export const FOLLOWUP_STATUSES = [
  'received', // new: nobody has looked at it yet
  'under_review', // triaged
  'in_progress',
  'referred',
  'closed',
  'deletion_requested',
] as const;
export const FollowupStatus = z.enum(FOLLOWUP_STATUSES);
export type FollowupStatus = z.infer<typeof FollowupStatus>;

export const LIMITS = {
  messageBody: 10_000,
} as const;

export const FollowupMessage = z.object({
  id: z.string(),
  direction: z.enum(['to_reporter', 'from_reporter']).describe('to_reporter: from the focal point'),
  body: z.string(),
  createdAt: z.string(),
});
export type FollowupMessage = z.infer<typeof FollowupMessage>;

export const FollowupEvidence = z.object({
  id: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  receivedAt: z.string(),
});

export const FollowupView = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  status: z.object({ code: FollowupStatus, text: z.string() }),
  /** Placeholder until referrals exist: a sentence when the case was referred and the reporter wants to know. */
  referral: z.object({ text: z.string() }).nullable(),
  consents: Consents,
  messages: z.array(FollowupMessage),
  evidence: z.array(FollowupEvidence),
  deletionRequestedAt: z.string().nullable(),
});
export type FollowupView = z.infer<typeof FollowupView>;

export const ReporterMessageInput = z.object({
  body: z.string().trim().min(1).max(LIMITS.messageBody),
});
export type ReporterMessageInput = z.infer<typeof ReporterMessageInput>;

export const MessagePosted = z.object({ id: z.string(), createdAt: z.string() });

export const ConsentsPatch = z
  .object({
    contact: z.boolean(),
    referralToPolice: z.boolean(),
    anonymisedStatistics: z.boolean(),
    updates: z.boolean(),
  })
  .partial();
export type ConsentsPatch = z.infer<typeof ConsentsPatch>;

export const EvidenceAdded = z.object({
  files: z.number().int(),
  refusedFiles: z.array(RefusedFile).optional().describe('Files not kept (see POST /api/v1/reports)'),
});

export const DeletionRequested = z.object({ deletionRequestedAt: z.string() });
