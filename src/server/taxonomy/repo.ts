import type { Locale } from '../../shared/i18n/locales.ts';
import { VOCABULARIES, type Vocabulary } from '../../shared/taxonomy.ts';
import type { Queryable } from '../platform/db/db.ts';

export type TaxonomyTerm = {
  vocabulary: Vocabulary;
  code: string;
  labels: Record<string, string>;
  /** Codes the term carries: an institution's province and kind. */
  attributes: Record<string, string>;
  sortOrder: number;
  active: boolean;
};

type TermRow = {
  vocabulary: string;
  code: string;
  labels: Record<string, string> | string;
  attributes: Record<string, string> | string;
  sort_order: number;
  active: boolean;
};

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const isVocabulary = (v: string): v is Vocabulary => Object.hasOwn(VOCABULARIES, v);

/** Terms as stored (admins may have edited labels, added terms or retired some), in display order. */
export async function listTaxonomy(
  q: Queryable,
  opts: { includeInactive?: boolean } = {},
): Promise<TaxonomyTerm[]> {
  const { rows } = await q.query<TermRow>(
    `SELECT vocabulary, code, labels, attributes, sort_order, active FROM taxonomy_terms
     ${opts.includeInactive ? '' : 'WHERE active'}
     ORDER BY vocabulary, sort_order, code`,
  );
  return rows
    .filter((r) => isVocabulary(r.vocabulary))
    .map((r) => ({
      vocabulary: r.vocabulary as Vocabulary,
      code: r.code,
      labels: json(r.labels),
      attributes: json(r.attributes),
      sortOrder: r.sort_order,
      active: r.active,
    }));
}

/** The label a reader of `locale` sees: their language, else English, else the code itself. */
export function termLabel(term: Pick<TaxonomyTerm, 'labels' | 'code'>, locale: Locale): string {
  return term.labels[locale] || term.labels.en || term.code;
}

export type LabelledTerm = { code: string; label: string; attributes?: Record<string, string> };

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
    const attributes = Object.keys(term.attributes).length > 0 ? { attributes: term.attributes } : {};
    out[term.vocabulary].push({ code: term.code, label: termLabel(term, locale), ...attributes });
  }
  return out;
}

export type TaxonomyPack = {
  code: string;
  suspectedState: string | null;
  labels: Record<string, string>;
  sortOrder: number;
  active: boolean;
  /** Its communities' codes, in the pack's order. */
  communities: string[];
};

/** Community packs as stored (admins enable and disable them), in display order. */
export async function listPacks(
  q: Queryable,
  opts: { includeInactive?: boolean } = {},
): Promise<TaxonomyPack[]> {
  const { rows } = await q.query<{
    code: string;
    suspected_state: string | null;
    labels: Record<string, string> | string;
    sort_order: number;
    active: boolean;
    communities: string[];
  }>(
    `SELECT p.code, p.suspected_state, p.labels, p.sort_order, p.active,
            coalesce(array_agg(m.code ORDER BY m.sort_order, m.code) FILTER (WHERE m.code IS NOT NULL), '{}') AS communities
       FROM taxonomy_packs p LEFT JOIN taxonomy_pack_terms m ON m.pack = p.code AND m.vocabulary = 'community'
      ${opts.includeInactive ? '' : 'WHERE p.active'}
      GROUP BY p.code ORDER BY p.sort_order, p.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    suspectedState: r.suspected_state,
    labels: json(r.labels),
    sortOrder: r.sort_order,
    active: r.active,
    communities: r.communities,
  }));
}

/** A group of communities on the form: an enabled pack's enabled communities, labelled in one locale. */
export type LabelledPack = {
  code: string;
  suspectedState: string | null;
  label: string;
  communities: LabelledTerm[];
};

/**
 * The enabled communities grouped by enabled pack, each community once (in the first pack that has it), for
 * the form. A disabled pack hides its communities (unless an enabled pack holds them too); an enabled
 * community that no pack holds (an admin's addition) joins the last group.
 */
export async function packsForLocale(
  q: Queryable,
  locale: Locale,
  communities: readonly LabelledTerm[],
): Promise<LabelledPack[]> {
  const byCode = new Map(communities.map((c) => [c.code, c]));
  const placed = new Set<string>();
  const groups: LabelledPack[] = [];
  const packs = await listPacks(q, { includeInactive: true });
  const inSomePack = new Set(packs.flatMap((p) => p.communities));
  for (const pack of packs.filter((p) => p.active)) {
    const members = pack.communities.flatMap((code) => {
      const term = byCode.get(code);
      if (!term || placed.has(code)) return [];
      placed.add(code);
      return [term];
    });
    if (members.length === 0) continue;
    groups.push({
      code: pack.code,
      suspectedState: pack.suspectedState,
      label: pack.labels[locale] || pack.labels.en || pack.code,
      communities: members,
    });
  }
  const rest = communities.filter((c) => !inSomePack.has(c.code));
  if (rest.length > 0) groups.at(-1)?.communities.push(...rest);
  return groups;
}
