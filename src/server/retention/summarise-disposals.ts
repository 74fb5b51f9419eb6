import type { DisposedSummary } from '../../shared/contracts/retention.ts';
import type { AppDeps } from '../deps.ts';
import { presentSummary } from './presenter.ts';
import * as repo from './repo.ts';

/** What was disposed of per month over the last two years, and the open holds and requests: counts only. */
export async function summariseDisposals(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<DisposedSummary> {
  const now = deps.clock.now();
  const since = new Date(Date.UTC(now.getUTCFullYear() - 2, now.getUTCMonth(), 1));
  return presentSummary(await repo.disposedPerMonth(deps.db, since), await repo.countOpenWork(deps.db));
}
