import { taxonomy as labels } from '../../shared/i18n/catalogs/taxonomy.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { VOCABULARIES, type Vocabulary } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';

/** The labels of one seed code in every locale, from the taxonomy catalog. */
export function seedLabels(vocabulary: Vocabulary, code: string): Record<string, string> {
  const key = `taxonomy.${vocabulary}.${code}`;
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    const label = (labels[locale] as Record<string, string>)[key];
    if (label) out[locale] = label;
  }
  return out;
}

/**
 * Puts every seed term into `taxonomy_terms` unless it is already there. Idempotent: run at every start;
 * a term an admin edited or deactivated is left exactly as the admin left it.
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
     ON CONFLICT (vocabulary, code) DO NOTHING`,
    values,
  );
  return rowCount;
}
