import { z } from 'zod';

/**
 * Staff dashboards and periodic reports: de-identified aggregates over reports and cases. Counts only —
 * no reference, narrative, identity or indicator value — for analysts and supervisors.
 */

export const RISKS = ['immediate', 'high', 'medium', 'low'] as const;
export const CASE_STATUSES = ['new', 'triaged', 'in_progress', 'referred', 'closed'] as const;

const Code = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/);

export const DashboardQuery = z.object({
  from: z.iso.date().optional().describe('reports received on or after this day (UTC)'),
  to: z.iso.date().optional().describe('reports received on or before this day (UTC)'),
  tactic: Code.optional(),
  community: Code.optional(),
  province: Code.optional(),
  suspectedState: Code.optional().describe('ISO 3166-1 alpha-2 code of the state reporters suspect'),
  channel: Code.optional(),
  risk: z.enum(RISKS).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  lang: z.enum(['en', 'fr']).optional().describe('language of the category labels; English by default'),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const Bucket = z.object({
  key: z.string().describe('taxonomy or status code; `unspecified` when the report gave none'),
  label: z.string().describe('the label in the requested language, or the code'),
  count: z.number().int().min(0),
});
export type Bucket = z.infer<typeof Bucket>;

export const AckTime = z.object({
  risk: z.enum(RISKS),
  acknowledged: z.number().int().describe('cases acknowledged'),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});
export type AckTime = z.infer<typeof AckTime>;

export const ReferralBucket = z.object({
  partnerKind: z.string(),
  outcome: z.string().describe('outcome code, or `awaiting` when the partner has not given one'),
  count: z.number().int(),
});
export type ReferralBucket = z.infer<typeof ReferralBucket>;

export const DASHBOARD_DIMENSIONS = [
  'tactic',
  'community',
  'suspectedState',
  'province',
  'channel',
  'institution',
  'perpetrator',
  'risk',
  'status',
] as const;
export type DashboardDimension = (typeof DASHBOARD_DIMENSIONS)[number];

export const DashboardSummary = z.object({
  period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  totals: z.object({
    reports: z.number().int(),
    cases: z.number().int(),
    campusReports: z.number().int().describe('reports that name an educational institution'),
    referrals: z.number().int(),
  }),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  by: z.object({
    tactic: z.array(Bucket),
    community: z.array(Bucket),
    suspectedState: z.array(Bucket).describe('the state reporters suspect is behind it (ISO 3166-1 code)'),
    province: z.array(Bucket),
    channel: z.array(Bucket),
    institution: z.array(Bucket).describe('campus view: reports with an institution, by institution'),
    perpetrator: z.array(Bucket),
    risk: z.array(Bucket).describe('cases by current risk'),
    status: z.array(Bucket).describe('cases by current status'),
  }),
  timeToAcknowledge: z.array(AckTime),
  referrals: z.array(ReferralBucket),
  campaigns: z.array(Bucket).describe('campaigns with a case in the selection, by status'),
  registeredActors: z
    .array(
      z.object({
        source: z.string(),
        principal: z.string(),
        country: z.string(),
        registered: z.boolean().describe('Some registration for this principal has not ended'),
        reports: z.number().int(),
      }),
    )
    .describe('Foreign principals whose registered agents analysts confirmed in the selected reports'),
  generatedAt: z.string(),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;

export const PeriodicReportQuery = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  lang: z.enum(['en', 'fr']).default('en'),
  format: z.enum(['pdf', 'html']).default('pdf'),
});
export type PeriodicReportQuery = z.infer<typeof PeriodicReportQuery>;
