import type { CommunityLocale } from './locales.ts';

/**
 * A catalog is one feature's messages (ICU MessageFormat). English is the reference and French must have
 * every English key. A catalog a reporter reads (listed in messages.ts as public) must also have every key
 * in every community locale, with the same placeholders (i18n.test.ts): the public site never falls back
 * to English. Staff features carry English and French only. Features own their catalog file, so two
 * features never edit the same one.
 */
export type Catalog = { en: Record<string, string>; fr: Record<string, string> } & Partial<
  Record<CommunityLocale, Record<string, string>>
>;
