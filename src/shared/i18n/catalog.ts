import type { Locale } from './locales.ts';

/**
 * A catalog is one feature's messages in every locale (ICU MessageFormat). English is the reference;
 * French must have every English key (i18n.test.ts); the other four public-site locales fall back to
 * English key by key. Features own their catalog file, so two features never edit the same one.
 */
export type Catalog = { en: Record<string, string> } & Record<Exclude<Locale, 'en'>, Record<string, string>>;
