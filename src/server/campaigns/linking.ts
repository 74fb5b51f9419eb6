import { randomUUID } from 'node:crypto';
import type { IndicatorKind } from '../../shared/taxonomy.ts';
import type { Db, Queryable } from '../platform/db/db.ts';

/**
 * Links and campaigns.
 *
 * Two cases are LINKED when a report of each mentions the same identifier (same blind index), unless that
 * value is on the warning list or is too common (in more than COMMON_VALUE_REPORTS reports). Links are
 * read at query time through the (value_id, case_id) index — there is no table of pairs, so storage grows
 * with occurrences, not with their square (MISP's correlation tables reach billions of rows).
 *
 * CAMPAIGNS are the connected groups of cases, with a weighting so that one weak shared value cannot chain
 * unrelated groups together:
 *   - a shared phone, e-mail, URL or account weighs 1 (STRONG): it alone joins two cases;
 *   - a shared domain, IP address or "other" value weighs ½ (WEAK): a pair needs two of them;
 *   - a value in more than COMMON_VALUE_REPORTS reports weighs 0 (a hotline or platform address the
 *     warning list missed), and so does any value on the warning list;
 *   - a link an analyst rejected weighs 0 forever.
 * A strong value joins every case that mentions it (a hyperedge, so a number called by 60 victims costs 60
 * rows, not 1,770 pairs); weak values are counted per pair, and only for values in at most
 * WEAK_VALUE_CASES cases. Full recomputation is a union-find over the values seen in more than one
 * report; arriving reports are linked incrementally with the same rule.
 */
export const COMMON_VALUE_REPORTS = 100;
export const WEAK_VALUE_CASES = 50;
export const STRONG_KINDS: ReadonlySet<IndicatorKind> = new Set(['phone', 'email', 'url', 'account']);
export const weightOf = (kind: IndicatorKind) => (STRONG_KINDS.has(kind) ? 1 : 0.5);

/** One recomputation at a time. */
const CAMPAIGN_LOCK = 7_316_501;

export type LinkedCase = {
  caseId: string;
  shared: { kind: IndicatorKind; platform?: string; count: number }[];
  weight: number;
};

type SharedRow = { case_id: string; kind: IndicatorKind; platform: string | null; n: number };

function gather(rows: readonly SharedRow[]): LinkedCase[] {
  const byCase = new Map<string, LinkedCase>();
  for (const row of rows) {
    let link = byCase.get(row.case_id);
    if (!link) {
      link = { caseId: row.case_id, shared: [], weight: 0 };
      byCase.set(row.case_id, link);
    }
    link.shared.push({
      kind: row.kind,
      ...(row.platform ? { platform: row.platform } : {}),
      count: Number(row.n),
    });
    link.weight += weightOf(row.kind) * Number(row.n);
  }
  return [...byCase.values()].sort((a, b) => b.weight - a.weight || a.caseId.localeCompare(b.caseId));
}

async function dropRejected(q: Queryable, caseId: string, links: LinkedCase[]): Promise<LinkedCase[]> {
  if (links.length === 0) return links;
  const { rows } = await q.query<{ other: string }>(
    `SELECT CASE WHEN case_a = $1 THEN case_b ELSE case_a END AS other
       FROM rejected_links WHERE case_a = $1 OR case_b = $1`,
    [caseId],
  );
  if (rows.length === 0) return links;
  const rejected = new Set(rows.map((r) => r.other));
  return links.filter((l) => !rejected.has(l.caseId));
}

/** The links of one case (all its reports, including those of cases merged into it). */
export async function linksOfCase(q: Queryable, caseId: string): Promise<LinkedCase[]> {
  const { rows } = await q.query<SharedRow>(
    `WITH mine AS (
       SELECT DISTINCT o.value_id
         FROM reports r JOIN indicator_occurrences o ON o.report_id = r.id
        WHERE r.case_id = $1
     )
     SELECT COALESCE(c.merged_into_id, c.id) AS case_id, v.kind, v.platform, count(DISTINCT v.id)::int AS n
       FROM mine
       JOIN indicator_values v ON v.id = mine.value_id
       JOIN indicator_occurrences o ON o.value_id = v.id
       JOIN cases c ON c.id = o.case_id
      WHERE NOT v.warned AND v.occurrence_count <= $2 AND COALESCE(c.merged_into_id, c.id) <> $1
      GROUP BY 1, 2, 3`,
    [caseId, COMMON_VALUE_REPORTS],
  );
  return dropRejected(q, caseId, gather(rows));
}

export type LinkOutcome = { links: LinkedCase[]; campaignIds: string[]; alerts: number };

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
  opts: { caseId: string; found: FoundLinks; now: Date },
): Promise<LinkOutcome> {
  const links = gather(opts.found.links);
  if (links.length === 0) return { links, campaignIds: [], alerts: 0 };
  // No lock: a recomputation running meanwhile may miss this case, and the next one puts it right.
  const strong = links.filter((l) => l.weight >= 1).map((l) => l.caseId);
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
  // One alert per linked case (the strongest first, at most 20), naming the campaign the new case joined.
  const alertFor = links.slice(0, 20);
  const inCampaign = (caseId: string) => {
    const theirs = campaignOf.get(caseId) ?? [];
    return joined.find((c) => theirs.includes(c)) ?? (strongSet.has(caseId) ? (joined[0] ?? null) : null);
  };
  await tx.query('SELECT record_link_outcome($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
    opts.caseId,
    opts.now,
    create,
    mergeFrom.length > 0 ? target : null,
    mergeFrom,
    memberRows.campaigns,
    memberRows.cases,
    alertFor.map(() => randomUUID()),
    alertFor.map((l) => l.caseId),
    alertFor.map((l) => inCampaign(l.caseId)),
  ]);
  return { links, campaignIds: joined, alerts: alertFor.length };
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
  const { rows } = await q.query<{ kind: IndicatorKind; cases: string[] }>(
    `SELECT v.kind, array_agg(DISTINCT COALESCE(c.merged_into_id, c.id)) AS cases
       FROM indicator_values v
       JOIN indicator_occurrences o ON o.value_id = v.id
       JOIN cases c ON c.id = o.case_id
      WHERE v.occurrence_count > 1 AND NOT v.warned AND v.occurrence_count <= $1 AND NOT c.spam
        AND c.held_at IS NULL
      GROUP BY v.id, v.kind
     HAVING count(DISTINCT COALESCE(c.merged_into_id, c.id)) > 1`,
    [COMMON_VALUE_REPORTS],
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
  const groups = rows.map((r) => ({ kind: r.kind, cases: r.cases.map(idOf) }));
  const pairKey = (a: number, b: number) => (a < b ? a * 0x4000000 + b : b * 0x4000000 + a);
  const rejected = new Set<number>();
  for (const r of rejectedRows) {
    const a = index.get(r.case_a);
    const b = index.get(r.case_b);
    if (a !== undefined && b !== undefined) rejected.add(pairKey(a, b));
  }
  const uf = new UnionFind(ids.length);
  const weak = new Map<number, number>();
  for (const { kind, cases } of groups) {
    const touchesRejected =
      rejected.size > 0 && cases.some((a, i) => cases.some((b, j) => j > i && rejected.has(pairKey(a, b))));
    if (STRONG_KINDS.has(kind)) {
      if (!touchesRejected) {
        for (let i = 1; i < cases.length; i++) uf.union(cases[0]!, cases[i]!);
        continue;
      }
      for (let i = 0; i < cases.length; i++)
        for (let j = i + 1; j < cases.length; j++)
          if (!rejected.has(pairKey(cases[i]!, cases[j]!))) uf.union(cases[i]!, cases[j]!);
      continue;
    }
    if (cases.length > WEAK_VALUE_CASES) continue;
    for (let i = 0; i < cases.length; i++) {
      for (let j = i + 1; j < cases.length; j++) {
        const k = pairKey(cases[i]!, cases[j]!);
        if (rejected.has(k)) continue;
        const w = (weak.get(k) ?? 0) + weightOf(kind);
        weak.set(k, w);
        if (w >= 1) uf.union(cases[i]!, cases[j]!);
      }
    }
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
