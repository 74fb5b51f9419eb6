import { ReportInput } from '../../shared/contracts/report.ts';
import type { AppDeps } from '../app.ts';
import { submitReport } from '../intake/service.ts';
import { generateReports } from './generate.ts';

/**
 * `focalpoint demo seed --reports N`: fills an installation with synthetic reports through the same
 * intake service the public site uses (sealed, indexed, linked, audited), each dated on its synthetic
 * arrival day and flagged synthetic. It is how a newcomer gets something to look at.
 */
export async function seedDemo(
  deps: AppDeps,
  opts: { reports: number; seed?: number; onProgress?: (done: number, total: number) => void },
): Promise<{ reports: number; campaigns: number }> {
  const campaigns = new Set<number>();
  let done = 0;
  for (const synthetic of generateReports({ count: opts.reports, seed: opts.seed ?? 1 })) {
    const input = ReportInput.parse(synthetic.input);
    const { reportId } = await submitReport(deps, { input, verified: true, now: synthetic.receivedAt });
    await deps.db.query('UPDATE reports SET synthetic = true WHERE id = $1', [reportId]);
    if (synthetic.campaign !== null) campaigns.add(synthetic.campaign);
    done++;
    if (done % 25 === 0 || done === opts.reports) opts.onProgress?.(done, opts.reports);
  }
  return { reports: done, campaigns: campaigns.size };
}
