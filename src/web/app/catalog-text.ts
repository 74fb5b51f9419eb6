import { IntlMessageFormat } from 'intl-messageformat';
import { useMemo } from 'react';
import type { StaffLocale } from '../../shared/i18n/locales.ts';
import { useI18n } from './i18n.tsx';

/** A feature's catalog in the console's language, typed by its English keys (English fills any gap). */
export function useCatalogText<E extends Record<string, string>>(
  catalog: { en: E } & Record<Exclude<StaffLocale, 'en'>, Record<string, string>>,
) {
  const { locale } = useI18n();
  return useMemo(() => {
    const own: Record<string, string> = catalog[locale];
    const cache = new Map<string, IntlMessageFormat>();
    return (key: keyof E & string, params?: Record<string, string | number>): string => {
      let format = cache.get(key);
      if (!format) {
        format = new IntlMessageFormat(own[key] ?? catalog.en[key] ?? key, locale, undefined, {
          ignoreTag: true,
        });
        cache.set(key, format);
      }
      return String(format.format(params));
    };
  }, [catalog, locale]);
}
