import { LOCALE_INFO, type Locale } from '../../../shared/i18n/locales.ts';

/** A date as a reporter reads it, in their language (a long date, UTC: the day, never the time). */
export const formatDate = (locale: Locale, iso: string): string => {
  try {
    return new Intl.DateTimeFormat(LOCALE_INFO[locale].htmlLang, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
};
