import type { SearchQuery, SearchResult } from '../../shared/contracts/indicators.ts';
import type { CaseActor } from '../cases/policy.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { criteriaOf, forbiddenCriteria, type SearchCriterion, searchScope } from './policy.ts';
import { searchReports } from './service.ts';

type Deps = Pick<AppDeps, 'db' | 'keys' | 'clock' | 'runtime'>;

/** The audit entry's metadata: which kinds of criteria (one `true` per code), never a term or a value. */
const criteriaMeta = (criteria: readonly SearchCriterion[]) =>
  Object.fromEntries(criteria.map((c) => [c, true] as const));

/**
 * One search by a member of staff: counted against their own limit (refused searches too, so a refusal
 * is no faster way to probe), checked against search/policy.ts, run over the cases they may read, and
 * audited — who, which kinds of criteria, how many results — in that order. An analyst who sends words
 * or an identifier gets the same 403 whatever they sent, and that attempt is audited as refused.
 */
export async function performSearch(
  deps: Deps,
  opts: { actor: CaseActor; query: SearchQuery },
): Promise<SearchResult> {
  const { actor, query } = opts;
  deps.runtime.staffLimits.search(actor.userId);
  const scope = searchScope(actor);
  const criteria = criteriaOf(query);
  const forbidden = forbiddenCriteria(scope, criteria);
  const audit = (action: string, meta: Record<string, string | number | boolean>) =>
    deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        { actor: { type: 'user', id: actor.userId }, action, meta: { ...criteriaMeta(criteria), ...meta } },
        deps.clock.now(),
      ),
    );
  if (forbidden.length > 0) {
    await audit('search.refused', { reason: 'content_criteria' });
    throw new AppError(403, 'search.error.contentCriteria');
  }
  const result = await searchReports(deps, { ...query, onlyAssignedTo: scope.onlyAssignedTo });
  await audit('search.performed', {
    results: result.items.length,
    truncated: result.truncated,
    scope: scope.onlyAssignedTo ? 'assigned' : 'all',
  });
  return result;
}
