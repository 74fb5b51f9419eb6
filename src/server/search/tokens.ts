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
 * Normalisation: NFKC (full-width letters and digits), lower case, Latin diacritics folded (é → e, so
 * "menacé" finds "menace"); Tibetan and Arabic-script letters keep their marks, which are part of the
 * letter. Tibetan syllables (split by the tsheg) are words. A few very common English and French words
 * are left out of both the index and the query.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const SPLIT_CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

const STOP_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'in',
  'on',
  'at',
  'is',
  'was',
  'it',
  'for',
  'that',
  'with',
  'as',
  'by',
  'an',
  'be',
  'are',
  'or',
  'from',
  'this',
  'me',
  'my',
  'he',
  'she',
  'they',
  'we',
  'his',
  'her',
  'their',
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'un',
  'une',
  'et',
  'en',
  'au',
  'aux',
  'est',
  'il',
  'elle',
  'je',
  'que',
  'qui',
  'pour',
  'par',
  'sur',
  'dans',
  'ce',
  'se',
  'sa',
  'son',
  'ses',
  'mon',
  'ma',
  'mes',
]);

function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** The distinct tokens of a text, in order of first appearance. */
export function tokenise(text: string): string[] {
  const out = new Set<string>();
  const cleaned = cleanText(text).toLowerCase();
  for (const run of cleaned.match(RUN) ?? []) {
    for (const part of run.match(SPLIT_CJK) ?? []) {
      if (CJK.test(part)) {
        const chars = [...part];
        if (chars.length === 1) out.add(part);
        for (let i = 0; i + 1 < chars.length; i++) out.add(`${chars[i]}${chars[i + 1]}`);
        continue;
      }
      const word = foldLatin(part);
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
