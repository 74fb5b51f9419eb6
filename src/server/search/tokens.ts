import { cleanText } from '../indicators/normalise.ts';
import { searchTokenFor } from '../platform/crypto/blind-index.ts';
import { keyObjectOf } from '../platform/crypto/key-object.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * The blind search index. A narrative is cut into tokens — normalised words, and for Chinese, Japanese
 * and Korean (written without spaces) overlapping pairs of characters — and each token is stored as an
 * 8-byte keyed HMAC beside the report id. A query is cut the same way and every token must be present.
 * Without the key, the table says only how many distinct tokens each report has.
 *
 * Normalisation makes the ways people type one word meet:
 * - NFKC (full-width letters and digits, Arabic presentation forms), no invisible characters, lower case
 *   (Cyrillic too), digits of any script as ASCII (Persian ۱۲۳, Arabic-Indic ١٢٣, Gurmukhi ੧੨੩ → 123).
 * - Latin diacritics folded (é → e, so "menacé" finds "menace"); the marks of other scripts are part of
 *   the letter and stay (Cyrillic й, Tibetan, Gurmukhi vowel signs; Gurmukhi nukta letters in one form).
 * - Russian ё is written е by most: ё → е.
 * - Arabic script (Persian, Arabic, Uyghur): tatweel and harakat removed; Persian and Arabic yeh (ی ي)
 *   and kaf (ک ك) as one; alef maksura at a word's end as yeh (ى → ي; inside a word it is Uyghur's
 *   letter i and stays); teh marbuta and heh-with-hamza as heh (ة ۀ → ه); alef with hamza or madda as
 *   alef (أ إ آ ٱ → ا). A zero-width non-joiner between Arabic letters separates like a space, so
 *   می‌خواهم finds «می خواهم» (and the reverse); elsewhere it is dropped.
 * - Tibetan syllables (split by the tsheg) are words. A few very common words of English, French,
 *   Russian, Persian and Arabic are left out of both the index and the query.
 *
 * Changing these rules changes tokens: reports indexed before must be indexed again to be found by the
 * words whose form changed.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const SPLIT_CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** A zero-width non-joiner after an Arabic-script letter: a break inside a Persian compound. */
const ARABIC_ZWNJ = /(?<=\p{Script_Extensions=Arabic})\u200c/gu;
const TATWEEL = /\u0640/g;
/** Harakat and Quranic marks (after NFKC, the hamza and madda of composed letters are part of them). */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/g;
const ARABIC_FOLDS: Record<string, string> = {
  '\u06cc': '\u064a', // Persian yeh ی → Arabic yeh ي
  '\u06a9': '\u0643', // keheh ک → kaf ك
  '\u0629': '\u0647', // teh marbuta ة → heh ه
  '\u06c0': '\u0647', // heh with yeh above ۀ → heh ه
  '\u0622': '\u0627', // alef with madda آ → alef ا
  '\u0623': '\u0627', // alef with hamza above أ
  '\u0625': '\u0627', // alef with hamza below إ
  '\u0671': '\u0627', // alef wasla ٱ
};
const ARABIC_FOLD = new RegExp(`[${Object.keys(ARABIC_FOLDS).join('')}]`, 'g');
/** Alef maksura at the end of a word: written for a final yeh in Arabic and in much Persian text. */
const FINAL_ALEF_MAKSURA = /\u0649$/;

/**
 * Any decimal digit as ASCII. Unicode keeps each script's digits 0–9 together and in order, so a digit's
 * value is its distance from the first of its run (runs that follow one another, like the mathematical
 * digits, are NFKC's already).
 */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const c = d.codePointAt(0) ?? 0;
    if (c < 0x80) return d;
    let start = c;
    while (start > c - 9 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((c - start) % 10);
  });
}

/**
 * Accents folded off Latin letters only: Cyrillic й, Gurmukhi and Tibetan vowel signs are letters there.
 * All the marks on a Latin letter are looked at, as NFD may put another script's mark before the accent.
 */
function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(/(\p{Script=Latin})(\p{M}+)/gu, (_, base: string, marks: string) =>
      base.concat(marks.replace(/[\u0300-\u036f]/g, '')),
    )
    .normalize('NFC');
}

function foldWord(word: string): string {
  return foldLatin(word)
    .replace(/ё/g, 'е')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_FOLD, (ch) => ARABIC_FOLDS[ch] ?? ch)
    .replace(FINAL_ALEF_MAKSURA, '\u064a');
}

/** The text as words are cut from it: NFKC, no invisible characters, ASCII digits, lower case. */
function normaliseText(text: string): string {
  // Tatweel after NFKC too: presentation forms of harakat decompose to tatweel and the mark (ﹷ → ـَ).
  return asciiDigits(cleanText(text.replace(ARABIC_ZWNJ, ' ')))
    .replace(TATWEEL, '')
    .toLowerCase();
}

// biome-ignore format: one language a line
const STOP_WORDS = new Set(
  [
    'the', 'and', 'of', 'to', 'in', 'on', 'at', 'is', 'was', 'it', 'for', 'that', 'with', 'as', 'by', 'an', 'be', 'are', 'or', 'from', 'this', 'me', 'my', 'he', 'she', 'they', 'we', 'his', 'her', 'their',
    'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'en', 'au', 'aux', 'est', 'il', 'elle', 'je', 'que', 'qui', 'pour', 'par', 'sur', 'dans', 'ce', 'se', 'sa', 'son', 'ses', 'mon', 'ma', 'mes',
    'и', 'в', 'во', 'не', 'на', 'я', 'с', 'со', 'что', 'он', 'она', 'они', 'мы', 'вы', 'как', 'а', 'но', 'то', 'же', 'к', 'у', 'по', 'из', 'за', 'от', 'о', 'об', 'для', 'это', 'мне', 'меня', 'его', 'её', 'их',
    'و', 'در', 'به', 'از', 'که', 'را', 'این', 'آن', 'با', 'است', 'می', 'هم', 'برای', 'یا',
    'في', 'من', 'على', 'إلى', 'عن', 'أن', 'إن', 'هذا', 'هذه', 'التي', 'الذي', 'مع', 'لا', 'ما',
  ].map((w) => foldWord(normaliseText(w))),
);

/** The distinct tokens of a text, in order of first appearance. */
export function tokenise(text: string): string[] {
  const out = new Set<string>();
  for (const run of normaliseText(text).match(RUN) ?? []) {
    for (const part of run.match(SPLIT_CJK) ?? []) {
      if (CJK.test(part)) {
        const chars = [...part];
        if (chars.length === 1) out.add(part);
        for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
        continue;
      }
      const word = foldWord(part);
      if (word.length < 2 && !/\d/.test(word) && !/[^\p{Script=Latin}]/u.test(word)) continue;
      if (STOP_WORDS.has(word)) continue;
      out.add(word);
    }
  }
  return [...out];
}

export function searchTokens(key: Buffer, text: string): Buffer[] {
  const k = keyObjectOf(key);
  return tokenise(text).map((t) => searchTokenFor(k, t));
}

/** Removes a report's tokens by primary key (the texts are needed to know which; the report row must still exist). */
export async function removeSearchTokens(
  tx: Queryable,
  key: Buffer,
  opts: { reportId: string; texts: readonly string[] },
): Promise<void> {
  const tokens = new Set<string>();
  for (const text of opts.texts) for (const t of searchTokens(key, text)) tokens.add(t.toString('hex'));
  if (tokens.size === 0) return;
  // The full key (the report's received_at too): each token's postings are read at one point only.
  await tx.query(
    `DELETE FROM search_tokens
      WHERE report_id = $2 AND received_at = (SELECT received_at FROM reports WHERE id = $2)
        AND token IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS t(h))`,
    [[...tokens], opts.reportId],
  );
}
