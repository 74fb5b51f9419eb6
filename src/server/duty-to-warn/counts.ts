import type { SuppressedCount, WarningCounts } from '../../shared/contracts/duty-to-warn.ts';
import type { Queryable } from '../platform/db/db.ts';
import { SMALL_CELL_MAX } from '../stats/suppression.ts';
import { countWarnings } from './repo.ts';

/**
 * Duty-to-warn counts for the dashboards and the periodic report. Each warning is one person whose life was
 * threatened, so a count from 1 to 4 is never shown (the public statistics' rule, stats/suppression.ts),
 * nor the one a shown neighbour would give away: the counts are nested (opened ≥ approved ≥ delivered ≥
 * acknowledged), so a hidden one next to a shown one is bounded by it, never pinned.
 */
export const suppress = (count: number): SuppressedCount =>
  count >= 1 && count <= SMALL_CELL_MAX ? { count: null, suppressed: true } : { count, suppressed: false };

export async function warningCounts(
  q: Queryable,
  period: { from: Date | null; to: Date | null },
): Promise<WarningCounts> {
  const c = await countWarnings(q, period);
  return {
    opened: suppress(c.opened),
    approved: suppress(c.approved),
    delivered: suppress(c.delivered),
    acknowledged: suppress(c.acknowledged),
  };
}
