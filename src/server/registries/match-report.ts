import { type FoundIn, findMentions, type Mention, wholeFieldName } from './find-actors.ts';
import type { RegistryIndex } from './index.ts';
import { nameKey, nameTokens } from './normalise.ts';
import { isDistinctive } from './vocabulary.ts';

/**
 * Which registered (or known, unregistered) actors one report names — a pure function of what the reporter
 * wrote and the index, run inside the indexer where the report is already open. What it returns holds no
 * word of the report: entry ids, actor-group ids, how and where each was found, and for an organisation
 * the register does not know, its normalised name for the caller to blind-index and seal.
 */

export type MatchHow = 'registry_name' | 'alias' | 'transliteration';
export type MatchConfidence = 'high' | 'medium';

export type Finding = { foundIn: FoundIn; how: MatchHow; confidence: MatchConfidence };

export type ReportActors = {
  /** Register entries named, by id. */
  registered: Map<number, Finding>;
  /** Actor groups of the alias table named that no register lists, acting for the suspected state. */
  unregisteredGroups: Map<string, Finding>;
  /** Organisations named in the perpetrator field that neither the registers nor the alias table know. */
  unlistedOrganisations: { key: string; name: string }[];
};

export type ReportText = {
  narrative: string;
  suspectedState?: string | null | undefined;
  perpetrators?: readonly { organisation?: string | undefined; description?: string | undefined }[];
};

const PLACE: Record<FoundIn, number> = { organisation_field: 3, perpetrator_description: 2, narrative: 1 };
const better = (a: Finding, b: Finding | undefined) =>
  !b ||
  PLACE[a.foundIn] > PLACE[b.foundIn] ||
  (PLACE[a.foundIn] === PLACE[b.foundIn] && a.confidence === 'high' && b.confidence === 'medium');

export function matchReport(index: RegistryIndex, report: ReportText): ReportActors {
  const registered = new Map<number, Finding>();
  const groups = new Map<string, Finding>();
  const unlisted = new Map<string, string>();
  const record = (m: Mention, foundIn: FoundIn) => {
    const anyCaseName = m.info.anyCase || m.transliterated;
    const base = {
      foundIn,
      confidence: foundIn === 'organisation_field' || !anyCaseName ? 'high' : 'medium',
    } as const;
    const put = (id: number, how: MatchHow) => {
      const f: Finding = { ...base, how: m.transliterated ? 'transliteration' : how };
      if (better(f, registered.get(id))) registered.set(id, f);
    };
    for (const id of m.info.direct) put(id, 'registry_name');
    for (const id of m.info.viaAlias) put(id, 'alias');
    if (m.info.direct.length === 0 && m.info.viaAlias.length === 0) {
      for (const g of m.info.groups) {
        const group = index.groups.get(g);
        const forTheState = !report.suspectedState || group?.state === report.suspectedState;
        if (!group || !forTheState || group.kind === 'company' || group.kind === 'diplomatic') continue;
        const f: Finding = { ...base, how: m.transliterated ? 'transliteration' : 'alias' };
        if (better(f, groups.get(g))) groups.set(g, f);
      }
    }
  };

  for (const p of report.perpetrators ?? []) {
    const organisation = p.organisation?.trim();
    if (organisation) {
      const whole = wholeFieldName(index, organisation);
      const mentions = whole ? [whole] : findMentions(index, organisation, { anyCase: true });
      for (const m of mentions) record(m, 'organisation_field');
      // A name the register and the alias table do not know, that names something: the reporter says it
      // acted against them for the suspected state; a supervisor may ask the regulator about it.
      if (mentions.length === 0 && report.suspectedState && isDistinctive(nameTokens(organisation)))
        unlisted.set(nameKey(organisation), organisation);
    }
    if (p.description)
      for (const m of findMentions(index, p.description, { anyCase: false }))
        record(m, 'perpetrator_description');
  }
  for (const m of findMentions(index, report.narrative, { anyCase: false })) record(m, 'narrative');
  return {
    registered,
    unregisteredGroups: groups,
    unlistedOrganisations: [...unlisted].map(([key, name]) => ({ key, name })),
  };
}
