import { type EntryNames, namesOfEntry } from './names.ts';
import { nameTokens, squash, type Token } from './normalise.ts';
import { ACTOR_GROUPS, type ActorGroup, type CaseRule, isDistinctive } from './vocabulary.ts';

/**
 * The matcher's index: every name of every register entry and of every named actor in the alias table,
 * by key. Built from the registers in memory (src/server/runtime.ts keeps one per process and rebuilds it
 * when a new snapshot is imported), so matching a report is lookups in a map — no query per word.
 */

/** What a key names. */
export type NameInfo = {
  /** Entries whose own name (principal, registrant, the register's alias) has this key. */
  direct: Set<number>;
  /** Entries reached through the alias table (an actor group one of whose names is the entry's). */
  viaAlias: Set<number>;
  /** Actor groups of the alias table with this name. */
  groups: Set<string>;
  /** How it must be written in prose: any case, or as one of these listings (capitals kept). */
  anyCase: boolean;
  listings: Token[][];
  /** A different organisation (alias table `!`): never a match. */
  block: boolean;
  /** A person's name (a register's individual registrant): matched only as a whole organisation field. */
  person: boolean;
  transliteration: boolean;
};

export type RegistryIndex = {
  /** Latin keys (words joined by a space) and Han keys (simplified, no spaces). */
  keys: Map<string, NameInfo>;
  /** Transliterations without spaces ("renminribao"), so "Renmin Ribao" and "RenminRibao" both match. */
  squashed: Map<string, NameInfo>;
  groups: ReadonlyMap<string, ActorGroup>;
  maxWords: number;
  maxHan: number;
  entries: number;
};

const emptyInfo = (): NameInfo => ({
  direct: new Set(),
  viaAlias: new Set(),
  groups: new Set(),
  anyCase: false,
  listings: [],
  block: false,
  person: false,
  transliteration: false,
});

/** A register writes some names in capitals throughout ("XINHUA NEWS AGENCY"): read those as title case. */
function listingOf(tokens: Token[]): Token[] {
  const letters = tokens.filter((t) => !t.han && /\p{L}/u.test(t.original));
  const shouting = letters.length > 1 && letters.every((t) => t.original === t.original.toUpperCase());
  return shouting
    ? tokens.map((t) => ({ ...t, original: t.original[0]! + t.original.slice(1).toLowerCase() }))
    : tokens;
}

export function buildRegistryIndex(
  entries: Iterable<EntryNames>,
  groups: readonly ActorGroup[] = ACTOR_GROUPS,
): RegistryIndex {
  const keys = new Map<string, NameInfo>();
  const squashed = new Map<string, NameInfo>();
  let maxWords = 1;
  let maxHan = 2;
  let count = 0;
  const infoFor = (key: string, tokens: Token[]) => {
    let info = keys.get(key);
    if (!info) {
      info = emptyInfo();
      keys.set(key, info);
      const han = tokens.every((t) => t.han);
      if (han) maxHan = Math.max(maxHan, key.length);
      else maxWords = Math.max(maxWords, tokens.length);
    }
    return info;
  };

  // Every name of every entry, distinctive or not: the alias table may vouch for one ("Press TV").
  const allNames = new Map<string, number[]>();
  for (const e of entries) {
    count++;
    for (const n of namesOfEntry(e)) {
      const tokens = nameTokens(n.name);
      const key = tokens.map((t) => t.key).join(hanOnly(tokens) ? '' : ' ');
      if (!n.person) {
        const ids = allNames.get(key);
        if (ids) ids.push(e.id);
        else allNames.set(key, [e.id]);
      }
      if (!isDistinctive(tokens)) continue;
      const info = infoFor(key, tokens);
      info.direct.add(e.id);
      if (n.person) info.person = true;
      else info.listings.push(listingOf(tokens));
    }
  }

  for (const g of groups) {
    const groupKeys = g.names.map((n) => ({ n, tokens: nameTokens(n.name) }));
    const linked = new Set<number>();
    for (const { tokens } of groupKeys)
      for (const id of allNames.get(tokens.map((t) => t.key).join(hanOnly(tokens) ? '' : ' ')) ?? [])
        linked.add(id);
    for (const { n, tokens } of groupKeys) {
      if (tokens.length === 0) continue;
      const key = tokens.map((t) => t.key).join(hanOnly(tokens) ? '' : ' ');
      const target = n.transliteration ? squashedInfo(squashed, squash(key)) : infoFor(key, tokens);
      target.groups.add(g.id);
      for (const id of linked) if (!target.direct.has(id)) target.viaAlias.add(id);
      if (n.rule === ('any' satisfies CaseRule)) target.anyCase = true;
      else target.listings.push(tokens);
      if (n.transliteration) target.transliteration = true;
    }
    for (const blocked of g.notThis) {
      const tokens = nameTokens(blocked);
      if (tokens.length)
        infoFor(tokens.map((t) => t.key).join(hanOnly(tokens) ? '' : ' '), tokens).block = true;
    }
  }
  return { keys, squashed, groups: new Map(groups.map((g) => [g.id, g])), maxWords, maxHan, entries: count };
}

const hanOnly = (tokens: readonly Token[]) => tokens.length > 0 && tokens.every((t) => t.han);

function squashedInfo(map: Map<string, NameInfo>, key: string): NameInfo {
  let info = map.get(key);
  if (!info) {
    info = emptyInfo();
    map.set(key, info);
  }
  return info;
}
