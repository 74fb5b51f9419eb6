import type { ReporterCallback } from '../../shared/contracts/callbacks.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Queryable } from '../platform/db/db.ts';
import { presentReporterCallback } from './presenter.ts';
import { callbacksOfReport } from './repo.ts';

/** The reporter's call-back requests as follow-up tells them: asked on …, called on …. */
export async function reporterCallbacks(
  q: Queryable,
  reportId: string,
  locale: Locale,
): Promise<ReporterCallback[]> {
  return (await callbacksOfReport(q, reportId)).map((row) => presentReporterCallback(row, locale));
}
