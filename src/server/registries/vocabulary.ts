import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { FUNCTION_WORD_LANGUAGES, functionWordsOf } from '../indicators/word-lists.ts';
import { foldWord, hasHan, nameTokens, squash, type Token } from './normalise.ts';

/**
 * What the matcher knows besides the registers: the editable lists beside this module (lists/README.md) —
 * named actors and their names in every script (aliases.txt), words too common to name anything
 * (common-words.txt), states, places and state bodies (state-words.txt). Read once when the module loads;
 * never changed afterwards.
 */

const fold = (w: string) => foldWord(w.trim());

const readList = (file: string): string[] =>
  readFileSync(new URL(`./lists/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);

const COMMON: ReadonlySet<string> = new Set(readList('common-words.txt').map(fold));
const stateLines = readList('state-words.txt');
const STATE_WORDS: ReadonlySet<string> = new Set(stateLines.filter((l) => !l.startsWith('!')).map(fold));
const STATE_BODIES: ReadonlySet<string> = new Set(
  stateLines.filter((l) => l.startsWith('!')).map((l) => fold(l.slice(1))),
);

const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  FUNCTION_WORD_LANGUAGES.flatMap((l) => functionWordsOf(l)).map(fold),
);
const significant = (key: string) => !FUNCTION_WORDS.has(key);

/**
 * Whether a name, as the register or a reporter writes it, may be matched at all: never a state body
 * ("Embassy of …"), never a name made of states and places only ("Republic of China"), and otherwise only
 * with a word found in none of the lists ("Xinhua", "Gotion") or with three significant words
 * ("Hong Kong Trade Development Council"). Han names need two characters or more.
 */
export function isDistinctive(tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  if (tokens.every((t) => t.han)) return tokens.map((t) => t.key).join('').length >= 2;
  const words = tokens.filter((t) => t.han || significant(t.key));
  if (words.length === 0) return false;
  if (words.some((t) => STATE_BODIES.has(t.key))) return false;
  if (words.every((t) => STATE_WORDS.has(t.key))) return false;
  if (words.some((t) => t.han || (!COMMON.has(t.key) && !STATE_WORDS.has(t.key) && t.key.length > 1)))
    return true;
  return words.length >= 3;
}

/** A state body in the name: the state's own office ("Ministry of Commerce", "Consulate General of …"). */
export const isStateBody = (tokens: readonly Token[]): boolean => tokens.some((t) => STATE_BODIES.has(t.key));

export const isSignificantWord = significant;

// ---- the alias table -----------------------------------------------------------------------------------

export const ACTOR_KINDS = ['state_media', 'united_front', 'company', 'diplomatic'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** How a name must be written in prose: in any case, or with the capitals it is listed with. */
export type CaseRule = 'any' | 'as_listed';

export type AliasName = { name: string; rule: CaseRule; transliteration: boolean };

export type ActorGroup = {
  id: string;
  /** ISO 3166-1 alpha-2 of the state it acts for. */
  state: string;
  kind: ActorKind;
  label: string;
  names: readonly AliasName[];
  /** Other organisations whose names contain one of these: never a match. */
  notThis: readonly string[];
};

const HEADER = /^\[([a-z0-9-]{2,40})\]\s+([A-Z]{2})\s+([a-z_]+)\s+(.+)$/;

/** Parses the alias table (see lists/aliases.txt for its format); throws on a malformed line. */
export function parseAliasTable(text: string): ActorGroup[] {
  const groups: ActorGroup[] = [];
  let current: (ActorGroup & { names: AliasName[]; notThis: string[] }) | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const header = HEADER.exec(line);
    if (header) {
      const kind = header[3] as ActorKind;
      if (!ACTOR_KINDS.includes(kind)) throw new Error(`aliases line ${i + 1}: unknown kind ${kind}`);
      if (groups.some((g) => g.id === header[1]))
        throw new Error(`aliases line ${i + 1}: ${header[1]} twice`);
      current = { id: header[1]!, state: header[2]!, kind, label: header[4]!.trim(), names: [], notThis: [] };
      groups.push(current);
      return;
    }
    if (!current) throw new Error(`aliases line ${i + 1}: a name before any [group]`);
    if (line.startsWith('!')) current.notThis.push(line.slice(1).trim());
    else if (line.startsWith('~'))
      current.names.push({ name: line.slice(1).trim(), rule: 'any', transliteration: false });
    else current.names.push({ name: line, rule: 'as_listed', transliteration: false });
  });
  return groups.map((g) => ({ ...g, names: [...g.names, ...pinyinOf(g.names)] }));
}

/** Pinyin for the Han names of three characters or more ("人民日报" → "ren min ri bao"; any spacing). */
function pinyinOf(names: readonly AliasName[]): AliasName[] {
  return names
    .filter((n) => hasHan(n.name) && n.name.length >= 3 && nameTokens(n.name).every((t) => t.han))
    .map((n) => ({
      name: pinyin(n.name, { toneType: 'none', type: 'array' }).join(' '),
      rule: 'any' as const,
      transliteration: true,
    }));
}

export const ACTOR_GROUPS: readonly ActorGroup[] = parseAliasTable(
  readFileSync(new URL('./lists/aliases.txt', import.meta.url), 'utf8'),
);

/** The squashed key of a transliteration, for comparison with any spacing. */
export const transliterationKey = (name: string): string =>
  squash(
    nameTokens(name)
      .map((t) => t.key)
      .join(' '),
  );
