import type { QueueFilters } from '../../shared/contracts/triage.ts';

/**
 * The SQL of the queue's summary line and its filters. Every fact is read across all the reports of a
 * case (a merged case has several), so a filter finds a case whichever of its reports matches.
 */

/** The summary line's columns, gathered per case (a page is 25 cases: 25 small index lookups each). */
export type TriageColumns = {
  all_tactics: string[];
  all_communities: string[];
  all_channels: string[];
  languages: string[];
  synthetic: boolean;
  has_evidence: boolean;
  in_campaign: boolean;
};

const codesOf = (column: string) =>
  `ARRAY(SELECT DISTINCT x FROM reports ra CROSS JOIN LATERAL unnest(ra.${column}) x
          WHERE ra.case_id = c.id ORDER BY x)`;

export const TRIAGE_COLUMNS = `${codesOf('tactics')} AS all_tactics,
  ${codesOf('communities')} AS all_communities,
  ${codesOf('channels')} AS all_channels,
  ARRAY(SELECT DISTINCT ra.language FROM reports ra WHERE ra.case_id = c.id ORDER BY 1) AS languages,
  EXISTS (SELECT 1 FROM reports ra WHERE ra.case_id = c.id AND ra.synthetic) AS synthetic,
  EXISTS (SELECT 1 FROM reports ra JOIN evidence_files e ON e.report_id = ra.id WHERE ra.case_id = c.id)
    AS has_evidence,
  EXISTS (SELECT 1 FROM campaign_members cm JOIN campaigns cp ON cp.id = cm.campaign_id
           WHERE cm.case_id = c.id AND cp.status <> 'rejected') AS in_campaign`;

/** Before which opening time a case not yet acknowledged is overdue, per risk (now minus the target). */
export type OverdueBefore = { immediate: Date; high: Date; other: Date };

const anyReport = (condition: string) =>
  `EXISTS (SELECT 1 FROM reports rf WHERE rf.case_id = c.id AND ${condition})`;

export function overdueBefore(
  now: Date,
  targets: { immediate: number; high: number; other: number },
): OverdueBefore {
  const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  return { immediate: before(targets.immediate), high: before(targets.high), other: before(targets.other) };
}

/** The queue filters beyond status, risk, assignee and reference, as SQL conditions on `cases c`. */
export function triageFilters(
  f: QueueFilters & { overdueBefore: OverdueBefore },
  param: (v: unknown) => string,
): string[] {
  const where: string[] = [];
  if (f.overdue === 'yes') {
    where.push(`c.acknowledged_at IS NULL AND c.status <> 'closed' AND c.opened_at < CASE c.risk
      WHEN 'immediate' THEN ${param(f.overdueBefore.immediate)}::timestamptz
      WHEN 'high' THEN ${param(f.overdueBefore.high)}::timestamptz
      ELSE ${param(f.overdueBefore.other)}::timestamptz END`);
  }
  if (f.tactic) where.push(anyReport(`${param(f.tactic)} = ANY(rf.tactics)`));
  if (f.community) where.push(anyReport(`${param(f.community)} = ANY(rf.communities)`));
  if (f.channel) where.push(anyReport(`${param(f.channel)} = ANY(rf.channels)`));
  if (f.province) where.push(anyReport(`rf.province = ${param(f.province)}`));
  if (f.language) where.push(anyReport(`rf.language = ${param(f.language)}`));
  if (f.synthetic === 'exclude') where.push(`NOT ${anyReport('rf.synthetic')}`);
  if (f.synthetic === 'only') where.push(anyReport('rf.synthetic'));
  if (f.tag)
    where.push(`EXISTS (SELECT 1 FROM case_tags ct WHERE ct.case_id = c.id AND ct.tag_id = ${param(f.tag)})`);
  // Days are UTC days, whatever the session's time zone.
  if (f.openedFrom) where.push(`c.opened_at >= (${param(f.openedFrom)}::date)::timestamp AT TIME ZONE 'UTC'`);
  if (f.openedTo) where.push(`c.opened_at < (${param(f.openedTo)}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  return where;
}
