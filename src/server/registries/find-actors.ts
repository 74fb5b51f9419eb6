import type { CasePattern, NameInfo, RegistryIndex } from './index.ts';
import { nameTokens, squash, type Token, tokenise } from './normalise.ts';

/**
 * Finds the named actors a text names: the longest name at each place, left to right, never overlapping.
 * Where a text is prose (a narrative, a perpetrator's description) a name must be written as a name — with
 * the capitals it is listed with (China Daily, not "china daily life"; CRI, not "un cri") — unless the
 * alias table says it is distinctive in any case ("xinhua", "cctv"). A perpetrator's "organisation or group"
 * field names an organisation by definition: any case will do there, and the whole field may be a person
 * registered as an agent. A name in the alias table's `!` list (Xinhua Bookstore) takes its place and
 * matches nothing.
 */

export type FoundIn = 'organisation_field' | 'perpetrator_description' | 'narrative';

export type Mention = {
  start: number;
  end: number;
  info: NameInfo;
  /** Found through a transliteration (pinyin of a Chinese name). */
  transliterated: boolean;
};

const SQUASH_WORDS = 8;

/** Whether words of prose follow a listing's capitals (see CasePattern). */
function writtenAsListed(text: readonly Token[], pattern: CasePattern): boolean {
  if (text.length !== pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i];
    if (want === '.') continue;
    const t = text[i]!;
    if (t.han) continue;
    const letters = t.original.replace(/[^\p{L}]/gu, '');
    if (want === 'A' && letters !== letters.toUpperCase()) return false;
    if (want === 'C' && !/^\p{Lu}/u.test(letters)) return false;
  }
  return true;
}

const acceptable = (info: NameInfo, words: readonly Token[], anyCase: boolean): boolean =>
  info.block ||
  (!info.person &&
    (info.direct.length > 0 || info.viaAlias.length > 0 || info.groups.length > 0) &&
    (anyCase || info.anyCase || info.patterns.some((p) => writtenAsListed(words, p))));

export function findMentions(index: RegistryIndex, text: string, opts: { anyCase: boolean }): Mention[] {
  const tokens = tokenise(text);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.han) {
      out.push(...findInHan(index, t));
      i++;
      continue;
    }
    const found = longestAt(index, tokens, i, opts.anyCase);
    if (found) {
      if (!found.mention.info.block) out.push(found.mention);
      i += found.words;
    } else i++;
  }
  return out;
}

function longestAt(
  index: RegistryIndex,
  tokens: readonly Token[],
  i: number,
  anyCase: boolean,
): { mention: Mention; words: number } | null {
  const latin: Token[] = [];
  for (let j = i; j < tokens.length && latin.length < Math.max(index.maxWords, SQUASH_WORDS); j++) {
    if (tokens[j]!.han) break;
    latin.push(tokens[j]!);
  }
  for (let n = latin.length; n >= 1; n--) {
    const words = latin.slice(0, n);
    const mention = (info: NameInfo | undefined, transliterated: boolean) =>
      info && acceptable(info, words, anyCase || transliterated)
        ? {
            mention: { start: words[0]!.start, end: words[n - 1]!.end, info, transliterated },
            words: n,
          }
        : null;
    const exact =
      n <= index.maxWords ? mention(index.keys.get(words.map((w) => w.key).join(' ')), false) : null;
    if (exact) return exact;
    const squashed = mention(index.squashed.get(squash(words.map((w) => w.key).join(''))), true);
    if (squashed) return squashed;
  }
  return null;
}

/** Chinese is written without spaces: the longest listed name at each character of the run. */
function findInHan(index: RegistryIndex, run: Token): Mention[] {
  const out: Mention[] = [];
  const s = run.key;
  let p = 0;
  while (p < s.length) {
    let taken = 0;
    for (let len = Math.min(index.maxHan, s.length - p); len >= 2; len--) {
      const info = index.keys.get(s.slice(p, p + len));
      if (info && (info.block || info.direct.length || info.viaAlias.length || info.groups.length)) {
        if (!info.block)
          out.push({ start: run.start + p, end: run.start + p + len, info, transliterated: false });
        taken = len;
        break;
      }
    }
    p += taken || 1;
  }
  return out;
}

/** The whole of an organisation field, when it is a name the register lists (a person registered as agent). */
export function wholeFieldName(index: RegistryIndex, field: string): Mention | null {
  const tokens = nameTokens(field);
  if (tokens.length === 0) return null;
  const info = index.keys.get(tokens.map((t) => t.key).join(tokens.every((t) => t.han) ? '' : ' '));
  if (!info || info.block || info.direct.length === 0) return null;
  return { start: 0, end: field.length, info, transliterated: false };
}
