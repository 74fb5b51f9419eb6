import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES, negotiateLocale, STAFF_LOCALES } from './locales.ts';
import { messages, PUBLIC_KEYS } from './messages.ts';
import { TRANSLATION_REVIEW } from './review.ts';
import { t } from './translate.ts';

type AstNode = { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }> };

/** The names of a message's ICU arguments ({n}, {count, plural, …}), nested ones included. */
function placeholders(source: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (the parser's element types).
      if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string') names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(source, locale).getAst() as unknown as AstNode[]);
  return [...names].sort();
}

const COMMUNITY = LOCALES.filter((l) => !(STAFF_LOCALES as readonly string[]).includes(l));

describe('catalogs', () => {
  it('French has every English key, and no key English lacks', () => {
    const en = Object.keys(messages.en).sort();
    const fr = Object.keys(messages.fr).sort();
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('every public locale has every key a reporter can read: a public page never falls back to English', () => {
    expect(PUBLIC_KEYS.size).toBeGreaterThan(300);
    for (const locale of LOCALES) {
      const missing = [...PUBLIC_KEYS].filter((k) => !messages[locale][k]?.trim());
      expect(missing, locale).toEqual([]);
    }
  });

  it('no locale has a key English lacks, and every message parses as ICU', () => {
    for (const locale of LOCALES) {
      for (const [key, source] of Object.entries(messages[locale])) {
        expect(messages.en[key], `${locale}:${key}`).toBeDefined();
        expect(() => new IntlMessageFormat(source, locale), `${locale}:${key}`).not.toThrow();
      }
    }
  });

  it('every translation has the same placeholders as English', () => {
    const mismatches: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, source] of Object.entries(messages[locale])) {
        const expected = placeholders(messages.en[key] ?? '', 'en').join(',');
        const actual = placeholders(source, locale).join(',');
        if (actual !== expected) mismatches.push(`${locale}:${key} has {${actual}}, English {${expected}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('a community translation is never the English text left in place', () => {
    // Names and codes are the same in every language; anything longer than a few words is not.
    for (const locale of COMMUNITY) {
      const untranslated = [...PUBLIC_KEYS].filter(
        (k) => messages[locale][k] === messages.en[k] && (messages.en[k] ?? '').split(' ').length > 3,
      );
      expect(untranslated, locale).toEqual([]);
    }
  });

  it('formats plurals per locale', () => {
    expect(t('en', 'error.rateLimited', { minutes: 1 })).toContain('1 minute.');
    expect(t('fr', 'error.rateLimited', { minutes: 5 })).toContain('5 minutes');
    expect(t('ru', 'error.rateLimited', { minutes: 2 })).toContain('2 минуты');
    expect(t('ru', 'error.rateLimited', { minutes: 5 })).toContain('5 минут.');
    expect(t('ar', 'followup.add.filesCount', { count: 2 })).toBe('أُضيف ملفان.');
    expect(t('fa', 'error.tooLong', { max: 200 })).toContain('۲۰۰');
  });
});

describe('translation review status', () => {
  it('names every locale; a reviewed one says who reviewed it and when', () => {
    expect(Object.keys(TRANSLATION_REVIEW).sort()).toEqual([...LOCALES].sort());
    for (const [locale, review] of Object.entries(TRANSLATION_REVIEW)) {
      if (review.status !== 'reviewed') continue;
      expect(review.reviewer.trim(), locale).not.toBe('');
      expect(review.date, locale).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(TRANSLATION_REVIEW.en.status).toBe('reviewed');
    expect(TRANSLATION_REVIEW.fr.status).toBe('reviewed');
  });
});

describe('negotiateLocale', () => {
  it('honours q-values and maps Chinese regions to the right script', () => {
    expect(negotiateLocale('de;q=1, fr;q=0.8, en;q=0.5')).toBe('fr');
    expect(negotiateLocale('zh-TW,zh;q=0.9')).toBe('zh-Hant');
    expect(negotiateLocale('zh-CN')).toBe('zh-Hans');
    expect(negotiateLocale('ug-CN')).toBe('ug');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('fr-CA', ['en', 'fr'])).toBe('fr');
  });

  it('finds the four newer languages, and passes over Punjabi written in Shahmukhi', () => {
    expect(negotiateLocale('ru-RU,ru;q=0.9,en;q=0.5')).toBe('ru');
    expect(negotiateLocale('fa-IR')).toBe('fa');
    expect(negotiateLocale('prs-AF,fa;q=0.5')).toBe('fa');
    expect(negotiateLocale('pa-IN')).toBe('pa');
    expect(negotiateLocale('pa-Guru-IN')).toBe('pa');
    expect(negotiateLocale('ar-EG,ar;q=0.9')).toBe('ar');
    // Shahmukhi readers cannot read Gurmukhi: they get their next choice.
    expect(negotiateLocale('pa-Arab-PK,ur;q=0.9,en;q=0.8')).toBe('en');
    expect(negotiateLocale('pa-PK,ar;q=0.5')).toBe('ar');
  });
});
