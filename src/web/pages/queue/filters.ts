import { QUEUE_FILTER_KEYS, type QueueFilters } from '../../../shared/contracts/triage.ts';

/** The queue's filters as the form holds them: every value a string, '' for "any". */
export type FilterValues = Partial<Record<keyof QueueFilters, string>>;

export const DEFAULT_FILTERS: FilterValues = { status: 'open' };

/** The query string of the queue for these filters and page. */
export function queueQuery(filters: FilterValues, page: number, held: boolean): string {
  const p = new URLSearchParams();
  for (const key of QUEUE_FILTER_KEYS) {
    const value = filters[key];
    if (value) p.set(key, value);
  }
  if (held) p.set('held', 'only');
  p.set('page', String(page));
  return p.toString();
}

/** The filters a submitted form asks for (empty fields left out). */
export function filtersFromForm(form: FormData): FilterValues {
  const filters: FilterValues = {};
  for (const key of QUEUE_FILTER_KEYS) {
    const value = String(form.get(key) ?? '').trim();
    if (value) filters[key] = value;
  }
  // "Status: any" is an explicit choice (the default is "open"), kept as such.
  if (!filters.status) filters.status = '';
  return filters;
}

/** The filters to save in a view: only those set. */
export const filtersToSave = (filters: FilterValues): QueueFilters =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as QueueFilters;
