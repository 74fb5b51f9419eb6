import { IntlMessageFormat } from 'intl-messageformat';
import { type Locale, LOCALE_INFO } from './locales.ts';
import { bo } from './messages/bo.ts';
import { en, type MessageKey } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { ug } from './messages/ug.ts';
import { zhHans } from './messages/zh-Hans.ts';
import { zhHant } from './messages/zh-Hant.ts';

export type { MessageKey };
export type Messages = Record<MessageKey, string>;

/** English and French are complete (a test checks key parity); the other four fall back to English. */
export const catalogs: Record<Locale, Partial<Messages>> = {
  en,
  fr,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  bo,
  ug,
};

const cache = new Map<string, IntlMessageFormat>();

export type Params = Record<string, string | number | Date>;

export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const source = catalogs[locale][key] ?? en[key];
  const cacheKey = `${locale}\u0000${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(source, LOCALE_INFO[locale].htmlLang, undefined, { ignoreTag: true });
    cache.set(cacheKey, format);
  }
  return String(format.format(params));
}

export type Translator = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translator =>
  (key, params) =>
    t(locale, key, params);
