import type { SearchQuery } from '../../shared/contracts/indicators.ts';
import type { Role } from '../../shared/roles.ts';
import { CASE_WORKERS, type CaseActor, queueScope } from '../cases/policy.ts';

/**
 * Who may search, and by what (DESIGN.md, "People"; cases/policy.ts for who reads which case).
 *
 * A word or an identifier's value is content: a search that answers "these reports hold the word X" or
 * "this number" lets whoever asks read, one guess at a time, the narratives, perpetrators' descriptions,
 * reporters' messages and identifier values it is run over. So words and identifiers are only for the
 * roles that may read that content, and only over the cases they may read:
 *
 *   intake_officer  every case, by anything
 *   supervisor      every case, by anything
 *   caseworker      the cases assigned to them, by anything (results are filtered to those cases)
 *   analyst         every case, by codes only: classification, dates, province, status, risk and identifier
 *                   kinds ("reports with a phone number") — never words or values (403)
 *   admin, partner  no search (no case content at all)
 */
export const SEARCHERS = ['intake_officer', 'caseworker', 'supervisor', 'analyst'] as const satisfies Role[];

/** The roles that read case content, and so may search it (the same roles as cases/policy's CASE_WORKERS). */
const CONTENT_SEARCHERS: ReadonlySet<Role> = new Set(CASE_WORKERS);

/**
 * The kinds of criteria a search can use, as the codes its audit entry records (never the terms). The
 * first two are content; the rest are codes.
 */
export const CONTENT_CRITERIA = ['words', 'identifier'] as const;
export type SearchCriterion =
  | (typeof CONTENT_CRITERIA)[number]
  | 'identifier_kind'
  | 'reference'
  | 'status'
  | 'risk'
  | 'tactic'
  | 'community'
  | 'channel'
  | 'perpetrator_type'
  | 'suspected_state'
  | 'province'
  | 'dates';

const given = (v: unknown): boolean =>
  Array.isArray(v) ? v.length > 0 : typeof v === 'string' ? v.trim().length > 0 : v !== undefined;

/** The kinds of criteria a query uses, in a fixed order. */
export function criteriaOf(query: Partial<SearchQuery>): SearchCriterion[] {
  const used: [SearchCriterion, boolean][] = [
    ['words', given(query.q)],
    ['identifier', given(query.indicator)],
    ['identifier_kind', given(query.identifierKind)],
    ['reference', given(query.reference)],
    ['status', given(query.status)],
    ['risk', given(query.risk)],
    ['tactic', given(query.tactic)],
    ['community', given(query.community)],
    ['channel', given(query.channel)],
    ['perpetrator_type', given(query.perpetratorType)],
    ['suspected_state', given(query.suspectedState)],
    ['province', given(query.province)],
    ['dates', given(query.from) || given(query.to)],
  ];
  return used.filter(([, yes]) => yes).map(([c]) => c);
}

export type SearchScope = {
  /** May search by words and identifier values. */
  content: boolean;
  /** Only the cases assigned to this user (caseworkers). */
  onlyAssignedTo: string | null;
};

export function searchScope(actor: CaseActor): SearchScope {
  return { content: CONTENT_SEARCHERS.has(actor.role), ...queueScope(actor) };
}

/** The content criteria this actor used but may not: empty when the search may run. */
export function forbiddenCriteria(
  scope: SearchScope,
  criteria: readonly SearchCriterion[],
): SearchCriterion[] {
  if (scope.content) return [];
  return criteria.filter((c) => (CONTENT_CRITERIA as readonly string[]).includes(c));
}
