import type { Locale } from '../../shared/i18n/locales.ts';
import { VOCABULARIES, type Vocabulary } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';

export type TaxonomyTerm = {
  vocabulary: Vocabulary;
  code: string;
  labels: Record<string, string>;
  sortOrder: number;
  active: boolean;
};

type TermRow = {
  vocabulary: string;
  code: string;
  labels: Record<string, string> | string;
  sort_order: number;
  active: boolean;
};

const isVocabulary = (v: string): v is Vocabulary => Object.hasOwn(VOCABULARIES, v);

/** Terms as stored (admins may have edited labels, added terms or retired some), in display order. */
export async function listTaxonomy(
  q: Queryable,
  opts: { includeInactive?: boolean } = {},
): Promise<TaxonomyTerm[]> {
  const { rows } = await q.query<TermRow>(
    `SELECT vocabulary, code, labels, sort_order, active FROM taxonomy_terms
     ${opts.includeInactive ? '' : 'WHERE active'}
     ORDER BY vocabulary, sort_order, code`,
  );
  return rows
    .filter((r) => isVocabulary(r.vocabulary))
    .map((r) => ({
      vocabulary: r.vocabulary as Vocabulary,
      code: r.code,
      labels: typeof r.labels === 'string' ? (JSON.parse(r.labels) as Record<string, string>) : r.labels,
      sortOrder: r.sort_order,
      active: r.active,
    }));
}

/** The label a reader of `locale` sees: their language, else English, else the code itself. */
export function termLabel(term: Pick<TaxonomyTerm, 'labels' | 'code'>, locale: Locale): string {
  return term.labels[locale] || term.labels.en || term.code;
}

export type LabelledTerm = { code: string; label: string };

/** Active terms of every vocabulary, labelled in one locale: what the public pages render. */
export async function taxonomyForLocale(
  q: Queryable,
  locale: Locale,
): Promise<Record<Vocabulary, LabelledTerm[]>> {
  const out = Object.fromEntries(Object.keys(VOCABULARIES).map((v) => [v, []])) as unknown as Record<
    Vocabulary,
    LabelledTerm[]
  >;
  for (const term of await listTaxonomy(q)) {
    out[term.vocabulary].push({ code: term.code, label: termLabel(term, locale) });
  }
  return out;
}
