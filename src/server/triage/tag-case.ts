import type { Tag } from '../../shared/contracts/triage.ts';
import { type CaseActor, can } from '../cases/policy.ts';
import { findCase } from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { forbidden, notFound } from '../platform/http/errors.ts';
import { addCaseTag, removeCaseTag, tagExists, tagsOfCases } from './repo.ts';

/**
 * Puts a tag on a case or takes it off: find → 404 → permission (whoever may write notes on the case) →
 * act → audit, in one transaction. Answers the case's tags as they now are. Doing what is already done
 * changes nothing and writes no audit entry.
 */
export async function tagCase(
  deps: Pick<AppDeps, 'db' | 'keys' | 'clock'>,
  actor: CaseActor,
  change: { caseId: string; tagId: string; on: boolean },
): Promise<Tag[]> {
  return deps.db.transaction(async (tx) => {
    const row = await findCase(tx, change.caseId);
    if (!row) throw notFound();
    if (!can(actor, { assigneeId: row.assignee_id }, 'writeNotes')) throw forbidden();
    if (!(await tagExists(tx, change.tagId))) throw notFound();
    const at = deps.clock.now();
    const changed = change.on
      ? await addCaseTag(tx, { caseId: change.caseId, tagId: change.tagId, by: actor.userId, at })
      : await removeCaseTag(tx, change.caseId, change.tagId);
    if (changed) {
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'user', id: actor.userId },
          action: change.on ? 'case.tag.added' : 'case.tag.removed',
          target: { type: 'case', id: change.caseId },
          meta: { tag: change.tagId },
        },
        at,
      );
    }
    return (await tagsOfCases(tx, [change.caseId])).get(change.caseId) ?? [];
  });
}
