import type { Bucket } from '../../shared/contracts/dashboards.ts';
import { t } from '../../shared/i18n/translate.ts';
import { SMALL_CELL_MAX } from '../stats/suppression.ts';
import type { KeyCount } from './repo.ts';

export type DashboardLang = 'en' | 'fr';

/**
 * Small-count protection for named institutions: a campus with one or two reports is close to naming the
 * people who made them (a small department, a known student society). So an institution is named only from
 * the threshold of the public statistics up; the others are one bucket, counted together, always last.
 */
export const INSTITUTION_MIN_REPORTS = SMALL_CELL_MAX + 1;

/** The key of the bucket that holds the institutions with fewer reports than the threshold. */
export const OTHER_INSTITUTIONS = 'other';

/** Institutions by number of reports (as sorted), the small ones grouped, labelled in `lang`. */
export function presentInstitutions(rows: KeyCount[], lang: DashboardLang): Bucket[] {
  const named = rows.filter((r) => r.count >= INSTITUTION_MIN_REPORTS);
  const others = rows.filter((r) => r.count < INSTITUTION_MIN_REPORTS).reduce((n, r) => n + r.count, 0);
  const buckets: Bucket[] = named.map((r) => ({ key: r.key, label: r.key, count: r.count }));
  if (others > 0) {
    buckets.push({
      key: OTHER_INSTITUTIONS,
      label: t(lang, 'dashboards.institution.other', { min: INSTITUTION_MIN_REPORTS }),
      count: others,
    });
  }
  return buckets;
}
