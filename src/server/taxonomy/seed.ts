import { taxonomy as labels } from '../../shared/i18n/catalogs/taxonomy.ts';
import { LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { VOCABULARIES, type Vocabulary } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';

/** The labels of one seed code in every locale, from the taxonomy catalog. */
export function seedLabels(vocabulary: Vocabulary, code: string): Record<string, string> {
  const key = `taxonomy.${vocabulary}.${code}`;
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    const label = (labels as Partial<Record<Locale, Record<string, string>>>)[locale]?.[key];
    if (label) out[locale] = label;
  }
  return out;
}

/**
 * Puts every seed term into `taxonomy_terms` unless it is already there. Idempotent: run at every start.
 * A term already there keeps every label it has (an admin's edit wins) and gains the labels of locales
 * it lacks, so a language added to the public site is labelled on the form at the next start.
 */
export async function seedTaxonomy(q: Queryable): Promise<number> {
  const values: unknown[] = [];
  const rows: string[] = [];
  for (const [vocabulary, codes] of Object.entries(VOCABULARIES) as [Vocabulary, readonly string[]][]) {
    codes.forEach((code, i) => {
      const n = values.length;
      rows.push(`($${n + 1}, $${n + 2}, $${n + 3}::jsonb, $${n + 4})`);
      values.push(vocabulary, code, JSON.stringify(seedLabels(vocabulary, code)), (i + 1) * 10);
    });
  }
  const { rowCount } = await q.query(
    `INSERT INTO taxonomy_terms (vocabulary, code, labels, sort_order) VALUES ${rows.join(', ')}
     ON CONFLICT (vocabulary, code) DO UPDATE SET labels = EXCLUDED.labels || taxonomy_terms.labels
       WHERE EXCLUDED.labels || taxonomy_terms.labels <> taxonomy_terms.labels`,
    values,
  );
  return rowCount;
}
