import { messageFormatter, type Params } from './formatter.ts';
import { LOCALE_INFO, LOCALES, type Locale } from './locales.ts';
import { type MessageKey, messages } from './messages.ts';

export type { MessageKey, Params };

/**
 * Per locale, its own messages — and, for a key a community locale lacks, English: only staff keys, which no
 * public page shows (i18n.test.ts checks that every public key is in every locale). Compiled once per key.
 */
const formatters = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    {
      own: messageFormatter<MessageKey>(LOCALE_INFO[locale].htmlLang, (key) => messages[locale][key]),
      english: messageFormatter<MessageKey>(LOCALE_INFO.en.htmlLang, (key) => messages.en[key]),
    },
  ]),
) as Record<
  Locale,
  {
    own: ReturnType<typeof messageFormatter<MessageKey>>;
    english: ReturnType<typeof messageFormatter<MessageKey>>;
  }
>;

/** The message in `locale`, or in English where the locale has none. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const f = formatters[locale];
  return messages[locale][key] === undefined ? f.english(key, params) : f.own(key, params);
}

export type Translator = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translator =>
  (key, params) =>
    t(locale, key, params);
