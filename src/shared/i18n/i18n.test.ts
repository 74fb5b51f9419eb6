import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES, negotiateLocale } from './locales.ts';
import { messages } from './messages.ts';
import { t } from './translate.ts';

describe('catalogs', () => {
  it('French has every English key, and no key English lacks', () => {
    const en = Object.keys(messages.en).sort();
    const fr = Object.keys(messages.fr).sort();
    expect(en.filter((k) => !fr.includes(k))).toEqual([]);
    expect(fr.filter((k) => !en.includes(k))).toEqual([]);
  });

  it('no locale has a key English lacks, and every message parses as ICU', () => {
    for (const locale of LOCALES) {
      for (const [key, source] of Object.entries(messages[locale])) {
        expect(messages.en[key], `${locale}:${key}`).toBeDefined();
        expect(() => new IntlMessageFormat(source, locale), `${locale}:${key}`).not.toThrow();
      }
    }
  });

  it('formats plurals per locale', () => {
    expect(t('en', 'error.rateLimited', { minutes: 1 })).toContain('1 minute.');
    expect(t('fr', 'error.rateLimited', { minutes: 5 })).toContain('5 minutes');
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
});
