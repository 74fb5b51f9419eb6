import type { Queryable } from '../platform/db/db.ts';

/** SQL for de-identified exports. Reads classification columns only: no sealed column is selected here. */

export type CaseRow = {
  id: string;
  status: string;
  risk: string;
  opened_month: string;
};

export type CaseFilter = { from: Date | null; to: Date | null };

const CASE_WHERE = `c.merged_into_id IS NULL AND NOT c.spam AND c.held_at IS NULL
  AND ($1::timestamptz IS NULL OR c.opened_at >= $1) AND ($2::timestamptz IS NULL OR c.opened_at < $2)`;

export async function countCases(q: Queryable, f: CaseFilter): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cases c WHERE ${CASE_WHERE}`,
    [f.from, f.to],
  );
  return rows[0]?.n ?? 0;
}

/** One page of cases after `after` (keyset on id): constant memory however many cases there are. */
export async function casePage(
  q: Queryable,
  f: CaseFilter,
  after: string | null,
  limit: number,
): Promise<CaseRow[]> {
  const { rows } = await q.query<CaseRow>(
    `SELECT c.id, c.status, c.risk, to_char(c.opened_at AT TIME ZONE 'UTC', 'YYYY-MM') AS opened_month
       FROM cases c
      WHERE ${CASE_WHERE} AND ($3::uuid IS NULL OR c.id > $3)
      ORDER BY c.id LIMIT $4`,
    [f.from, f.to, after, limit],
  );
  return rows;
}

export type CaseReportRow = {
  case_id: string;
  province: string | null;
  tactics: string[];
  communities: string[];
  channels: string[];
  perpetrator_types: string[];
  impacts: string[];
  suspected_state: string | null;
  synthetic: boolean;
};

/** The classification of every report of these cases, including reports of cases merged into them. */
export async function reportsOfCases(q: Queryable, caseIds: readonly string[]): Promise<CaseReportRow[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await q.query<CaseReportRow>(
    `SELECT COALESCE(m.merged_into_id, m.id) AS case_id, r.province, r.tactics, r.communities, r.channels,
            r.perpetrator_types, r.impacts, r.suspected_state, r.synthetic
       FROM reports r JOIN cases m ON m.id = r.case_id
      WHERE COALESCE(m.merged_into_id, m.id) = ANY($1::uuid[]) AND r.deletion_requested_at IS NULL
      ORDER BY r.received_at`,
    [caseIds],
  );
  return rows;
}

/** Referrals that reached a partner, per case and outcome (null while the partner has not reported one). */
export async function referralsOfCases(
  q: Queryable,
  caseIds: readonly string[],
): Promise<{ case_id: string; outcome: string | null; n: number }[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await q.query<{ case_id: string; outcome: string | null; n: number }>(
    `SELECT case_id, outcome, count(*)::int AS n FROM referrals
      WHERE case_id = ANY($1::uuid[]) AND status = 'sent' GROUP BY 1, 2`,
    [caseIds],
  );
  return rows;
}

// --- STIX -----------------------------------------------------------------------------------------

export type CampaignRow = { id: string; created_at: Date; updated_at: Date };

export async function confirmedCampaigns(q: Queryable, since: Date | null): Promise<CampaignRow[]> {
  const { rows } = await q.query<CampaignRow>(
    `SELECT id, created_at, updated_at FROM campaigns
      WHERE status = 'confirmed' AND ($1::timestamptz IS NULL OR updated_at >= $1)
      ORDER BY id`,
    [since],
  );
  return rows;
}

export type CampaignReportRow = {
  campaign_id: string;
  report_id: string;
  received_at: Date;
  tactics: string[];
  communities: string[];
  suspected_state: string | null;
  details_sealed: unknown;
};

export async function reportsOfCampaigns(
  q: Queryable,
  campaignIds: readonly string[],
): Promise<CampaignReportRow[]> {
  if (campaignIds.length === 0) return [];
  const { rows } = await q.query<CampaignReportRow>(
    `SELECT m.campaign_id, r.id AS report_id, r.received_at, r.tactics, r.communities, r.suspected_state,
            r.details_sealed
       FROM campaign_members m
       JOIN cases c ON COALESCE(c.merged_into_id, c.id) = m.case_id
       JOIN reports r ON r.case_id = c.id
      WHERE m.campaign_id = ANY($1::uuid[]) AND NOT c.spam AND c.held_at IS NULL AND r.deletion_requested_at IS NULL`,
    [campaignIds],
  );
  return rows;
}

export type CampaignIndicatorRow = {
  campaign_id: string;
  kind: string;
  platform: string | null;
  value_sealed: unknown;
  first_seen: Date;
  last_seen: Date;
  reports: number;
};

/**
 * The identifiers of a campaign's reports that are the perpetrators': given as a perpetrator's identifier
 * in the form (structured), or found in at least two different cases of the campaign. A value found only
 * in one narrative may be the reporter's own number or address, so it is never exported. Values on the
 * warning list never are either.
 */
export async function indicatorsOfCampaigns(
  q: Queryable,
  campaignIds: readonly string[],
  opts: { values: boolean },
): Promise<CampaignIndicatorRow[]> {
  if (campaignIds.length === 0) return [];
  // Without values (an analyst's export), the sealed value is not even selected.
  const value = opts.values ? 'v.value_sealed' : 'NULL AS value_sealed';
  const { rows } = await q.query<CampaignIndicatorRow>(
    `SELECT m.campaign_id, v.kind, v.platform, ${value},
            min(r.received_at) AS first_seen, max(r.received_at) AS last_seen,
            count(DISTINCT o.report_id)::int AS reports
       FROM campaign_members m
       JOIN cases c ON COALESCE(c.merged_into_id, c.id) = m.case_id
       JOIN indicator_occurrences o ON o.case_id = c.id
       JOIN indicator_values v ON v.id = o.value_id
       JOIN reports r ON r.id = o.report_id
      WHERE m.campaign_id = ANY($1::uuid[]) AND NOT v.warned AND NOT c.spam AND c.held_at IS NULL AND r.deletion_requested_at IS NULL
      GROUP BY m.campaign_id, v.id, v.kind, v.platform, v.value_sealed
     HAVING bool_or(o.source = 'structured') OR count(DISTINCT COALESCE(c.merged_into_id, c.id)) >= 2`,
    [campaignIds],
  );
  return rows;
}
