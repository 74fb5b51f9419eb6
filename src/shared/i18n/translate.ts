import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALE_INFO, type Locale } from './locales.ts';
import { type MessageKey, messages } from './messages.ts';

export type { MessageKey };
export type Params = Record<string, string | number | Date>;

const cache = new Map<string, IntlMessageFormat>();

/**
 * The message in `locale`. A key a community locale lacks falls back to English: only staff keys, which no
 * public page shows (i18n.test.ts checks that every public key is in every locale).
 */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const own = messages[locale][key];
  const source = own ?? messages.en[key] ?? key;
  const effective = own === undefined ? 'en' : locale;
  const cacheKey = `${effective}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, LOCALE_INFO[effective].htmlLang, undefined, { ignoreTag: true });
    cache.set(cacheKey, format);
  }
  return String(format.format(params));
}

export type Translator = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translator =>
  (key, params) =>
    t(locale, key, params);
