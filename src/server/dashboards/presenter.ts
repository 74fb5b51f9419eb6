import type { Bucket } from '../../shared/contracts/dashboards.ts';
import { t } from '../../shared/i18n/translate.ts';
import { OTHER_INSTITUTION } from '../../shared/institutions.ts';
import { SMALL_CELL_MAX } from '../stats/suppression.ts';
import type { KeyCount } from './repo.ts';

export type DashboardLang = 'en' | 'fr';

/**
 * Small-count protection for named institutions: a campus with one or two reports is close to naming the
 * people who made them (a small department, a known student society). So an institution is named only from
 * the threshold of the public statistics up; the others are one bucket, counted together, always last.
 */
export const INSTITUTION_MIN_REPORTS = SMALL_CELL_MAX + 1;

/**
 * The key of the bucket that holds the institutions with fewer reports than the threshold, and those not on
 * the list (whose names are sealed: counted here, never by name). The same code as an unlisted institution.
 */
export const OTHER_INSTITUTIONS = OTHER_INSTITUTION;

/**
 * Institutions by number of reports (as sorted), counted by their code and named by the list (`label`),
 * the small ones and the unlisted ones grouped, in `lang`.
 */
export function presentInstitutions(
  rows: KeyCount[],
  lang: DashboardLang,
  label: (code: string) => string,
): Bucket[] {
  const small = (r: KeyCount) => r.count < INSTITUTION_MIN_REPORTS || r.key === OTHER_INSTITUTIONS;
  const named = rows.filter((r) => !small(r));
  const others = rows.filter(small).reduce((n, r) => n + r.count, 0);
  const buckets: Bucket[] = named.map((r) => ({ key: r.key, label: label(r.key), count: r.count }));
  if (others > 0) {
    buckets.push({
      key: OTHER_INSTITUTIONS,
      label: t(lang, 'dashboards.institution.other', { min: INSTITUTION_MIN_REPORTS }),
      count: others,
    });
  }
  return buckets;
}
