import { type EntryNames, namesOfEntry } from './names.ts';
import { nameTokens, squash, type Token } from './normalise.ts';
import {
  ACTOR_GROUPS,
  type ActorGroup,
  type CaseRule,
  isDistinctive,
  isSignificantWord,
} from './vocabulary.ts';

/**
 * The matcher's index: every name of every register entry and of every named actor in the alias table,
 * by key. Built from the registers in memory (src/server/runtime.ts keeps one per process and rebuilds it
 * when a new snapshot is imported), so matching a report is lookups in a map — no query per word.
 */

/**
 * How a listed name must be written in prose, one letter per word: `A` in capitals (CRI, CCTV), `C` with
 * a capital (China Daily), `.` any way ("du", "of", Han characters).
 */
export type CasePattern = string;

/** What a key names. Kept small: an index of 100,000 entries lives in every process. */
export type NameInfo = {
  /** Entries whose own name (principal, registrant, the register's alias) has this key. */
  direct: number[];
  /** Entries reached through the alias table (an actor group one of whose names is the entry's). */
  viaAlias: number[];
  /** Actor groups of the alias table with this name. */
  groups: string[];
  /** Distinctive in any case (alias table `~`, transliterations). */
  anyCase: boolean;
  /** The ways it is listed; prose must follow one of them. */
  patterns: CasePattern[];
  /** A different organisation (alias table `!`): never a match. */
  block: boolean;
  /** A person's name (a register's individual registrant): matched only as a whole organisation field. */
  person: boolean;
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

const NONE: never[] = [];
const emptyInfo = (): NameInfo => ({
  direct: NONE,
  viaAlias: NONE,
  groups: NONE,
  anyCase: false,
  patterns: NONE,
  block: false,
  person: false,
});

function add<T>(list: T[], item: T): T[] {
  if (list === NONE) return [item];
  if (!list.includes(item)) list.push(item);
  return list;
}

/** A listing's pattern. A register writes some names in capitals throughout ("XINHUA NEWS AGENCY"): title case. */
export function patternOf(tokens: readonly Token[], isWord: (key: string) => boolean): CasePattern {
  const letters = tokens.filter((t) => !t.han && /\p{L}/u.test(t.original));
  const shouting = letters.length > 1 && letters.every((t) => t.original === t.original.toUpperCase());
  return tokens
    .map((t) => {
      if (t.han) return '.';
      const l = t.original.replace(/[^\p{L}]/gu, '');
      if (!l || l === l.toLowerCase()) return '.';
      if (!shouting && l.length >= 2 && l === l.toUpperCase()) return 'A';
      return /^\p{Lu}/u.test(l) && isWord(t.key) ? 'C' : '.';
    })
    .join('');
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
  const infoFor = (key: string, tokens: readonly Token[]) => {
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

  const groupKeys = groups.map((g) => g.names.map((n) => ({ n, tokens: nameTokens(n.name) })));
  // Names of the alias table that a register entry may bear, distinctive or not: the alias table vouches
  // for them ("Press TV").
  const vouched = new Map<string, number[]>();
  for (const list of groupKeys) for (const { tokens } of list) vouched.set(keyOf(tokens), []);
  for (const e of entries) {
    count++;
    for (const n of namesOfEntry(e)) {
      const tokens = nameTokens(n.name);
      const key = keyOf(tokens);
      if (!n.person) vouched.get(key)?.push(e.id);
      if (!isDistinctive(tokens)) continue;
      const info = infoFor(key, tokens);
      info.direct = add(info.direct, e.id);
      if (n.person) info.person = true;
      else info.patterns = add(info.patterns, patternOf(tokens, isSignificantWord));
    }
  }

  groups.forEach((g, gi) => {
    const names = groupKeys[gi]!;
    const linked = new Set<number>();
    for (const { tokens } of names) for (const id of vouched.get(keyOf(tokens)) ?? []) linked.add(id);
    for (const { n, tokens } of names) {
      if (tokens.length === 0) continue;
      const key = keyOf(tokens);
      const target = n.transliteration ? squashedInfo(squashed, squash(key)) : infoFor(key, tokens);
      target.groups = add(target.groups, g.id);
      for (const id of linked) if (!target.direct.includes(id)) target.viaAlias = add(target.viaAlias, id);
      if (n.rule === ('any' satisfies CaseRule)) target.anyCase = true;
      else target.patterns = add(target.patterns, patternOf(tokens, isSignificantWord));
    }
    for (const blocked of g.notThis) {
      const tokens = nameTokens(blocked);
      if (tokens.length) infoFor(keyOf(tokens), tokens).block = true;
    }
  });
  return { keys, squashed, groups: new Map(groups.map((g) => [g.id, g])), maxWords, maxHan, entries: count };
}

const hanOnly = (tokens: readonly Token[]) => tokens.length > 0 && tokens.every((t) => t.han);
/** Latin words joined by a space; a Han name's runs joined without. */
export const keyOf = (tokens: readonly Token[]): string =>
  tokens.map((t) => t.key).join(hanOnly(tokens) ? '' : ' ');

function squashedInfo(map: Map<string, NameInfo>, key: string): NameInfo {
  let info = map.get(key);
  if (!info) {
    info = emptyInfo();
    map.set(key, info);
  }
  return info;
}
