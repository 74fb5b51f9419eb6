import type { DashboardLang } from '../dashboards/service.ts';
import type { AppDeps } from '../deps.ts';
import { renderPeriodicReportHtml } from './html.ts';
import { buildPeriodicReport } from './model.ts';
import { renderPeriodicReportPdf } from './pdf.ts';

export type PeriodicReportFormat = 'pdf' | 'html';

/** The periodic report for a period, in one language and format, as the bytes of the file. */
export async function producePeriodicReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'runtime'>,
  opts: { from: string; to: string; lang: DashboardLang; format: PeriodicReportFormat },
): Promise<{ body: Buffer; contentType: string; filename: string }> {
  const model = await buildPeriodicReport(deps, opts);
  const filename = `focalpoint-report-${opts.from}-${opts.to}-${opts.lang}.${opts.format}`;
  if (opts.format === 'pdf') {
    return { body: await renderPeriodicReportPdf(model), contentType: 'application/pdf', filename };
  }
  return {
    body: Buffer.from(renderPeriodicReportHtml(model), 'utf8'),
    contentType: 'text/html; charset=utf-8',
    filename,
  };
}
