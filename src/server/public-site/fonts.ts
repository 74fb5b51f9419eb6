import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Script } from '../../shared/i18n/locales.ts';

/**
 * Web fonts for the scripts a device may lack (Chinese, Tibetan, Arabic script, Gurmukhi): Noto, under the
 * SIL Open Font License (each family's OFL.txt beside its files), subset by unicode-range so a browser
 * fetches only the parts a page uses, from this server alone (CSP font-src 'self'). A page links the one
 * stylesheet of its script; Latin and Cyrillic use the device's fonts. With web fonts blocked (Tor Browser
 * at "Safest"), site.css falls back to the device's fonts for the script. Files are named by a hash of
 * their bytes (scripts/vendor-fonts.mjs), so they are cached for a year, immutable.
 */
export const FONTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts');

const FAMILY_OF_SCRIPT: Partial<Record<Script, string>> = {
  'han-simplified': 'noto-sans-sc',
  'han-traditional': 'noto-sans-tc',
  tibetan: 'noto-serif-tibetan',
  arabic: 'noto-naskh-arabic',
  gurmukhi: 'noto-sans-gurmukhi',
};

/** The @font-face stylesheet a page in this script links, if the script has web fonts. */
export function fontStylesheetOf(script: Script): string | undefined {
  const family = FAMILY_OF_SCRIPT[script];
  return family ? `/static/fonts/${family}.css` : undefined;
}

/** Every font file, `family/file.hash.woff2` → its path on disk (read when asked for: rarely, then cached). */
export async function listFontFiles(dir = FONTS_DIR): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const family of Object.values(FAMILY_OF_SCRIPT)) {
    for (const name of await readdir(path.join(dir, family))) {
      if (name.endsWith('.woff2')) files.set(`${family}/${name}`, path.join(dir, family, name));
    }
  }
  return files;
}
