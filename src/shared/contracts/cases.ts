import { z } from 'zod';
import { Role } from '../roles.ts';
import { isSuspectedState } from '../suspected-states.ts';
import { CASE_STATUSES, CLOSING_REASONS, PROVINCES, RISK_LEVELS } from '../taxonomy.ts';

/**
 * The staff case API's contract: the server validates and documents with these schemas (OpenAPI is
 * generated from them) and the console derives its types from them. No shape is typed twice by hand.
 */

export { CASE_STATUSES, CLOSING_REASONS };
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const RISKS = RISK_LEVELS;
export const Risk = z.enum(RISKS);
export type Risk = z.infer<typeof Risk>;

export const ClosingReason = z.enum(CLOSING_REASONS);
export type ClosingReason = z.infer<typeof ClosingReason>;

/**
 * The status workflow: one step forward along new → triaged → in_progress → referred, closing from any
 * open status (with a reason), back to work after a referral, and reopening a closed case.
 */
export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['triaged', 'closed'],
  triaged: ['in_progress', 'closed'],
  in_progress: ['referred', 'closed'],
  referred: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

export const canTransition = (from: CaseStatus, to: CaseStatus) => TRANSITIONS[from].includes(to);

export const CASES_PAGE_SIZE = 25;

const Reference = z
  .string()
  .trim()
  .max(40)
  .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and dashes');

export const CaseListQuery = z.object({
  reference: Reference.optional().describe('a case or report reference, or its beginning (FP-…)'),
  status: z
    .enum([...CASE_STATUSES, 'open'])
    .optional()
    .describe('one status, or "open" for every status but closed'),
  risk: Risk.optional(),
  assignee: z
    .union([z.uuid(), z.enum(['me', 'none'])])
    .optional()
    .describe('a user id, "me" or "none"'),
  held: z
    .enum(['only'])
    .optional()
    .describe('"only": the reports held apart during a flood, awaiting review (otherwise never listed)'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type CaseListQuery = z.infer<typeof CaseListQuery>;

/** Staff review of reports held during a flood: release them into the queue, or discard them as spam. */
export const HeldReview = z
  .object({
    action: z.enum(['release', 'discard']),
    caseIds: z.array(z.uuid()).min(1).max(1_000).optional().describe('these held cases; without it, all'),
  })
  .describe('Release held cases into the triage queue (announced as usual), or discard them as spam');
export type HeldReview = z.infer<typeof HeldReview>;
export const HeldReviewResult = z.object({ cases: z.number().int() });
export type HeldReviewResult = z.infer<typeof HeldReviewResult>;

export const StaffRef = z.object({ id: z.uuid(), displayName: z.string(), email: z.string() });
export type StaffRef = z.infer<typeof StaffRef>;

export const CaseSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: CaseStatus,
  risk: Risk,
  assignee: StaffRef.nullable(),
  openedAt: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
  ackDueAt: z.iso.datetime().describe('when the case must be acknowledged, from its risk'),
  overdue: z.boolean().describe('not acknowledged and past ackDueAt'),
  closedAt: z.iso.datetime().nullable(),
  closingReason: ClosingReason.nullable(),
  reportCount: z.number().int(),
  province: z.string().nullable(),
  tactics: z.array(z.string()),
  version: z.number().int(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseList = z.object({
  items: z.array(CaseSummary),
  total: z.number().int(),
  held: z.number().int().describe('Reports held apart during a flood, awaiting review'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CaseList = z.infer<typeof CaseList>;

export const Classification = z.object({
  incidentStartedOn: z.string().nullable(),
  incidentEndedOn: z.string().nullable(),
  ongoing: z.boolean(),
  province: z.string().nullable(),
  city: z.string().nullable().describe('Sealed with the report; null in the de-identified view'),
  institution: z.string().nullable().describe('A code of the institution list, or `other`'),
  institutionOther: z
    .string()
    .nullable()
    .describe('The name of an institution not on the list (sealed); null in the de-identified view'),
  tactics: z.array(z.string()),
  communities: z.array(z.string()),
  channels: z.array(z.string()),
  impacts: z.array(z.string()),
  perpetratorTypes: z.array(z.string()),
  suspectedState: z.string().nullable(),
});
export type Classification = z.infer<typeof Classification>;

export const Identifier = z.object({
  kind: z.string(),
  platform: z.string().nullable(),
  value: z.string(),
});
export type Identifier = z.infer<typeof Identifier>;

export const EvidenceItem = z.object({
  id: z.uuid(),
  reportId: z.uuid(),
  filename: z.string().nullable(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256Original: z.string(),
  sanitisedAvailable: z.boolean(),
  receivedAt: z.iso.datetime(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const ReportView = z.object({
  id: z.uuid(),
  reference: z.string(),
  receivedAt: z.iso.datetime(),
  language: z.string(),
  reporterKind: z.string(),
  anonymous: z.boolean(),
  verified: z.boolean(),
  risk: Risk,
  riskReasons: z.array(z.string()),
  consents: z.object({
    contact: z.boolean(),
    referralToPolice: z.boolean(),
    anonymisedStatistics: z.boolean(),
    updates: z.boolean(),
  }),
  classification: Classification,
  /** null in the de-identified view (analysts). */
  narrative: z.string().nullable(),
  identifiers: z.array(Identifier).nullable(),
  identifierKinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  perpetratorDescriptions: z.array(z.string()).nullable(),
  evidence: z.array(EvidenceItem).nullable(),
});
export type ReportView = z.infer<typeof ReportView>;

export const TimelineEvent = z.object({
  id: z.uuid(),
  at: z.iso.datetime(),
  kind: z.string(),
  actor: StaffRef.nullable(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  reason: z.string().nullable(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Note = z.object({
  id: z.uuid(),
  author: StaffRef.nullable(),
  body: z.string(),
  createdAt: z.iso.datetime(),
});
export type Note = z.infer<typeof Note>;

export const Task = z.object({
  id: z.uuid(),
  title: z.string(),
  assignee: StaffRef.nullable(),
  dueOn: z.iso.date().nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Task = z.infer<typeof Task>;

export const Message = z.object({
  id: z.uuid(),
  reportId: z.uuid().nullable(),
  direction: z.enum(['to_reporter', 'from_reporter']),
  author: StaffRef.nullable(),
  body: z.string(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type Message = z.infer<typeof Message>;

/** What the signed-in member of staff may do on this case; the console shows only these controls. */
export const CasePermissions = z.object({
  readContent: z.boolean(),
  changeStatus: z.boolean(),
  changeRisk: z.boolean(),
  classify: z.boolean(),
  assign: z.boolean(),
  message: z.boolean(),
  writeNotes: z.boolean(),
  writeTasks: z.boolean(),
  revealIdentity: z.boolean(),
  merge: z.boolean(),
  downloadEvidence: z.boolean(),
  downloadOriginal: z.boolean(),
});
export type CasePermissions = z.infer<typeof CasePermissions>;

export const CaseView = CaseSummary.extend({
  deidentified: z.boolean().describe('true for analysts: no narrative, identity, contact, messages or notes'),
  mergedIntoId: z.uuid().nullable(),
  reports: z.array(ReportView),
  timeline: z.array(TimelineEvent),
  notes: z.array(Note).nullable(),
  tasks: z.array(Task).nullable(),
  messages: z.array(Message).nullable(),
  permissions: CasePermissions,
});
export type CaseView = z.infer<typeof CaseView>;

const Code = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

/** New classification codes for one report of the case; each list replaces the old one. */
export const ClassificationUpdate = z
  .object({
    reportId: z.uuid(),
    tactics: z.array(Code).max(40).optional(),
    communities: z.array(Code).max(20).optional(),
    channels: z.array(Code).max(20).optional(),
    impacts: z.array(Code).max(20).optional(),
    perpetratorTypes: z.array(Code).max(20).optional(),
    province: z.enum(PROVINCES).nullable().optional(),
    suspectedState: z
      .string()
      .refine(isSuspectedState, { params: { key: 'error.invalidChoice' } })
      .nullable()
      .optional()
      .describe('ISO 3166-1 alpha-2 code; null when not known'),
  })
  .strict();
export type ClassificationUpdate = z.infer<typeof ClassificationUpdate>;

export const CaseUpdate = z
  .object({
    version: z.number().int().min(1).describe('the version you read; 409 if the case changed since'),
    status: CaseStatus.optional(),
    closingReason: ClosingReason.optional().describe('required when status is closed'),
    risk: Risk.optional(),
    riskReason: z.string().trim().min(1).max(2000).optional().describe('required when risk changes'),
    assigneeId: z.uuid().nullable().optional().describe('null unassigns'),
    classification: ClassificationUpdate.optional().describe('codes must be active taxonomy terms'),
  })
  .strict();
export type CaseUpdate = z.infer<typeof CaseUpdate>;

export const Reason = z.object({ reason: z.string().trim().min(5).max(2000) });
export type Reason = z.infer<typeof Reason>;

export const ReporterIdentity = z.object({
  reportId: z.uuid(),
  reference: z.string(),
  anonymous: z.boolean(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredLanguage: z.string().nullable(),
  safeToContact: z.union([z.string(), z.boolean()]).nullable().describe('as the reporter answered'),
});
export type ReporterIdentity = z.infer<typeof ReporterIdentity>;
export const IdentityAnswer = z.object({ identities: z.array(ReporterIdentity) });
export type IdentityAnswer = z.infer<typeof IdentityAnswer>;

export const NewMessage = z.object({
  body: z.string().trim().min(1).max(5000),
  reportId: z.uuid().optional().describe('which reporter of a merged case; defaults to the first report'),
});
export type NewMessage = z.infer<typeof NewMessage>;

export const NewNote = z.object({ body: z.string().trim().min(1).max(10_000) });
export type NewNote = z.infer<typeof NewNote>;

export const NewTask = z.object({
  title: z.string().trim().min(1).max(500),
  dueOn: z.iso.date().optional(),
  assigneeId: z.uuid().optional(),
});
export type NewTask = z.infer<typeof NewTask>;

export const TaskUpdate = z.object({ done: z.boolean() });

export const MergeRequest = z
  .object({
    intoCaseId: z.uuid().optional(),
    intoReference: Reference.optional(),
  })
  .refine((v) => Boolean(v.intoCaseId) !== Boolean(v.intoReference), {
    message: 'give intoCaseId or intoReference',
    params: { key: 'error.required' },
  });
export type MergeRequest = z.infer<typeof MergeRequest>;

export const Assignee = StaffRef.extend({ role: Role });
export const AssigneeList = z.object({ items: z.array(Assignee) });
export type Assignee = z.infer<typeof Assignee>;

export const AuditQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  action: z
    .string()
    .regex(/^[a-z0-9_.]{1,80}$/)
    .optional()
    .describe('an action code or its beginning, e.g. case.identity'),
  targetId: z.uuid().optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AUDIT_PAGE_SIZE = 50;

export const AuditItem = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actorType: z.string(),
  actor: StaffRef.nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  meta: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditItem = z.infer<typeof AuditItem>;
export const AuditList = z.object({
  items: z.array(AuditItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditList = z.infer<typeof AuditList>;

/** The reason given for an identity reveal, read from the reveal's audit entry (supervisors; audited). */
export const RevealReasonParams = z.object({
  seq: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
});
export const RevealReason = z.object({
  seq: z.number().int(),
  revealId: z.uuid(),
  caseId: z.uuid(),
  revealedAt: z.iso.datetime(),
  revealedBy: StaffRef.nullable(),
  reason: z.string(),
});
export type RevealReason = z.infer<typeof RevealReason>;
