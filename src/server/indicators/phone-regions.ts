import { readListFile } from './word-lists.ts';

/**
 * The countries whose national phone numbers a report in a given language may give without a country
 * code (lists/phone-regions.txt): tried after Canada and the origin state, when neither accepts a number.
 */
const BY_LANGUAGE: ReadonlyMap<string, readonly string[]> = new Map(
  readListFile('./lists/phone-regions.txt').map((line) => {
    const [language = '', ...regions] = line.split(/\s+/);
    return [language, regions.map((r) => r.toUpperCase())];
  }),
);

export function phoneRegionsOf(language: string | null | undefined): readonly string[] {
  return (language && BY_LANGUAGE.get(language)) || [];
}
