/**
 * Every locale the public site speaks, in the order of its language list. Staff pages speak the first two;
 * both are complete everywhere. The others are the languages of the communities FocalPoint serves; each
 * has every string a reporter can read (i18n.test.ts), never an English fallback.
 */
export const LOCALES = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'bo', 'ug', 'ru', 'fa', 'pa', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const STAFF_LOCALES = ['en', 'fr'] as const satisfies readonly Locale[];
export type StaffLocale = (typeof STAFF_LOCALES)[number];
/** The public-only locales: catalogs of staff features need not carry them. */
export type CommunityLocale = Exclude<Locale, StaffLocale>;

/** The script a locale is written in: it chooses the page's font stylesheet (none for Latin and Cyrillic). */
export type Script =
  | 'latin'
  | 'cyrillic'
  | 'han-simplified'
  | 'han-traditional'
  | 'tibetan'
  | 'arabic'
  | 'gurmukhi';

export const LOCALE_INFO: Record<
  Locale,
  { name: string; dir: 'ltr' | 'rtl'; htmlLang: string; script: Script }
> = {
  en: { name: 'English', dir: 'ltr', htmlLang: 'en', script: 'latin' },
  fr: { name: 'Français', dir: 'ltr', htmlLang: 'fr', script: 'latin' },
  'zh-Hans': { name: '简体中文', dir: 'ltr', htmlLang: 'zh-Hans', script: 'han-simplified' },
  'zh-Hant': { name: '繁體中文', dir: 'ltr', htmlLang: 'zh-Hant', script: 'han-traditional' },
  bo: { name: 'བོད་ཡིག', dir: 'ltr', htmlLang: 'bo', script: 'tibetan' },
  ug: { name: 'ئۇيغۇرچە', dir: 'rtl', htmlLang: 'ug', script: 'arabic' },
  ru: { name: 'Русский', dir: 'ltr', htmlLang: 'ru', script: 'cyrillic' },
  fa: { name: 'فارسی', dir: 'rtl', htmlLang: 'fa', script: 'arabic' },
  pa: { name: 'ਪੰਜਾਬੀ', dir: 'ltr', htmlLang: 'pa', script: 'gurmukhi' },
  ar: { name: 'العربية', dir: 'rtl', htmlLang: 'ar', script: 'arabic' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header (q-values honoured). */
export function negotiateLocale(header: string | undefined, supported: readonly Locale[] = LOCALES): Locale {
  const fallback = supported[0] ?? 'en';
  if (!header) return fallback;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number.parseFloat(q.slice(2)) || 0 : 1, i };
    })
    .filter((r) => r.tag && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const match = matchTag(tag, supported);
    if (match) return match;
  }
  return fallback;
}

/** Languages read in a script we do not offer for them: their readers go on to their next choice. */
const OTHER_SCRIPT = /^pa-(arab|pk)\b/;
/** Dari (Afghan Persian) readers read the Persian pages. */
const ALIASES: Record<string, string> = { prs: 'fa' };

function matchTag(tag: string, supported: readonly Locale[]): Locale | undefined {
  const exact = supported.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  if (OTHER_SCRIPT.test(tag)) return undefined;
  if (tag.startsWith('zh')) {
    // zh-TW, zh-HK, zh-MO and zh-Hant-* read Traditional characters; other Chinese tags Simplified.
    const traditional = /^zh-(hant|tw|hk|mo)/.test(tag);
    const want: Locale = traditional ? 'zh-Hant' : 'zh-Hans';
    if (supported.includes(want)) return want;
  }
  const head = tag.split('-')[0] ?? '';
  const primary = ALIASES[head] ?? head;
  return supported.find((l) => l.toLowerCase() === primary);
}
