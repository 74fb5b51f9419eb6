import type { HeldReview, HeldReviewResult } from '../../shared/contracts/cases.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { CaseActor } from './policy.ts';

/**
 * Reports held apart during a flood (platform/http/rate-limit.ts) wait for a person: released, they join
 * the triage queue as if they had just arrived (announced by the next notification sweep if high-risk and
 * under a day old, counted in statistics); discarded, they are marked spam and kept out of everything,
 * like any case staff mark as spam. One audit entry says how many, never which words.
 */
export async function reviewHeldCases(
  deps: Pick<AppDeps, 'db' | 'clock' | 'keys'>,
  actor: CaseActor,
  review: HeldReview,
): Promise<HeldReviewResult> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE cases SET held_at = NULL, updated_at = $1,
              spam = CASE WHEN $2 = 'discard' THEN true ELSE spam END
        WHERE held_at IS NOT NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
        RETURNING id`,
      [now, review.action, review.caseIds ?? null],
    );
    await appendAudit(tx, deps.keys, {
      actor: { type: 'user', id: actor.userId },
      action: review.action === 'release' ? 'cases.held.released' : 'cases.held.discarded',
      meta: { cases: rows.length },
    });
    return { cases: rows.length };
  });
}
