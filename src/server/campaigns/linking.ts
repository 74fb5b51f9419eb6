import { randomUUID } from 'node:crypto';
import type { IndicatorKind } from '../../shared/taxonomy.ts';
import type { Db, Queryable } from '../platform/db/db.ts';

/**
 * Links and campaigns.
 *
 * Two cases are LINKED when a report of each mentions the same identifier (same blind index) whose weight
 * is above 0. How much a shared value weighs — by kind, by how sure its extraction was, by how rare it is,
 * and never for a warning-listed value or a shared service's domain — is THE LINKING RULE, defined once in
 * SQL: `link_weight` (migration 0024_linking_evidence.sql). This module only adds weights up: a case pair
 * whose shared values weigh 1 or more together is STRONGLY linked (enough for a campaign); less is a weak
 * link, shown with its reasons but never joining a campaign on its own, so one doubtful value cannot chain
 * unrelated groups together. Links are read at query time through the (value_id, case_id) index — there is
 * no table of pairs, so storage grows with occurrences, not with their square (MISP's correlation tables
 * reach billions of rows).
 *
 * CAMPAIGNS are the connected groups of strongly linked cases. A value of full weight joins every case that
 * mentions it surely (a hyperedge: a number called by 60 victims costs 60 rows, not 1,770 pairs); weaker
 * values are counted per pair, and only for values in at most WEAK_VALUE_CASES cases. Full recomputation is
 * a union-find over the values seen in more than one report; arriving reports are linked incrementally
 * with the same rule. A link an analyst rejected never counts again.
 */
export const WEAK_VALUE_CASES = 50;
/** Total weight of shared values that makes a link strong (link_weight gives one sure, rare value 1). */
export const STRONG_LINK = 1;

/** One recomputation at a time. */
const CAMPAIGN_LOCK = 7_316_501;

export type LinkedCase = {
  caseId: string;
  shared: { kind: IndicatorKind; platform?: string; count: number }[];
  /** The shared values and what each weighs (link_weight). */
  values: { valueId: string; kind: IndicatorKind; platform: string | null; weight: number }[];
  weight: number;
};

type SharedRow = {
  case_id: string;
  kind: IndicatorKind;
  platform: string | null;
  value_id: string | number;
  w: number;
};

function gather(rows: readonly SharedRow[]): LinkedCase[] {
  const byCase = new Map<string, LinkedCase>();
  for (const row of rows) {
    let link = byCase.get(row.case_id);
    if (!link) {
      link = { caseId: row.case_id, shared: [], values: [], weight: 0 };
      byCase.set(row.case_id, link);
    }
    const weight = Number(row.w);
    link.values.push({ valueId: String(row.value_id), kind: row.kind, platform: row.platform, weight });
    link.weight += weight;
    const same = link.shared.find((s) => s.kind === row.kind && (s.platform ?? null) === row.platform);
    if (same) same.count++;
    else link.shared.push({ kind: row.kind, ...(row.platform ? { platform: row.platform } : {}), count: 1 });
  }
  return [...byCase.values()].sort((a, b) => b.weight - a.weight || a.caseId.localeCompare(b.caseId));
}

/**
 * The links of one case (all its reports, including those of cases merged into it): every other case with
 * which it shares a value of weight above 0, and each shared value's weight. Rejected links are left out.
 */
export async function linksOfCase(q: Queryable, caseId: string): Promise<LinkedCase[]> {
  const { rows } = await q.query<SharedRow>(
    `WITH mine AS (
       SELECT o.value_id, min(o.confidence) AS confidence -- 'high' < 'medium': the surest mention
         FROM reports r JOIN indicator_occurrences o ON o.report_id = r.id
        WHERE r.case_id = $1 OR r.case_id IN (SELECT id FROM cases WHERE merged_into_id = $1)
        GROUP BY o.value_id
     ), shared AS (
       SELECT COALESCE(c.merged_into_id, c.id) AS case_id, v.kind, v.platform, v.id AS value_id,
              max(link_weight(v.kind, v.occurrence_count, v.warned, v.linkable, mine.confidence, o.confidence)) AS w
         FROM mine
         JOIN indicator_values v ON v.id = mine.value_id
         JOIN indicator_occurrences o ON o.value_id = v.id
         JOIN cases c ON c.id = o.case_id
        WHERE NOT v.warned AND v.linkable AND v.occurrence_count <= 100 AND COALESCE(c.merged_into_id, c.id) <> $1
        GROUP BY 1, 2, 3, 4
     )
     SELECT s.* FROM shared s
      WHERE s.w > 0
        AND NOT EXISTS (SELECT 1 FROM rejected_links rl
                         WHERE rl.case_a = LEAST($1::uuid, s.case_id) AND rl.case_b = GREATEST($1::uuid, s.case_id))`,
    [caseId],
  );
  return gather(rows);
}

export type LinkOutcome = { links: LinkedCase[]; campaignIds: string[]; alerts: number };
/** Cases named in an arriving report's alert, strongest first. */
export const ALERT_CASES = 20;

/** What the database found for a newly indexed report (index_report_indicators, migration 0014). */
export type FoundLinks = {
  links: readonly SharedRow[];
  campaigns: readonly { campaign_id: string; case_id: string; status: string; created_at: string }[];
};

/**
 * Incremental linking of a newly indexed report: from the cases it links to (found by the database in
 * the same call that recorded its identifiers), puts its case into their campaign (merging suggested
 * campaigns it bridges, or suggesting a new one), and raises alerts for the console. One round trip,
 * and none when nothing links.
 */
export async function linkNewReport(
  tx: Queryable,
  opts: { caseId: string; reportId: string; found: FoundLinks; now: Date },
): Promise<LinkOutcome> {
  const links = gather(opts.found.links);
  if (links.length === 0) return { links, campaignIds: [], alerts: 0 };
  // No lock: a recomputation running meanwhile may miss this case, and the next one puts it right.
  const strong = links.filter((l) => l.weight >= STRONG_LINK).map((l) => l.caseId);
  const strongSet = new Set(strong);
  const campaignOf = new Map<string, string[]>();
  const campaigns = new Map<string, { status: string; created_at: number }>();
  for (const row of opts.found.campaigns) {
    if (!strongSet.has(row.case_id)) continue;
    campaignOf.set(row.case_id, [...(campaignOf.get(row.case_id) ?? []), row.campaign_id]);
    campaigns.set(row.campaign_id, { status: row.status, created_at: new Date(row.created_at).getTime() });
  }
  const joined: string[] = [];
  const memberRows: { campaigns: string[]; cases: string[] } = { campaigns: [], cases: [] };
  let create: string | null = null;
  let mergeFrom: string[] = [];
  let target: string | undefined;
  if (strong.length > 0) {
    const suggested = [...campaigns.entries()]
      .filter(([, c]) => c.status === 'suggested')
      .sort(([a, x], [b, y]) => x.created_at - y.created_at || a.localeCompare(b))
      .map(([id]) => id);
    const confirmed = [...campaigns.entries()].filter(([, c]) => c.status === 'confirmed').map(([id]) => id);
    const loose = strong.filter((id) => !campaignOf.has(id));
    target = suggested[0];
    if (target) {
      // The new case bridges several suggested campaigns: they become one.
      mergeFrom = suggested.slice(1);
    } else if (confirmed.length === 0) {
      target = randomUUID();
      create = target;
    }
    const into = [...(target ? [target] : []), ...confirmed];
    for (const campaignId of into) {
      for (const caseId of [opts.caseId, ...(campaignId === (target ?? confirmed[0]) ? loose : [])]) {
        memberRows.campaigns.push(campaignId);
        memberRows.cases.push(caseId);
      }
      joined.push(campaignId);
    }
  }
  // One alert for the arriving report: the cases it links to (the strongest first), and the campaign its
  // case joined.
  const alertCases = links.slice(0, ALERT_CASES).map((l) => l.caseId);
  await tx.query('SELECT record_link_outcome($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [
    opts.caseId,
    opts.reportId,
    opts.now,
    create,
    mergeFrom.length > 0 ? target : null,
    mergeFrom,
    memberRows.campaigns,
    memberRows.cases,
    randomUUID(),
    alertCases,
    joined[0] ?? null,
  ]);
  return { links, campaignIds: joined, alerts: 1 };
}

// ---------------------------------------------------------------------------------------------------
// Full recomputation

class UnionFind {
  readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export type RecomputeResult = {
  sharedValues: number;
  campaigns: number;
  created: number;
  updated: number;
  removed: number;
  members: number;
};

/** The campaign groups implied by the occurrences now: lists of case ids, each of two cases or more. */
export async function computeCampaignGroups(
  q: Queryable,
): Promise<{ groups: string[][]; sharedValues: number }> {
  // Per shared value: the cases that mention it surely, those that mention it only doubtfully, and what it
  // weighs between two sure mentions, a sure and a doubtful one, and two doubtful ones (link_weight).
  const { rows } = await q.query<{
    sure: string[];
    doubtful: string[];
    w_hh: number;
    w_hm: number;
    w_mm: number;
  }>(
    `SELECT array_agg(x.case_id) FILTER (WHERE x.confidence = 'high') AS sure,
            array_agg(x.case_id) FILTER (WHERE x.confidence = 'medium') AS doubtful,
            link_weight(x.kind, x.n, false, true, 'high', 'high') AS w_hh,
            link_weight(x.kind, x.n, false, true, 'high', 'medium') AS w_hm,
            link_weight(x.kind, x.n, false, true, 'medium', 'medium') AS w_mm
       FROM (
         SELECT v.id, v.kind, v.occurrence_count AS n, COALESCE(c.merged_into_id, c.id) AS case_id,
                min(o.confidence) AS confidence
           FROM indicator_values v
           JOIN indicator_occurrences o ON o.value_id = v.id
           JOIN cases c ON c.id = o.case_id
          WHERE v.occurrence_count > 1 AND link_weight(v.kind, v.occurrence_count, v.warned, v.linkable, 'high', 'high') > 0
            AND NOT c.spam AND c.held_at IS NULL
          GROUP BY v.id, v.kind, v.occurrence_count, COALESCE(c.merged_into_id, c.id)
       ) x
      GROUP BY x.id, x.kind, x.n
     HAVING count(*) > 1`,
  );
  const { rows: rejectedRows } = await q.query<{ case_a: string; case_b: string }>(
    'SELECT case_a, case_b FROM rejected_links',
  );
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (caseId: string) => {
    let i = index.get(caseId);
    if (i === undefined) {
      i = ids.length;
      index.set(caseId, i);
      ids.push(caseId);
    }
    return i;
  };
  const pairKey = (a: number, b: number) => (a < b ? a * 0x4000000 + b : b * 0x4000000 + a);
  const rejected = new Set<number>();
  const values = rows.map((r) => ({
    sure: (r.sure ?? []).map(idOf),
    doubtful: (r.doubtful ?? []).map(idOf),
    hh: Number(r.w_hh),
    hm: Number(r.w_hm),
    mm: Number(r.w_mm),
  }));
  for (const r of rejectedRows) {
    const a = index.get(r.case_a);
    const b = index.get(r.case_b);
    if (a !== undefined && b !== undefined) rejected.add(pairKey(a, b));
  }
  const uf = new UnionFind(ids.length);
  const weak = new Map<number, number>();
  const addPair = (a: number, b: number, w: number) => {
    const k = pairKey(a, b);
    if (rejected.has(k) || w <= 0) return;
    if (w >= STRONG_LINK) {
      uf.union(a, b);
      return;
    }
    const total = (weak.get(k) ?? 0) + w;
    weak.set(k, total);
    if (total >= STRONG_LINK) uf.union(a, b);
  };
  for (const { sure, doubtful, hh, hm, mm } of values) {
    const cases = [...sure, ...doubtful];
    // A value of full weight joins all its sure mentions at once (a hyperedge), unless a rejection
    // separates two of them: then pair by pair.
    const touchesRejected =
      rejected.size > 0 && sure.some((a, i) => sure.some((b, j) => j > i && rejected.has(pairKey(a, b))));
    if (hh >= STRONG_LINK && !touchesRejected) {
      for (let i = 1; i < sure.length; i++) uf.union(sure[0]!, sure[i]!);
    } else if (hh >= STRONG_LINK || sure.length <= WEAK_VALUE_CASES) {
      for (let i = 0; i < sure.length; i++)
        for (let j = i + 1; j < sure.length; j++) addPair(sure[i]!, sure[j]!, hh);
    }
    if (doubtful.length === 0 || cases.length > WEAK_VALUE_CASES) continue;
    for (const d of doubtful) for (const s of sure) addPair(d, s, hm);
    for (let i = 0; i < doubtful.length; i++)
      for (let j = i + 1; j < doubtful.length; j++) addPair(doubtful[i]!, doubtful[j]!, mm);
  }
  const components = new Map<number, string[]>();
  for (let i = 0; i < ids.length; i++) {
    const root = uf.find(i);
    const list = components.get(root);
    if (list) list.push(ids[i]!);
    else components.set(root, [ids[i]!]);
  }
  return { groups: [...components.values()].filter((c) => c.length > 1), sharedValues: rows.length };
}

/**
 * Recomputes every suggested campaign from the occurrences. Analysts' decisions are kept: a confirmed
 * campaign keeps its identity, name and members and gains the cases now linked to it; a group that is
 * no more than a rejected campaign is not suggested again; suggested campaigns keep their id when they
 * still exist (matched by the largest overlap), others disappear.
 */
export async function recomputeCampaigns(db: Db, opts: { now: Date }): Promise<RecomputeResult> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CAMPAIGN_LOCK]);
    const { groups, sharedValues } = await computeCampaignGroups(tx);
    const { rows: memberRows } = await tx.query<{ campaign_id: string; case_id: string; status: string }>(
      `SELECT m.campaign_id, m.case_id, c.status FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id`,
    );
    const { rows: emptyRows } = await tx.query<{ id: string }>(
      `SELECT id FROM campaigns c WHERE status = 'suggested'
         AND NOT EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = c.id)`,
    );
    const status = new Map<string, string>();
    const members = new Map<string, Set<string>>();
    const campaignsOfCase = new Map<string, string[]>();
    for (const r of memberRows) {
      status.set(r.campaign_id, r.status);
      const set = members.get(r.campaign_id) ?? new Set<string>();
      members.set(r.campaign_id, set);
      set.add(r.case_id);
      const list = campaignsOfCase.get(r.case_id);
      if (list) list.push(r.campaign_id);
      else campaignsOfCase.set(r.case_id, [r.campaign_id]);
    }

    const addMembers: { campaign: string; caseId: string }[] = [];
    const removeMembers: { campaign: string; caseId: string }[] = [];
    const create: string[] = [];
    const keptSuggested = new Set<string>();
    for (const group of groups) {
      const overlap = new Map<string, number>();
      for (const caseId of group) {
        for (const c of campaignsOfCase.get(caseId) ?? []) overlap.set(c, (overlap.get(c) ?? 0) + 1);
      }
      const confirmed = [...overlap.keys()].filter((c) => status.get(c) === 'confirmed');
      if (confirmed.length > 0) {
        for (const c of confirmed)
          for (const caseId of group)
            if (!members.get(c)?.has(caseId)) addMembers.push({ campaign: c, caseId });
        continue;
      }
      const rejectedCover = [...overlap.entries()].some(
        ([c, n]) => status.get(c) === 'rejected' && n === group.length,
      );
      if (rejectedCover) continue;
      const candidates = [...overlap.entries()]
        .filter(([c]) => status.get(c) === 'suggested' && !keptSuggested.has(c))
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
      let campaign = candidates[0]?.[0];
      if (!campaign) {
        campaign = randomUUID();
        create.push(campaign);
        members.set(campaign, new Set());
      }
      keptSuggested.add(campaign);
      const current = members.get(campaign) ?? new Set<string>();
      const wanted = new Set(group);
      for (const caseId of group) if (!current.has(caseId)) addMembers.push({ campaign, caseId });
      for (const caseId of current) if (!wanted.has(caseId)) removeMembers.push({ campaign, caseId });
    }
    const removeCampaigns = [
      ...[...status.entries()].filter(([c, s]) => s === 'suggested' && !keptSuggested.has(c)).map(([c]) => c),
      ...emptyRows.map((r) => r.id),
    ];

    const batch = 5000;
    for (let i = 0; i < create.length; i += batch) {
      await tx.query(
        `INSERT INTO campaigns (id, status, created_at, updated_at)
         SELECT unnest($1::uuid[]), 'suggested', $2, $2`,
        [create.slice(i, i + batch), opts.now],
      );
    }
    for (let i = 0; i < removeCampaigns.length; i += batch) {
      await tx.query('DELETE FROM campaigns WHERE id = ANY($1::uuid[])', [
        removeCampaigns.slice(i, i + batch),
      ]);
    }
    for (let i = 0; i < removeMembers.length; i += batch) {
      const slice = removeMembers.slice(i, i + batch);
      await tx.query(
        `DELETE FROM campaign_members m USING unnest($1::uuid[], $2::uuid[]) AS t(c, k)
          WHERE m.campaign_id = t.c AND m.case_id = t.k`,
        [slice.map((m) => m.campaign), slice.map((m) => m.caseId)],
      );
    }
    for (let i = 0; i < addMembers.length; i += batch) {
      const slice = addMembers.slice(i, i + batch);
      await tx.query(
        `INSERT INTO campaign_members (campaign_id, case_id, added_at)
         SELECT c, k, $3 FROM unnest($1::uuid[], $2::uuid[]) AS t(c, k) ON CONFLICT DO NOTHING`,
        [slice.map((m) => m.campaign), slice.map((m) => m.caseId), opts.now],
      );
    }
    const touched = [...new Set([...addMembers, ...removeMembers].map((m) => m.campaign))];
    for (let i = 0; i < touched.length; i += batch) {
      await tx.query('UPDATE campaigns SET updated_at = $2 WHERE id = ANY($1::uuid[])', [
        touched.slice(i, i + batch),
        opts.now,
      ]);
    }
    return {
      sharedValues,
      campaigns: groups.length,
      created: create.length,
      updated: touched.length - create.length,
      removed: removeCampaigns.length,
      members: groups.reduce((n, g) => n + g.length, 0),
    };
  });
}
