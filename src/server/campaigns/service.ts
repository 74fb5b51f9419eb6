import type {
  CampaignDetail,
  CampaignPatch,
  CampaignSummary,
  CaseLinks,
  GraphEdge,
  LinkAlert,
  RejectLink,
} from '../../shared/contracts/indicators.ts';
import type { IndicatorKind } from '../../shared/taxonomy.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { asBuffer, maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { COMMON_VALUE_REPORTS, linksOfCase, recomputeCampaigns, weightOf } from './linking.ts';
import { type CampaignRow, type MemberRow, presentCampaign, presentLink } from './presenter.ts';

/**
 * What analysts and supervisors do with links and campaigns. Every answer names cases by id and
 * reference and identifiers by kind only: never a value, never a reporter.
 */

type Deps = Pick<AppDeps, 'db' | 'vault' | 'clock' | 'keys'>;

const MEMBERS_IN_LIST = 50;
const GRAPH_MEMBERS = 500;
// A value shared by more members than this is drawn as a star around its first case, not as every pair.
const GRAPH_PAIRS_PER_VALUE = 30;

async function caseExists(q: Queryable, caseId: string): Promise<boolean> {
  return Boolean(await maybeOne(q, 'SELECT 1 AS ok FROM cases WHERE id = $1', [caseId]));
}

export async function caseLinks(deps: Deps, caseId: string): Promise<CaseLinks> {
  return deps.db.transaction(async (tx) => {
    if (!(await caseExists(tx, caseId))) throw notFound();
    const links = await linksOfCase(tx, caseId);
    if (links.length === 0) return { links: [] };
    const ids = links.map((l) => l.caseId);
    const { rows: refs } = await tx.query<{ id: string; reference: string }>(
      'SELECT id, reference FROM cases WHERE id = ANY($1::uuid[])',
      [ids],
    );
    const { rows: shared } = await tx.query<{ case_id: string; campaign_id: string }>(
      `SELECT theirs.case_id, theirs.campaign_id
         FROM campaign_members mine
         JOIN campaign_members theirs ON theirs.campaign_id = mine.campaign_id
         JOIN campaigns c ON c.id = mine.campaign_id AND c.status <> 'rejected'
        WHERE mine.case_id = $1 AND theirs.case_id = ANY($2::uuid[])`,
      [caseId, ids],
    );
    const reference = new Map(refs.map((r) => [r.id, r.reference]));
    const campaigns = new Map<string, string[]>();
    for (const s of shared) campaigns.set(s.case_id, [...(campaigns.get(s.case_id) ?? []), s.campaign_id]);
    return {
      links: links
        .filter((l) => reference.has(l.caseId))
        .map((l) => presentLink(l, reference.get(l.caseId)!, campaigns.get(l.caseId) ?? [])),
    };
  });
}

const CAMPAIGN_COLUMNS = 'c.id, c.status, c.name_sealed, c.note_sealed, c.created_at, c.updated_at';

async function membersOf(
  q: Queryable,
  campaignIds: readonly string[],
  limit: number,
): Promise<Map<string, MemberRow[]>> {
  const { rows } = await q.query<MemberRow & { campaign_id: string }>(
    `SELECT campaign_id, case_id, reference, status, risk, size FROM (
       SELECT m.campaign_id, m.case_id, k.reference, k.status, k.risk,
              count(*) OVER (PARTITION BY m.campaign_id)::int AS size,
              row_number() OVER (PARTITION BY m.campaign_id ORDER BY k.opened_at, k.id) AS n
         FROM campaign_members m JOIN cases k ON k.id = m.case_id
        WHERE m.campaign_id = ANY($1::uuid[])
     ) t WHERE n <= $2 ORDER BY campaign_id, n`,
    [campaignIds, limit],
  );
  const out = new Map<string, MemberRow[]>();
  for (const r of rows) out.set(r.campaign_id, [...(out.get(r.campaign_id) ?? []), r]);
  return out;
}

async function openName(deps: Deps, q: Queryable, row: CampaignRow) {
  const name = row.name_sealed
    ? await deps.vault.openText(q, asBuffer(row.name_sealed), `campaign.name:${row.id}`)
    : null;
  const note = row.note_sealed
    ? await deps.vault.openText(q, asBuffer(row.note_sealed), `campaign.note:${row.id}`)
    : null;
  return { name, note };
}

export async function listCampaigns(
  deps: Deps,
  query: { status?: CampaignSummary['status'] | undefined; limit: number },
): Promise<{ items: CampaignSummary[] }> {
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<CampaignRow>(
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c
        WHERE ($1::text IS NULL OR c.status = $1)
          AND EXISTS (SELECT 1 FROM campaign_members m WHERE m.campaign_id = c.id)
        ORDER BY (c.status = 'suggested') DESC, c.updated_at DESC, c.id LIMIT $2`,
      [query.status ?? null, query.limit],
    );
    const members = await membersOf(
      tx,
      rows.map((r) => r.id),
      MEMBERS_IN_LIST,
    );
    const items: CampaignSummary[] = [];
    for (const row of rows) {
      const { name } = await openName(deps, tx, row);
      items.push(presentCampaign(row, name, members.get(row.id) ?? []));
    }
    return { items };
  });
}

export async function getCampaign(deps: Deps, id: string): Promise<CampaignDetail> {
  return deps.db.transaction(async (tx) => {
    const row = await maybeOne<CampaignRow>(
      tx,
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE c.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    const members = (await membersOf(tx, [id], GRAPH_MEMBERS)).get(id) ?? [];
    const { name, note } = await openName(deps, tx, row);
    const edges = await graphEdges(
      tx,
      members.map((m) => m.case_id),
    );
    return {
      ...presentCampaign(row, name, members),
      note,
      graph: {
        nodes: members.map((m) => ({
          id: m.case_id,
          caseId: m.case_id,
          reference: m.reference,
          status: m.status,
          risk: m.risk,
        })),
        edges,
      },
    };
  });
}

/** Edges between member cases, each with the kinds of identifiers the two share. */
async function graphEdges(q: Queryable, caseIds: readonly string[]): Promise<GraphEdge[]> {
  if (caseIds.length < 2) return [];
  const members = new Set(caseIds);
  const { rows } = await q.query<{ kind: IndicatorKind; platform: string | null; cases: string[] }>(
    `SELECT v.kind, v.platform, array_agg(DISTINCT COALESCE(c.merged_into_id, c.id)) AS cases
       FROM reports r
       JOIN indicator_occurrences o ON o.report_id = r.id
       JOIN indicator_values v ON v.id = o.value_id
       JOIN cases c ON c.id = r.case_id
      WHERE r.case_id = ANY($1::uuid[]) AND NOT v.warned AND v.occurrence_count <= $2
      GROUP BY v.id, v.kind, v.platform
     HAVING count(DISTINCT COALESCE(c.merged_into_id, c.id)) > 1`,
    [caseIds, COMMON_VALUE_REPORTS],
  );
  const edges = new Map<
    string,
    { source: string; target: string; kinds: Map<string, GraphEdge['shared'][number]>; weight: number }
  >();
  const add = (a: string, b: string, kind: IndicatorKind, platform: string | null) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}|${target}`;
    let edge = edges.get(key);
    if (!edge) {
      edge = { source, target, kinds: new Map(), weight: 0 };
      edges.set(key, edge);
    }
    const k = `${kind}|${platform ?? ''}`;
    const shared = edge.kinds.get(k) ?? {
      kind,
      ...(platform ? { platform: platform as never } : {}),
      count: 0,
    };
    shared.count += 1;
    edge.kinds.set(k, shared);
    edge.weight += weightOf(kind);
  };
  for (const row of rows) {
    const cases = row.cases.filter((c) => members.has(c)).sort();
    if (cases.length <= GRAPH_PAIRS_PER_VALUE) {
      for (let i = 0; i < cases.length; i++)
        for (let j = i + 1; j < cases.length; j++) add(cases[i]!, cases[j]!, row.kind, row.platform);
    } else {
      for (let i = 1; i < cases.length; i++) add(cases[0]!, cases[i]!, row.kind, row.platform);
    }
  }
  return [...edges.values()].map((e) => ({
    source: e.source,
    target: e.target,
    shared: [...e.kinds.values()],
    strength: e.weight >= 1 ? 'strong' : 'weak',
  }));
}

export async function updateCampaign(
  deps: Deps,
  actor: StaffPrincipal,
  id: string,
  patch: CampaignPatch,
): Promise<CampaignDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await maybeOne<{ id: string; status: string; data_key_id: string | null }>(
      tx,
      'SELECT id, status, data_key_id FROM campaigns WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!row) throw notFound();
    const now = deps.clock.now();
    const sets: string[] = ['updated_at = $2'];
    const params: unknown[] = [id, now];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (patch.name !== undefined || patch.note !== undefined) {
      const dataKey = row.data_key_id
        ? await deps.vault.dataKey(tx, row.data_key_id)
        : await deps.vault.newDataKey(tx);
      if (!row.data_key_id) set('data_key_id', dataKey.id);
      if (patch.name !== undefined)
        set('name_sealed', patch.name ? deps.vault.seal(dataKey, patch.name, `campaign.name:${id}`) : null);
      if (patch.note !== undefined)
        set('note_sealed', patch.note ? deps.vault.seal(dataKey, patch.note, `campaign.note:${id}`) : null);
    }
    if (patch.status !== undefined && patch.status !== row.status) {
      set('status', patch.status);
      set('decided_by', actor.userId);
      set('decided_at', now);
    }
    await tx.query(`UPDATE campaigns SET ${sets.join(', ')} WHERE id = $1`, params);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: patch.status && patch.status !== row.status ? `campaign.${patch.status}` : 'campaign.updated',
        target: { type: 'campaign', id },
        meta: { named: patch.name !== undefined, noted: patch.note !== undefined },
      },
      now,
    );
  });
  return getCampaign(deps, id);
}

/**
 * An analyst says two cases are not related: the link is never shown or suggested again, and campaigns
 * are recomputed without it.
 */
export async function rejectLink(deps: Deps, actor: StaffPrincipal, input: RejectLink): Promise<void> {
  if (input.caseA === input.caseB) {
    throw new AppError(400, 'error.validation', { fields: { caseB: { key: 'indicators.error.sameCase' } } });
  }
  const [a, b] = input.caseA < input.caseB ? [input.caseA, input.caseB] : [input.caseB, input.caseA];
  const shareCampaign = await deps.db.transaction(async (tx) => {
    for (const [field, id] of [
      ['caseA', input.caseA],
      ['caseB', input.caseB],
    ] as const) {
      if (!(await caseExists(tx, id))) {
        throw new AppError(400, 'error.validation', {
          fields: { [field]: { key: 'indicators.error.noSuchCase' } },
        });
      }
    }
    const now = deps.clock.now();
    await tx.query(
      `INSERT INTO rejected_links (case_a, case_b, rejected_by, rejected_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [a, b, actor.userId, now],
    );
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'campaign.link.rejected',
        target: { type: 'case', id: a },
        meta: { other: b },
      },
      now,
    );
    const together = await maybeOne(
      tx,
      `SELECT 1 AS ok FROM campaign_members x JOIN campaign_members y ON y.campaign_id = x.campaign_id
        JOIN campaigns c ON c.id = x.campaign_id AND c.status = 'suggested'
       WHERE x.case_id = $1 AND y.case_id = $2`,
      [a, b],
    );
    return Boolean(together);
  });
  if (shareCampaign) await recomputeCampaigns(deps.db, { now: deps.clock.now() });
}

export async function listAlerts(
  deps: Deps,
  actor: StaffPrincipal,
  query: { unseen: boolean; limit: number },
): Promise<{ items: LinkAlert[] }> {
  const { rows } = await deps.db.query<{
    id: string;
    case_id: string;
    reference: string;
    linked_case_id: string | null;
    linked_reference: string | null;
    campaign_id: string | null;
    created_at: Date;
    seen: boolean;
  }>(
    `SELECT a.id, a.case_id, c.reference, a.linked_case_id, l.reference AS linked_reference, a.campaign_id,
            a.created_at, ($1::uuid = ANY(a.seen_by)) AS seen
       FROM link_alerts a
       JOIN cases c ON c.id = a.case_id
       LEFT JOIN cases l ON l.id = a.linked_case_id
      WHERE NOT ($2 AND $1::uuid = ANY(a.seen_by))
      ORDER BY a.created_at DESC, a.id LIMIT $3`,
    [actor.userId, query.unseen, query.limit],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      reference: r.reference,
      linkedCaseId: r.linked_case_id,
      linkedReference: r.linked_reference,
      campaignId: r.campaign_id,
      createdAt: r.created_at.toISOString(),
      seen: r.seen,
    })),
  };
}

export async function markAlertSeen(deps: Deps, actor: StaffPrincipal, id: string): Promise<void> {
  const { rowCount } = await deps.db.query(
    `UPDATE link_alerts SET seen_by = CASE WHEN $2::uuid = ANY(seen_by) THEN seen_by ELSE array_append(seen_by, $2::uuid) END
      WHERE id = $1`,
    [id, actor.userId],
  );
  if (rowCount === 0) throw notFound();
}
