import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Script } from '../../shared/i18n/locales.ts';
import { makeAsset, type StaticAsset } from './static-assets.ts';

/**
 * Web fonts for the scripts a device may lack (Chinese, Tibetan, Arabic script, Gurmukhi): Noto, under the
 * SIL Open Font License (each family's OFL.txt beside its files), subset by unicode-range so a browser
 * fetches only the parts a page uses, from this server alone (CSP font-src 'self'). A page links the one
 * stylesheet of its script: the script's font stack (`<family>.stack.css`, written by hand) and its faces
 * (`<family>.css`, written by scripts/vendor-fonts.mjs). Latin and Cyrillic use the device's fonts. With
 * web fonts blocked (Tor Browser at "Safest"), each stack falls back to the device's fonts. Font files are
 * named by a hash of their bytes, so they are cached for a year, immutable.
 */
export const FONTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts');

const FAMILY_OF_SCRIPT: Partial<Record<Script, string>> = {
  'han-simplified': 'noto-sans-sc',
  'han-traditional': 'noto-sans-tc',
  tibetan: 'noto-serif-tibetan',
  arabic: 'noto-naskh-arabic',
  gurmukhi: 'noto-sans-gurmukhi',
};

/** The names in the language list of every page, each in its own script (scripts/vendor-language-names.mjs). */
export const LANGUAGE_NAMES_STYLESHEET = '/static/fonts/language-names.css';
const FAMILIES = [...Object.values(FAMILY_OF_SCRIPT), 'language-names'];

/** The @font-face stylesheet a page in this script links, if the script has web fonts. */
export function fontStylesheetOf(script: Script): string | undefined {
  const family = FAMILY_OF_SCRIPT[script];
  return family ? `/static/fonts/${family}.css` : undefined;
}

/** Each family's stylesheet, `<family>.css`: its script's font stack, then its faces. */
export async function loadFontStylesheets(dir = FONTS_DIR): Promise<StaticAsset[]> {
  const sheets: StaticAsset[] = [];
  for (const family of FAMILIES) {
    const stack = await readFile(path.join(dir, `${family}.stack.css`), 'utf8');
    const faces = await readFile(path.join(dir, `${family}.css`), 'utf8');
    sheets.push(makeAsset(`${family}.css`, `${stack}\n${faces}`));
  }
  return sheets;
}

/** Every font file, `family/file.hash.woff2` → its path on disk (read when asked for: rarely, then cached). */
export async function listFontFiles(dir = FONTS_DIR): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const family of FAMILIES) {
    for (const name of await readdir(path.join(dir, family))) {
      if (name.endsWith('.woff2')) files.set(`${family}/${name}`, path.join(dir, family, name));
    }
  }
  return files;
}
