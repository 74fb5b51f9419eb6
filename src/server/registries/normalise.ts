import * as OpenCC from 'opencc-js/t2cn';
import { cleanText } from '../indicators/clean-text.ts';

/**
 * Names as the registry matcher compares them. A victim writes "Xinhua's reporter", "le Quotidien du
 * Peuple", "中央電視台"; a register prints "Xinhua News Agency North America", "CCTV America", "People's
 * Daily Overseas Edition", "Gotion, Inc.". Both sides go through the same steps, so equal keys mean the same
 * words: NFKC, traditional Chinese to simplified (OpenCC), lower case, no accents, possessive 's and French
 * elisions (l', d', qu') dropped, other apostrophes joined (O'Brien → obrien), "&" read as "and", dotted
 * initials joined (U.S. → us), every other mark a space. The conversions are immutable functions built
 * once (OpenCC's dictionaries); nothing here remembers anything.
 */

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const HAN = /\p{Script=Han}/u;
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
export const hasHan = (text: string): boolean => !isAscii(text) && HAN.test(text);

/** French elisions: the article or particle before the apostrophe is dropped, not joined. */
const ELISIONS = new Set(['l', 'd', 'j', 'qu', 'n', 's', 'c', 'm', 't', 'lorsqu', 'jusqu', 'puisqu']);

/** One word of a text, with where it stands in the original (so the matcher can read its capitals). */
export type Token = {
  /** The normalised word (lower case, no accents; a run of Han characters in simplified Chinese). */
  key: string;
  /** The word as written. */
  original: string;
  start: number;
  end: number;
  han: boolean;
};

/** Lower case without accents (Latin, Greek, Cyrillic…); Han characters become simplified. */
export function foldWord(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  const folded = word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .normalize('NFC');
  return hasHan(folded) ? toSimplified(folded) : folded;
}

// A word: letters and digits, with apostrophes inside it ("People's", "l'agence", "O'Brien").
const WORD = /[\p{L}\p{N}]+(?:['’ʼ`][\p{L}\p{N}]+)*/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const APOSTROPHE = /['’ʼ`]/;

/**
 * The words of a text with their positions. Han characters form runs of their own (Chinese is written
 * without spaces: the matcher looks inside a run); dotted single letters are joined (U.S.A. → usa).
 */
export function tokenise(input: string): Token[] {
  const text = cleanText(input);
  const raw: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    if (!hasHan(word)) {
      pushLatin(raw, word, start);
      continue;
    }
    // Split Han runs from the letters around them ("CCTV记者" → "CCTV", "记者").
    let last = 0;
    for (const h of word.matchAll(HAN_RUN)) {
      if (h.index > last) pushLatin(raw, word.slice(last, h.index), start + last);
      raw.push({
        key: foldWord(h[0]),
        original: h[0],
        start: start + h.index,
        end: start + h.index + h[0].length,
        han: true,
      });
      last = h.index + h[0].length;
    }
    if (last < word.length) pushLatin(raw, word.slice(last), start + last);
  }
  return joinInitials(raw, text);
}

function pushLatin(out: Token[], word: string, start: number): void {
  let w = word;
  let s = start;
  const parts = w.split(APOSTROPHE);
  if (parts.length > 1) {
    const first = foldWord(parts[0]!);
    if (ELISIONS.has(first) && parts.length === 2) {
      // l'agence → agence
      s += parts[0]!.length + 1;
      w = parts[1]!;
    } else {
      const lastPart = foldWord(parts[parts.length - 1]!);
      // Xinhua's → Xinhua; People's → People
      if (lastPart === 's') w = parts.slice(0, -1).join("'");
    }
  }
  const folded = foldWord(w.replace(/['’ʼ`]/g, ''));
  // "People's" written without its apostrophe, as people often type it ("peoples daily").
  const key = folded === 'peoples' ? 'people' : folded;
  if (key) out.push({ key, original: w, start: s, end: s + w.length, han: false });
}

/** Joins single letters written with dots between them ("U.S.", "P.R.C.", "L.L.C.") into one word. */
function joinInitials(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let initials = false; // the last token out is a single letter, or initials already joined
  for (const t of tokens) {
    const prev = out[out.length - 1];
    const single = !t.han && t.key.length === 1 && t.original.length === 1;
    if (single && initials && prev && text.slice(prev.end, t.start) === '.') {
      out[out.length - 1] = {
        ...prev,
        key: prev.key + t.key,
        original: text.slice(prev.start, t.end),
        end: t.end,
      };
      continue;
    }
    out.push(t);
    initials = single;
  }
  return out;
}

/** Words that only say what kind of company it is: dropped at the end of a name ("Gotion, Inc."). */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'pllc',
  'corp',
  'corporation',
  'co',
  'company',
  'pc',
  'gmbh',
  'sa',
  'sarl',
  'sas',
  'pte',
  'pty',
  'ag',
  'nv',
  'bv',
  'srl',
  'spa',
  'ltee',
]);

const LEADING_ARTICLES = new Set(['the', 'le', 'la', 'les']);

/**
 * The key of a name: its words, normalised, without a leading article or trailing company-kind words,
 * joined by single spaces; Han runs stay runs. "The Gotion, Inc." → "gotion"; "People's Daily" →
 * "people daily"; "中央電視台" → "中央电视台".
 */
export function nameKey(name: string): string {
  return nameTokens(name)
    .map((t) => t.key)
    .join(' ');
}

/** The tokens of a name, as nameKey keeps them. */
export function nameTokens(name: string): Token[] {
  const tokens = tokenise(name);
  while (tokens.length > 1 && LEADING_ARTICLES.has(tokens[0]!.key)) tokens.shift();
  while (tokens.length > 1 && CORPORATE_SUFFIXES.has(tokens[tokens.length - 1]!.key)) tokens.pop();
  return tokens;
}

/** A key without its spaces: transliterations are written "Renmin Ribao", "renminribao", "Ren Min Ri Bao". */
export const squash = (key: string): string => key.replace(/ /g, '');
