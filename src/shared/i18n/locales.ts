/** Every locale the public site speaks. Staff pages speak the first two; both are complete everywhere. */
export const LOCALES = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'bo', 'ug'] as const;
export type Locale = (typeof LOCALES)[number];
export const STAFF_LOCALES = ['en', 'fr'] as const satisfies readonly Locale[];
export type StaffLocale = (typeof STAFF_LOCALES)[number];

export const LOCALE_INFO: Record<Locale, { name: string; dir: 'ltr' | 'rtl'; htmlLang: string }> = {
  en: { name: 'English', dir: 'ltr', htmlLang: 'en' },
  fr: { name: 'Français', dir: 'ltr', htmlLang: 'fr' },
  'zh-Hans': { name: '简体中文', dir: 'ltr', htmlLang: 'zh-Hans' },
  'zh-Hant': { name: '繁體中文', dir: 'ltr', htmlLang: 'zh-Hant' },
  bo: { name: 'བོད་ཡིག', dir: 'ltr', htmlLang: 'bo' },
  ug: { name: 'ئۇيغۇرچە', dir: 'rtl', htmlLang: 'ug' },
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

function matchTag(tag: string, supported: readonly Locale[]): Locale | undefined {
  const exact = supported.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  if (tag.startsWith('zh')) {
    // zh-TW, zh-HK, zh-MO and zh-Hant-* read Traditional characters; other Chinese tags Simplified.
    const traditional = /^zh-(hant|tw|hk|mo)/.test(tag);
    const want: Locale = traditional ? 'zh-Hant' : 'zh-Hans';
    if (supported.includes(want)) return want;
  }
  const primary = tag.split('-')[0];
  return supported.find((l) => l.toLowerCase() === primary);
}
