import type { SearchHit, SearchQuery, SearchResult } from '../../shared/contracts/indicators.ts';
import type { AppDeps } from '../deps.ts';
import { extractFromText, ownIdentifiers } from '../indicators/extract.ts';
import { normaliseIndicator } from '../indicators/normalise.ts';
import { blindIndexFor } from '../platform/crypto/blind-index.ts';
import type { Db } from '../platform/db/db.ts';
import { searchTokens } from './tokens.ts';

/**
 * Search over reports without the database reading a word of them: the words of `q` become keyed
 * tokens (as the narrative's did at intake) and every one must be present; the identifier is normalised
 * and matched by blind index; classification, status, place and dates are plain columns. Who may use which
 * criteria, over which cases, is search/policy.ts's decision (perform-search.ts applies it).
 */

type Deps = Pick<AppDeps, 'db' | 'keys'>;

export type SearchOptions = Partial<SearchQuery> &
  Pick<SearchQuery, 'limit'> & {
    /** Only reports of cases assigned to this user (a caseworker's search: search/policy.ts). */
    onlyAssignedTo?: string | null;
  };

export async function searchReports(deps: Deps, query: SearchOptions): Promise<SearchResult> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };

  const tokens = query.q ? searchTokens(deps.keys.searchToken, query.q).map((t) => t.toString('hex')) : [];
  // A query of only very common words ("the", "de") narrows nothing: the index leaves them out too.
  // Words: each word's postings are in time order (token, received_at, report_id), so the words are
  // intersected newest first — a merge join of index-only scans that stops at a page of results — and
  // reports are read only for the matches. No words: reports newest first.
  let from = 'reports r';
  let order = 'r.received_at DESC, r.id DESC';
  if (tokens.length > 0) {
    const first = param(tokens[0]);
    const others = tokens.slice(1).map((t, i) => {
      const s = `s${i + 1}`;
      return `JOIN search_tokens ${s} ON ${s}.token = decode(${param(t)}, 'hex')
                AND ${s}.received_at = s0.received_at AND ${s}.report_id = s0.report_id`;
    });
    from = `search_tokens s0 ${others.join(' ')} JOIN reports r ON r.id = s0.report_id`;
    where.push(`s0.token = decode(${first}, 'hex')`);
    order = 's0.received_at DESC, s0.report_id DESC';
  }

  if (query.indicator) {
    const found = query.kind
      ? normaliseIndicator({ kind: query.kind, platform: query.platform, value: query.indicator })
      : ownIdentifiers(extractFromText(query.indicator));
    const candidates =
      found.length > 0 ? found : normaliseIndicator({ kind: 'other', value: query.indicator });
    const blind = candidates.map((c) => blindIndexFor(deps.keys.blindIndex, c.kind, c.value).toString('hex'));
    where.push(
      `r.id IN (SELECT o.report_id FROM indicator_values v JOIN indicator_occurrences o ON o.value_id = v.id
                 WHERE v.blind_index IN (SELECT decode(h, 'hex') FROM unnest(${param(blind)}::text[]) AS t(h)))`,
    );
  }
  if (query.reference) {
    const ref = param(query.reference.trim().toUpperCase());
    where.push(`(r.reference = ${ref} OR c.reference = ${ref})`);
  }
  if (query.identifierKind) {
    // Reports holding an identifier of these kinds, whatever its value; the warning list's common values
    // (platforms' own addresses, public hotlines) say nothing about a perpetrator and do not count.
    const platform = query.platform ? `AND v.platform = ${param(query.platform)}` : '';
    where.push(
      `EXISTS (SELECT 1 FROM indicator_occurrences o JOIN indicator_values v ON v.id = o.value_id
                WHERE o.report_id = r.id AND NOT v.warned AND v.kind = ANY(${param(query.identifierKind)}::text[]) ${platform})`,
    );
  }
  if (query.onlyAssignedTo) where.push(`c.assignee_id = ${param(query.onlyAssignedTo)}`);
  if (query.status) where.push(`c.status = ANY(${param(query.status)}::text[])`);
  if (query.risk) where.push(`c.risk = ANY(${param(query.risk)}::text[])`);
  if (query.tactic) where.push(`r.tactics && ${param(query.tactic)}::text[]`);
  if (query.community) where.push(`r.communities && ${param(query.community)}::text[]`);
  if (query.channel) where.push(`r.channels && ${param(query.channel)}::text[]`);
  if (query.perpetratorType) where.push(`r.perpetrator_types && ${param(query.perpetratorType)}::text[]`);
  if (query.suspectedState) where.push(`r.suspected_state = ANY(${param(query.suspectedState)}::text[])`);
  if (query.province) where.push(`r.province = ANY(${param(query.province)}::text[])`);
  if (query.from) where.push(`r.received_at >= ${param(query.from)}::date`);
  if (query.to) where.push(`r.received_at < ${param(query.to)}::date + 1`);

  const limit = param(query.limit + 1);
  const sql = `SELECT c.id AS case_id, c.reference AS case_reference, r.id AS report_id, r.reference, r.received_at,
            c.status, c.risk, r.province, r.tactics, r.communities, r.channels
       FROM ${from} JOIN cases c ON c.id = r.case_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${order}
      LIMIT ${limit}`;
  const { rows } = await runSearch<{
    case_id: string;
    case_reference: string;
    report_id: string;
    reference: string;
    received_at: Date;
    status: SearchHit['status'];
    risk: string;
    province: string | null;
    tactics: string[];
    communities: string[];
    channels: string[];
  }>(deps.db, sql, params, tokens.length > 1);
  return {
    items: rows.slice(0, query.limit).map((r) => ({
      caseId: r.case_id,
      reference: r.case_reference,
      reportId: r.report_id,
      reportReference: r.reference,
      receivedAt: r.received_at.toISOString(),
      status: r.status,
      risk: r.risk,
      province: r.province,
      tactics: r.tactics,
      communities: r.communities,
      channels: r.channels,
    })),
    truncated: rows.length > query.limit,
  };
}

/**
 * Several words: the posting lists must be merged newest first, so the walk stops at a page. PostgreSQL
 * estimates that two words almost never meet (it multiplies their selectivities, and each token is rare
 * among millions), so left alone it hashes both lists whole and sorts — at 1M reports, two words in 83,000
 * reports each took 1.2 s that way against 2 ms merged. Hash joins (and parallel workers, which add their
 * start-up to a 2 ms walk) are turned off for this one statement; the worst case left is two very common
 * words that never meet, where the merge reads both lists once (about 100 ms for 166,000 + 194,000 postings).
 */
async function runSearch<T extends Record<string, unknown>>(
  db: Db,
  sql: string,
  params: unknown[],
  merged: boolean,
): Promise<{ rows: T[] }> {
  if (!merged) return db.query<T>(sql, params);
  return db.transaction(async (tx) => {
    await tx.exec('SET LOCAL enable_hashjoin = off; SET LOCAL max_parallel_workers_per_gather = 0');
    return tx.query<T>(sql, params);
  });
}
