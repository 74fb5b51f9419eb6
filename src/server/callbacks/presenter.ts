import type { CallbackSummary, ReporterCallback } from '../../shared/contracts/callbacks.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import { formatDate } from '../public-site/views/dates.ts';
import type { CallbackRow } from './repo.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export function presentCallback(row: CallbackRow, now: Date): CallbackSummary {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    reportReference: row.report_reference,
    source: row.source,
    requestedAt: iso(row.requested_at),
    dueAt: iso(row.due_at),
    overdue: !row.done_at && now.getTime() > new Date(row.due_at).getTime(),
    doneAt: row.done_at ? iso(row.done_at) : null,
    outcome: row.outcome,
  };
}

const dateIn = (locale: Locale, d: Date | string) => formatDate(locale, iso(d));

/** What the reporter is told of each request, in plain words in their language. */
export function presentReporterCallback(
  row: Pick<CallbackRow, 'requested_at' | 'done_at' | 'outcome'>,
  locale: Locale,
): ReporterCallback {
  const date = dateIn(locale, row.requested_at);
  const text =
    row.done_at && row.outcome
      ? t(locale, `callback.status.${row.outcome}`, { date, doneDate: dateIn(locale, row.done_at) })
      : t(locale, 'callback.status.requested', { date });
  return {
    requestedAt: iso(row.requested_at),
    done: Boolean(row.done_at),
    doneAt: row.done_at ? iso(row.done_at) : null,
    outcome: row.outcome,
    text,
  };
}
