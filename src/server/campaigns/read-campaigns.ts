import type {
  CampaignDetail,
  CampaignGraph,
  CampaignSummary,
  MatchedAs,
  SharedIdentifier,
} from '../../shared/contracts/indicators.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { asBuffer, maybeOne, type Queryable } from '../platform/db/db.ts';
import { notFound } from '../platform/http/errors.ts';
import { identifierValueOpener } from './identifier-values.ts';
import { mayReadIdentifierValues } from './policy.ts';
import { type CampaignRow, type MemberRow, presentCampaign } from './presenter.ts';
import { identifierMentions, joiningIdentifiers, type ValueRow } from './repo.ts';

/** What analysts and supervisors read of campaigns: the list, and one campaign with its picture. */

type Deps = Pick<AppDeps, 'db' | 'vault'>;

const MEMBERS_IN_LIST = 50;
const GRAPH_MEMBERS = 500;
/** Identifiers a campaign is named from, until an analyst names it. */
const NAMED_FROM = 5;
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

async function openNameAndNote(deps: Deps, q: Queryable, row: CampaignRow) {
  const name = row.name_sealed
    ? await deps.vault.openText(q, asBuffer(row.name_sealed), `campaign.name:${row.id}`)
    : null;
  const note = row.note_sealed
    ? await deps.vault.openText(q, asBuffer(row.note_sealed), `campaign.note:${row.id}`)
    : null;
  return { name, note };
}

type Opener = ReturnType<typeof identifierValueOpener>;

async function presentShared(open: Opener, v: ValueRow & { cases: number }): Promise<SharedIdentifier> {
  const value = await open(v);
  return {
    identifierId: v.id,
    kind: v.kind,
    ...(v.platform ? { platform: v.platform as NonNullable<SharedIdentifier['platform']> } : {}),
    ...(value === undefined ? {} : { value }),
    cases: v.cases,
  };
}

/** Per campaign, the identifiers it is named from (most shared first). */
async function sharedIdentifiersOf(
  q: Queryable,
  open: Opener,
  campaignIds: readonly string[],
): Promise<Map<string, SharedIdentifier[]>> {
  const out = new Map<string, SharedIdentifier[]>();
  for (const row of await joiningIdentifiers(q, campaignIds)) {
    const list = out.get(row.campaign_id) ?? [];
    if (list.length < NAMED_FROM) list.push(await presentShared(open, row));
    out.set(row.campaign_id, list);
  }
  return out;
}

export async function listCampaigns(
  deps: Deps,
  actor: StaffPrincipal,
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
    const ids = rows.map((r) => r.id);
    const members = await membersOf(tx, ids, MEMBERS_IN_LIST);
    const open = identifierValueOpener(deps, tx, mayReadIdentifierValues(actor.role));
    const shared = await sharedIdentifiersOf(tx, open, ids);
    const items: CampaignSummary[] = [];
    for (const row of rows) {
      const { name } = await openNameAndNote(deps, tx, row);
      items.push(presentCampaign(row, name, members.get(row.id) ?? [], shared.get(row.id) ?? []));
    }
    return { items };
  });
}

/**
 * One campaign and its picture: a case–identifier graph — the member cases, the identifiers that join two
 * or more of them, and an edge from each case to each identifier its reports mention (with how). It stays
 * readable at 2 cases and at 50: one node per identifier instead of an edge for every pair of cases.
 */
export async function getCampaign(deps: Deps, actor: StaffPrincipal, id: string): Promise<CampaignDetail> {
  return deps.db.transaction(async (tx) => {
    const row = await maybeOne<CampaignRow>(
      tx,
      `SELECT ${CAMPAIGN_COLUMNS} FROM campaigns c WHERE c.id = $1`,
      [id],
    );
    if (!row) throw notFound();
    const members = (await membersOf(tx, [id], GRAPH_MEMBERS)).get(id) ?? [];
    const { name, note } = await openNameAndNote(deps, tx, row);
    const open = identifierValueOpener(deps, tx, mayReadIdentifierValues(actor.role));
    const shared = (await sharedIdentifiersOf(tx, open, [id])).get(id) ?? [];
    return {
      ...presentCampaign(row, name, members, shared),
      note,
      graph: await campaignGraph(tx, open, members),
    };
  });
}

async function campaignGraph(
  q: Queryable,
  open: Opener,
  members: readonly MemberRow[],
): Promise<CampaignGraph> {
  const caseNodes: CampaignGraph['nodes'] = members.map((m) => ({
    type: 'case',
    id: `case:${m.case_id}`,
    caseId: m.case_id,
    reference: m.reference,
    status: m.status,
    risk: m.risk,
  }));
  if (members.length < 2) return { nodes: caseNodes, edges: [] };
  const mentions = await identifierMentions(
    q,
    members.map((m) => m.case_id),
  );
  const casesOf = new Map<string, Set<string>>();
  for (const m of mentions) casesOf.set(m.value_id, (casesOf.get(m.value_id) ?? new Set()).add(m.case_id));
  const joining = mentions.filter((m) => (casesOf.get(m.value_id)?.size ?? 0) > 1);
  const identifierNodes = new Map<string, CampaignGraph['nodes'][number]>();
  for (const m of joining) {
    if (identifierNodes.has(m.value_id)) continue;
    const value = await open({ id: m.value_id, kind: m.kind, value_sealed: m.value_sealed });
    identifierNodes.set(m.value_id, {
      type: 'identifier',
      id: `identifier:${m.value_id}`,
      identifierId: m.value_id,
      kind: m.kind,
      ...(m.platform ? { platform: m.platform as never } : {}),
      ...(value === undefined ? {} : { value }),
      cases: casesOf.get(m.value_id)?.size ?? 0,
    });
  }
  return {
    nodes: [...caseNodes, ...identifierNodes.values()],
    edges: joining.map((m) => ({
      source: `case:${m.case_id}`,
      target: `identifier:${m.value_id}`,
      matchedAs: m.matched as MatchedAs[],
    })),
  };
}
