import { z } from 'zod';

/**
 * Public statistics and de-identified exports: the shapes the server answers with and the console, the
 * public site and the CLI read. See src/server/stats/suppression.ts for what is published and why.
 */

export const STAT_DIMENSIONS = ['province', 'tactic', 'community', 'channel', 'suspectedState'] as const;
export const StatDimension = z.enum(STAT_DIMENSIONS);
export type StatDimension = z.infer<typeof StatDimension>;

/** A published count: a number, or null with `suppressed: true` when it is too small to publish. */
export const PublishedCount = z
  .object({
    count: z.number().int().min(0).nullable(),
    suppressed: z.boolean(),
  })
  .describe('count is null and suppressed true when the count is from 1 to 4 or could reveal one');
export type PublishedCount = z.infer<typeof PublishedCount>;

export const StatisticsTable = z.object({
  dimension: StatDimension,
  multiValued: z
    .boolean()
    .describe('a report can carry several values: cells of a row may add up to more than its total'),
  categories: z
    .array(z.string())
    .describe(
      'taxonomy codes (suspected states: ISO 3166-1 codes, and `other` for the states not named), and `unspecified` for reports that gave none',
    ),
  rows: z.array(z.object({ month: z.string(), cells: z.array(PublishedCount) })),
  categoryTotals: z.array(PublishedCount).describe('distinct reports per category over the period'),
});
export type StatisticsTable = z.infer<typeof StatisticsTable>;

export const PublicStatistics = z.object({
  period: z.object({
    year: z.number().int(),
    from: z.string().describe('first month, YYYY-MM'),
    to: z.string().describe('last complete month, YYYY-MM'),
  }),
  threshold: z.number().int().describe('smallest count ever published other than zero'),
  demonstration: z.boolean().describe('true when the figures come from demonstration (synthetic) data'),
  months: z.array(z.string()),
  monthTotals: z.array(PublishedCount).describe('reports received per month'),
  total: PublishedCount,
  tables: z.array(StatisticsTable),
  generatedAt: z.string(),
});
export type PublicStatistics = z.infer<typeof PublicStatistics>;

export const PublicStatisticsQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000)
    .max(2100)
    .optional()
    .describe('calendar year; defaults to the year of the last complete month'),
});

/** One de-identified case in CSV and JSON exports. No narrative, identity or indicator value. */
export const ExportedCase = z.object({
  pseudonym: z.string().describe('stable per case and export key, not the reference'),
  openedMonth: z.string(),
  status: z.string(),
  risk: z.string(),
  province: z.string().nullable(),
  tactics: z.array(z.string()),
  communities: z.array(z.string()),
  channels: z.array(z.string()),
  perpetratorTypes: z.array(z.string()),
  impacts: z.array(z.string()),
  suspectedState: z.string().nullable(),
  reports: z.number().int(),
  referrals: z.number().int(),
  referralOutcomes: z.record(z.string(), z.number().int()),
  synthetic: z.boolean().describe('every report of the case is demonstration data'),
});
export type ExportedCase = z.infer<typeof ExportedCase>;

export const ExportCasesQuery = z.object({
  from: z.iso.date().optional().describe('cases opened on or after this day'),
  to: z.iso.date().optional().describe('cases opened before this day'),
});

export const StixExportQuery = z.object({
  since: z.iso.datetime({ offset: true }).optional().describe('only campaigns changed since this instant'),
  tlp: z.enum(['clear', 'green', 'amber', 'amber+strict', 'red']).optional(),
});
