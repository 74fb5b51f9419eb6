import { readFileSync } from 'node:fs';
import { cleanText } from './clean-text.ts';

/**
 * Editable word lists kept as data files beside this module (lists/…): one entry a line, `#` comments.
 * They are read once when the module loads; the sets built from them are never changed afterwards.
 */
export function readListFile(relativePath: string): string[] {
  const text = readFileSync(new URL(relativePath, import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/** The languages whose function words are listed in lists/function-words/<language>.txt. */
export const FUNCTION_WORD_LANGUAGES = [
  'en',
  'fr',
  'zh-Hans',
  'zh-Hant',
  'ru',
  'fa',
  'ar',
  'pa',
  'bo',
  'ug',
] as const;
export type FunctionWordLanguage = (typeof FUNCTION_WORD_LANGUAGES)[number];

const fold = (word: string) =>
  cleanText(word)
    .toLowerCase()
    .replace(/[\s\u0f0b]+/g, ' ')
    .trim();

const BY_LANGUAGE: ReadonlyMap<FunctionWordLanguage, readonly string[]> = new Map(
  FUNCTION_WORD_LANGUAGES.map((language) => [
    language,
    readListFile(`./lists/function-words/${language}.txt`).map(fold),
  ]),
);

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...BY_LANGUAGE.values()].flat());

/** The function words of one language (for tests and for the lead's explanations). */
export function functionWordsOf(language: FunctionWordLanguage): readonly string[] {
  return BY_LANGUAGE.get(language) ?? [];
}

/**
 * True for a word that never names an account in any of the listed languages: "against", "depuis", "和",
 * "и", "unknown". A leading @ is ignored ("@me" is still "me"); Tibetan syllable marks count as spaces.
 */
export function isFunctionWord(word: string): boolean {
  const folded = fold(word.replace(/^@+/, '')).replace(/[\u0f0d\u0f0e]+$/, '');
  return folded.length > 0 && FUNCTION_WORDS.has(folded);
}
