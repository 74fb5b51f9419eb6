import type { SimilarCases } from '../../shared/contracts/indicators.ts';
import type { AppDeps } from '../deps.ts';
import { maybeOne } from '../platform/db/db.ts';
import { notFound } from '../platform/http/errors.ts';
import { linksOfCase } from './linking.ts';
import { similarCases } from './repo.ts';

/** Reports received this many days apart or less may be "possibly related". */
export const SIMILAR_WITHIN_DAYS = 30;
const SIMILAR_LIMIT = 10;

/**
 * Cases that look like this one — the same tactics and community, in the same province, within a month —
 * but share no identifier with it: "possibly related", for an analyst to look at. They are never a link,
 * never join a campaign and are never exported: resemblance is not evidence.
 */
export async function findSimilarCases(deps: Pick<AppDeps, 'db'>, caseId: string): Promise<SimilarCases> {
  return deps.db.transaction(async (tx) => {
    if (!(await maybeOne(tx, 'SELECT 1 AS ok FROM cases WHERE id = $1', [caseId]))) throw notFound();
    const linked = new Set((await linksOfCase(tx, caseId)).map((l) => l.caseId));
    const rows = await similarCases(tx, caseId, {
      days: SIMILAR_WITHIN_DAYS,
      limit: SIMILAR_LIMIT + linked.size,
    });
    return {
      items: rows
        .filter((r) => !linked.has(r.case_id))
        .slice(0, SIMILAR_LIMIT)
        .map((r) => ({
          caseId: r.case_id,
          reference: r.reference,
          tactics: r.tactics,
          communities: r.communities,
          province: r.province,
          daysApart: r.days_apart,
        })),
    };
  });
}
