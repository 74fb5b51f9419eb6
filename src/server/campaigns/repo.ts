import type { IndicatorKind } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * The SQL of links, campaigns and their pictures. Whether a shared value counts is always asked of
 * `link_weight` (migration 0024): the linking rule is never written twice.
 */

/** A case's id as links see it: the case a report's case was merged into, or itself. */
const SURVIVOR = 'COALESCE(c.merged_into_id, c.id)';

export type MentionRow = {
  value_id: string;
  case_id: string;
  matched: string[];
  confidence: 'high' | 'medium';
};

/** How each of these cases' reports mention each of these values (for the explanation of a link). */
export async function mentionsOf(
  q: Queryable,
  valueIds: readonly string[],
  caseIds: readonly string[],
): Promise<MentionRow[]> {
  const { rows } = await q.query<MentionRow>(
    `SELECT o.value_id::text AS value_id, ${SURVIVOR} AS case_id, array_agg(DISTINCT o.matched_as) AS matched,
            min(o.confidence) AS confidence
       FROM indicator_occurrences o JOIN cases c ON c.id = o.case_id
      WHERE o.value_id = ANY($1::bigint[]) AND ${SURVIVOR} = ANY($2::uuid[])
      GROUP BY 1, 2`,
    [valueIds, caseIds],
  );
  return rows;
}

export type ValueRow = {
  id: string;
  kind: IndicatorKind;
  platform: string | null;
  occurrence_count: number;
  value_sealed: unknown;
};

export async function valuesByIds(q: Queryable, ids: readonly string[]): Promise<Map<string, ValueRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await q.query<ValueRow>(
    `SELECT id::text AS id, kind, platform, occurrence_count, value_sealed
       FROM indicator_values WHERE id = ANY($1::bigint[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * The identifiers that join members of these campaigns: values of weight above 0 mentioned by two member
 * cases or more, with how many, most shared first.
 */
export async function joiningIdentifiers(
  q: Queryable,
  campaignIds: readonly string[],
): Promise<(ValueRow & { campaign_id: string; cases: number })[]> {
  if (campaignIds.length === 0) return [];
  const { rows } = await q.query<ValueRow & { campaign_id: string; cases: number }>(
    `SELECT m.campaign_id, v.id::text AS id, v.kind, v.platform, v.occurrence_count, v.value_sealed,
            count(DISTINCT m.case_id)::int AS cases
       FROM campaign_members m
       JOIN cases c ON ${SURVIVOR} = m.case_id
       JOIN indicator_occurrences o ON o.case_id = c.id
       JOIN indicator_values v ON v.id = o.value_id
      WHERE m.campaign_id = ANY($1::uuid[])
        AND link_weight(v.kind, v.occurrence_count, v.warned, v.linkable, 'high', 'high') > 0
      GROUP BY 1, 2, 3, 4, 5, 6
     HAVING count(DISTINCT m.case_id) > 1
      ORDER BY 1, cases DESC, v.kind, 2`,
    [campaignIds],
  );
  return rows;
}

/** Who mentions what among these cases: the edges of a campaign's case–identifier picture. */
export async function identifierMentions(
  q: Queryable,
  caseIds: readonly string[],
): Promise<(MentionRow & { kind: IndicatorKind; platform: string | null; value_sealed: unknown })[]> {
  const { rows } = await q.query<
    MentionRow & { kind: IndicatorKind; platform: string | null; value_sealed: unknown }
  >(
    `SELECT v.id::text AS value_id, ${SURVIVOR} AS case_id, v.kind, v.platform, v.value_sealed,
            array_agg(DISTINCT o.matched_as) AS matched, min(o.confidence) AS confidence
       FROM indicator_occurrences o
       JOIN indicator_values v ON v.id = o.value_id
       JOIN cases c ON c.id = o.case_id
      WHERE ${SURVIVOR} = ANY($1::uuid[])
        AND link_weight(v.kind, v.occurrence_count, v.warned, v.linkable, 'high', 'high') > 0
      GROUP BY 1, 2, 3, 4, 5`,
    [caseIds],
  );
  return rows;
}

export type SimilarRow = {
  case_id: string;
  reference: string;
  tactics: string[];
  communities: string[];
  province: string | null;
  days_apart: number;
};

/**
 * Cases whose reports share a tactic and a community with this case's, in the same province, received
 * within `days` of one of its reports. Only the reports received in that window are read (the received_at
 * index), so the cost follows the window, not the table.
 */
export async function similarCases(
  q: Queryable,
  caseId: string,
  opts: { days: number; limit: number },
): Promise<SimilarRow[]> {
  const { rows } = await q.query<SimilarRow>(
    `WITH me AS (
       SELECT r.tactics, r.communities, r.province, r.received_at FROM reports r JOIN cases c ON c.id = r.case_id
        WHERE ${SURVIVOR} = $1 AND r.province IS NOT NULL
     ), near AS (
       SELECT DISTINCT ON (${SURVIVOR}) ${SURVIVOR} AS case_id,
              ARRAY(SELECT unnest(r.tactics) INTERSECT SELECT unnest(me.tactics)) AS tactics,
              ARRAY(SELECT unnest(r.communities) INTERSECT SELECT unnest(me.communities)) AS communities,
              r.province,
              abs(extract(epoch FROM r.received_at - me.received_at)) / 86400 AS days
         FROM me
         JOIN reports r ON r.received_at BETWEEN me.received_at - make_interval(days => $2)
                                             AND me.received_at + make_interval(days => $2)
         JOIN cases c ON c.id = r.case_id
        WHERE ${SURVIVOR} <> $1 AND r.province = me.province AND r.tactics && me.tactics
          AND r.communities && me.communities AND NOT c.spam AND c.held_at IS NULL
        ORDER BY ${SURVIVOR}, cardinality(r.tactics) DESC
     )
     SELECT n.case_id, k.reference, n.tactics, n.communities, n.province, floor(n.days)::int AS days_apart
       FROM near n JOIN cases k ON k.id = n.case_id
      ORDER BY cardinality(n.tactics) + cardinality(n.communities) DESC, n.days, k.reference
      LIMIT $3`,
    [caseId, opts.days, opts.limit],
  );
  return rows;
}
