import { taxonomy as labels } from '../../shared/i18n/catalogs/taxonomy.ts';
import { LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { institutionByCode } from '../../shared/institutions.ts';
import { suspectedStateName } from '../../shared/suspected-states.ts';
import { COMMUNITY_PACKS, VOCABULARIES, type Vocabulary } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';

/** The labels of a catalog key in every locale that has it. */
function catalogLabels(key: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const locale of LOCALES) {
    const label = (labels as Partial<Record<Locale, Record<string, string>>>)[locale]?.[key];
    if (label) out[locale] = label;
  }
  return out;
}

/**
 * The labels of one seed code in every locale: from the taxonomy catalog, or for an institution of the list
 * its English and French names (other languages show the English one: termLabel).
 */
export function seedLabels(vocabulary: Vocabulary, code: string): Record<string, string> {
  const institution = vocabulary === 'institution' ? institutionByCode(code) : undefined;
  if (institution) return { en: institution.en, fr: institution.fr };
  return catalogLabels(`taxonomy.${vocabulary}.${code}`);
}

/** Codes a term carries besides its labels: an institution's province and kind. */
function seedAttributes(vocabulary: Vocabulary, code: string): Record<string, string> {
  const institution = vocabulary === 'institution' ? institutionByCode(code) : undefined;
  return institution ? { province: institution.province, kind: institution.kind } : {};
}

/** A pack's labels: the name of its state in every language, or the catalog's for the pack of any state. */
export function packLabels(pack: (typeof COMMUNITY_PACKS)[number]): Record<string, string> {
  if (pack.suspectedState === null) return catalogLabels(`taxonomy.pack.${pack.code}`);
  const state = pack.suspectedState;
  return Object.fromEntries(LOCALES.map((l) => [l, suspectedStateName(state, l)]));
}

/**
 * Puts every seed term into `taxonomy_terms` unless it is already there, and every community pack with its
 * terms into `taxonomy_packs` and `taxonomy_pack_terms`. Idempotent: run at every start. A term or pack
 * already there keeps every label it has (an admin's edit wins) and gains the labels of locales it lacks,
 * so a language added to the public site is labelled on the form at the next start; whether it is enabled
 * is the admin's choice, never reset. Returns how many terms and packs were added or gained labels.
 */
export async function seedTaxonomy(q: Queryable): Promise<number> {
  const values: unknown[] = [];
  const rows: string[] = [];
  for (const [vocabulary, codes] of Object.entries(VOCABULARIES) as [Vocabulary, readonly string[]][]) {
    codes.forEach((code, i) => {
      const n = values.length;
      rows.push(`($${n + 1}, $${n + 2}, $${n + 3}::jsonb, $${n + 4}, $${n + 5}::jsonb)`);
      values.push(
        vocabulary,
        code,
        JSON.stringify(seedLabels(vocabulary, code)),
        (i + 1) * 10,
        JSON.stringify(seedAttributes(vocabulary, code)),
      );
    });
  }
  const terms = await q.query(
    `INSERT INTO taxonomy_terms (vocabulary, code, labels, sort_order, attributes) VALUES ${rows.join(', ')}
     ON CONFLICT (vocabulary, code) DO UPDATE SET labels = EXCLUDED.labels || taxonomy_terms.labels,
       attributes = EXCLUDED.attributes || taxonomy_terms.attributes
       WHERE EXCLUDED.labels || taxonomy_terms.labels <> taxonomy_terms.labels
          OR EXCLUDED.attributes || taxonomy_terms.attributes <> taxonomy_terms.attributes`,
    values,
  );
  const packs = await q.query(
    `INSERT INTO taxonomy_packs (code, suspected_state, labels, sort_order)
     SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::int[])
     ON CONFLICT (code) DO UPDATE SET labels = EXCLUDED.labels || taxonomy_packs.labels
       WHERE EXCLUDED.labels || taxonomy_packs.labels <> taxonomy_packs.labels`,
    [
      COMMUNITY_PACKS.map((p) => p.code),
      COMMUNITY_PACKS.map((p) => p.suspectedState),
      COMMUNITY_PACKS.map((p) => JSON.stringify(packLabels(p))),
      COMMUNITY_PACKS.map((_, i) => (i + 1) * 10),
    ],
  );
  const members = COMMUNITY_PACKS.flatMap((p) =>
    p.communities.map((code, i) => ({ pack: p.code, code, order: (i + 1) * 10 })),
  );
  await q.query(
    `INSERT INTO taxonomy_pack_terms (pack, vocabulary, code, sort_order)
     SELECT pack, 'community', code, sort_order FROM unnest($1::text[], $2::text[], $3::int[]) AS m(pack, code, sort_order)
     ON CONFLICT DO NOTHING`,
    [members.map((m) => m.pack), members.map((m) => m.code), members.map((m) => m.order)],
  );
  return terms.rowCount + packs.rowCount;
}
