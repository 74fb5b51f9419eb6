import type { AppDeps } from '../deps.ts';
import { bulkLoadReports } from './bulk-load.ts';

/**
 * `focalpoint demo seed --reports N`: fills an installation with synthetic reports — sealed, indexed,
 * linked into campaigns, each dated on its synthetic arrival day and flagged synthetic — through the bulk
 * loader (bulk-load.ts), which writes what intake and the background indexer would have written, a
 * million reports in minutes. It is how a newcomer gets something to look at, and how benchmarks get a
 * realistic database.
 */
export async function seedDemo(
  deps: Pick<AppDeps, 'db' | 'keys' | 'vault' | 'clock'>,
  opts: { reports: number; seed?: number; onProgress?: (done: number, total: number) => void },
): Promise<{ reports: number; campaigns: number; seconds: number }> {
  const result = await bulkLoadReports(deps, {
    count: opts.reports,
    seed: opts.seed ?? 1,
    actor: { type: 'cli' },
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  return { reports: result.reports, campaigns: result.campaigns, seconds: result.seconds };
}
