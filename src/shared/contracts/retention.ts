import { z } from 'zod';
import { CLOSING_REASONS } from '../taxonomy.ts';

/**
 * Records management: retention schedules, legal holds, deletion on request, and what was disposed of.
 * The contract of the retention API, read by the server, the console and the CLI.
 *
 * A schedule is a set of durations, in minutes (null: never), each counted from the case's last activity:
 * its closing, or the latest message or timeline event after it (a case worked on again keeps its content
 * longer). Reports nobody ever acted on count from their arrival (or the reporter's last message).
 *
 *   closed.<closing reason>.deidentify / .destroy   a closed case, by the reason it was closed
 *   not_acted_on.deidentify / .destroy             a case never triaged nor answered (held or spam included)
 *   keep.<record>                                  how long one kind of record outlives the closing, before
 *                                                  the case's de-identification removes everything anyway
 *   notice.receipt                                 how long a reporter's receipt still shows the outcome
 *                                                  after their report was destroyed
 *   notice.upcoming                                how far ahead the plan lists what will fall due
 */

export const CASE_SCOPES = [...CLOSING_REASONS.map((r) => `closed.${r}` as const), 'not_acted_on'] as const;
export type CaseScope = (typeof CASE_SCOPES)[number];

export const RECORD_KINDS = [
  'messages',
  'notes',
  'identity',
  'evidence_originals',
  'evidence_copies',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const SETTING_KEYS = [
  ...CASE_SCOPES.flatMap((s) => [`${s}.deidentify` as const, `${s}.destroy` as const]),
  ...RECORD_KINDS.map((k) => `keep.${k}` as const),
  'notice.receipt',
  'notice.upcoming',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const MINUTE = 1;
export const HOUR = 60;
export const DAY = 24 * HOUR;
export const YEAR = 365 * DAY;

/**
 * The defaults, conservative: nothing is de-identified before two years have passed since the case's last
 * activity — the minimum of Canada's Privacy Regulations (s. 4(1)(a)) for personal information used to
 * make a decision about someone, unless they consent to its disposal (a deletion request is that
 * consent) — and the statistical skeleton that remains is destroyed after seven. Records follow the case
 * (null: kept until the case is de-identified). A receipt shows the outcome of a deletion for 90 days.
 */
export const DEFAULT_SETTINGS: Readonly<Record<SettingKey, number | null>> = Object.fromEntries([
  ...CASE_SCOPES.flatMap((s) => [
    [`${s}.deidentify`, 2 * YEAR],
    [`${s}.destroy`, 7 * YEAR],
  ]),
  ...RECORD_KINDS.map((k) => [`keep.${k}`, null]),
  ['notice.receipt', 90 * DAY],
  ['notice.upcoming', 30 * DAY],
]) as Record<SettingKey, number | null>;

/** The longest duration a setting may hold: a century. */
export const MAX_MINUTES = 100 * YEAR;

const Minutes = z.number().int().min(0).max(MAX_MINUTES);

export const RetentionSettings = z.object(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, Minutes.nullable()])) as Record<
    SettingKey,
    z.ZodNullable<typeof Minutes>
  >,
);
export type RetentionSettings = z.infer<typeof RetentionSettings>;

export const RetentionSettingsView = z.object({
  settings: RetentionSettings,
  defaults: RetentionSettings,
  updatedAt: z.iso.datetime().nullable(),
});
export type RetentionSettingsView = z.infer<typeof RetentionSettingsView>;

export const RetentionSettingsPatch = RetentionSettings.partial().strict();
export type RetentionSettingsPatch = z.infer<typeof RetentionSettingsPatch>;

const UNITS: readonly [string, number][] = [
  ['y', YEAR],
  ['w', 7 * DAY],
  ['d', DAY],
  ['h', HOUR],
  ['m', MINUTE],
];

/**
 * A duration as people write it — `730d`, `2y`, `12h`, `5m`, `never` — in minutes (null for never), or
 * undefined when it cannot be read. The console and the CLI accept the same words.
 */
export function parseDuration(text: string): number | null | undefined {
  const s = text.trim().toLowerCase();
  if (s === 'never') return null;
  const m = /^(\d{1,7})\s*([ywdhm])$/.exec(s);
  if (!m) return undefined;
  const minutes = Number(m[1]) * (UNITS.find(([u]) => u === m[2])?.[1] ?? 0);
  return minutes <= MAX_MINUTES ? minutes : undefined;
}

/** Minutes in the largest unit that divides them exactly: 1051200 → `2y`, 90 → `90m`; null → `never`. */
export function formatDuration(minutes: number | null): string {
  if (minutes === null) return 'never';
  if (minutes === 0) return '0m';
  const [unit, size] = UNITS.find(([, size]) => minutes % size === 0) ?? ['m', 1];
  return `${minutes / size}${unit}`;
}

/**
 * What a schedule must not say: a case destroyed before it is de-identified. (Destroying includes
 * de-identifying, so equal durations are fine.) Answers the keys in error.
 */
export function scheduleProblems(s: RetentionSettings): SettingKey[] {
  const problems: SettingKey[] = [];
  for (const scope of CASE_SCOPES) {
    const deidentify = s[`${scope}.deidentify`];
    const destroy = s[`${scope}.destroy`];
    if (destroy !== null && (deidentify === null || destroy < deidentify)) problems.push(`${scope}.destroy`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// The plan (dry run) and the runs.

export const DISPOSAL_ACTIONS = ['deidentify', 'destroy'] as const;
export const DisposalAction = z.enum(DISPOSAL_ACTIONS);
export type DisposalAction = z.infer<typeof DisposalAction>;

export const PlanItem = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  action: DisposalAction,
  rule: z.string().describe('the setting that makes it due, e.g. closed.resolved.deidentify'),
  dueAt: z.iso.datetime(),
  reports: z.number().int(),
});
export type PlanItem = z.infer<typeof PlanItem>;

export const RecordTrim = z.object({
  caseId: z.uuid(),
  reference: z.string(),
  rule: z.string().describe('keep.<record>'),
  dueAt: z.iso.datetime(),
});
export type RecordTrim = z.infer<typeof RecordTrim>;

export const RuleCount = z.object({ rule: z.string(), cases: z.number().int(), reports: z.number().int() });
export type RuleCount = z.infer<typeof RuleCount>;

export const RetentionPlan = z.object({
  at: z.iso.datetime(),
  rules: z.array(RuleCount).describe('what the next run would do, by rule'),
  items: z.array(PlanItem).describe('the cases, oldest due first (at most `limit`)'),
  records: z.array(RecordTrim),
  upcoming: z.array(PlanItem).describe('what falls due within notice.upcoming'),
  held: z.number().int().describe('cases due but under a legal hold: every rule is suspended for them'),
  truncated: z.boolean(),
});
export type RetentionPlan = z.infer<typeof RetentionPlan>;

export const RetentionRun = z.object({
  at: z.iso.datetime(),
  rules: z.array(RuleCount),
  items: z.array(PlanItem).describe('what this run disposed of'),
  records: z.array(RecordTrim),
  blobsDeleted: z.number().int(),
  keysShredded: z.number().int(),
  receiptsExpired: z.number().int(),
});
export type RetentionRun = z.infer<typeof RetentionRun>;

export const DisposedMonth = z.object({
  month: z.string().describe('YYYY-MM'),
  deidentified: z.number().int().describe('reports de-identified (their content removed)'),
  destroyed: z.number().int().describe('reports destroyed (a tombstone left)'),
  onRequest: z.number().int().describe('of those destroyed, at their reporter’s request'),
});
export const DisposedSummary = z.object({
  months: z.array(DisposedMonth),
  activeHolds: z.number().int(),
  pendingDeletionRequests: z.number().int(),
});
export type DisposedSummary = z.infer<typeof DisposedSummary>;

// ---------------------------------------------------------------------------------------------------
// Legal holds: a supervisor suspends every rule for a case, with a reason, until the hold is lifted.

export const HOLD_BASES = ['police_investigation', 'litigation', 'access_request', 'other'] as const;
export const HoldBasis = z.enum(HOLD_BASES);
export type HoldBasis = z.infer<typeof HoldBasis>;

export const PlaceHold = z.object({
  reference: z.string().trim().min(3).max(40).describe('the case reference (FP-…)'),
  basis: HoldBasis,
  reason: z.string().trim().min(1).max(2000).describe('why; sealed, shown to supervisors only'),
  reviewOn: z.iso.date().describe('when the hold is to be reviewed'),
});
export type PlaceHold = z.infer<typeof PlaceHold>;

export const ReviewHold = z.object({ reviewOn: z.iso.date() });
export const HoldIdParams = z.object({ id: z.uuid() });

const StaffName = z.string().describe('display name or e-mail of a member of staff');

export const LegalHold = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  reference: z.string(),
  basis: HoldBasis,
  reason: z.string().nullable(),
  placedBy: StaffName,
  placedAt: z.iso.datetime(),
  reviewOn: z.iso.date(),
  reviewDue: z.boolean(),
  reviewedAt: z.iso.datetime().nullable(),
  liftedAt: z.iso.datetime().nullable(),
});
export type LegalHold = z.infer<typeof LegalHold>;
export const LegalHoldList = z.object({ items: z.array(LegalHold) });
export type LegalHoldList = z.infer<typeof LegalHoldList>;

// ---------------------------------------------------------------------------------------------------
// Deletion on request: the reporter asks in follow-up; a supervisor approves, or refuses with a reason
// the reporter reads in their language.

export const REFUSAL_REASONS = ['legal_hold', 'legal_obligation', 'investigation', 'other'] as const;
export const RefusalReason = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReason>;

export const DeletionRequest = z.object({
  reportId: z.uuid(),
  reference: z.string(),
  caseId: z.uuid(),
  caseReference: z.string(),
  caseStatus: z.string(),
  requestedAt: z.iso.datetime(),
  held: z.boolean().describe('the case is under a legal hold: approval is refused'),
  referred: z.boolean().describe('a referral carried this report: partners are told at approval'),
  decision: z.enum(['approved', 'refused']).nullable(),
  refusal: RefusalReason.nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export type DeletionRequest = z.infer<typeof DeletionRequest>;
export const DeletionRequestList = z.object({ items: z.array(DeletionRequest) });
export type DeletionRequestList = z.infer<typeof DeletionRequestList>;

export const DeletionDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }),
  z.object({ decision: z.literal('refuse'), refusal: RefusalReason }),
]);
export type DeletionDecision = z.infer<typeof DeletionDecision>;
export const ReportIdParams = z.object({ reportId: z.uuid() });
