import {
  type Assignee,
  CASES_PAGE_SIZE,
  type CaseList,
  type CaseListQuery,
} from '../../shared/contracts/cases.ts';
import type { Role } from '../../shared/roles.ts';
import { countHeldCases } from '../intake/repo.ts';
import { AppError } from '../platform/http/errors.ts';
import { type CaseDeps, summaryFor } from './load-case.ts';
import { ASSIGNABLE_ROLES, type CaseActor, mayFilterByContent, queueScope } from './policy.ts';
import * as repo from './repo.ts';
import { overdueBefore } from './triage-sql.ts';

/** The triage queue as each role may see it, and the people a case may be assigned to. */

export async function listCases(deps: CaseDeps, actor: CaseActor, query: CaseListQuery): Promise<CaseList> {
  const scope = queueScope(actor);
  // What the summary line withholds from a role may not be filtered on by it either.
  if (!mayFilterByContent(actor) && (query.language || query.tag))
    throw new AppError(403, 'triage.error.contentFilter');
  const { rows, total } = await repo.listCases(deps.db, {
    ...query,
    ...scope,
    me: actor.userId,
    overdueBefore: overdueBefore(deps.clock.now(), deps.config.ackTargetsMinutes),
  });
  return {
    items: await summaryFor(deps, deps.db, actor, rows),
    total,
    held: await countHeldCases(deps.db),
    page: query.page,
    pageSize: CASES_PAGE_SIZE,
  };
}

export async function listAssignees(deps: CaseDeps): Promise<{ items: Assignee[] }> {
  const rows = await repo.assignableStaff(deps.db, ASSIGNABLE_ROLES);
  return {
    items: rows.map((r) => ({
      id: r.id,
      displayName: r.display_name || r.email,
      email: r.email,
      role: r.role as Role,
    })),
  };
}
