import { useMemo } from 'react';
import { type Formatter, messageFormatter } from '../../shared/i18n/formatter.ts';
import type { StaffLocale } from '../../shared/i18n/locales.ts';
import { useI18n } from './i18n.tsx';

/** A feature's catalog in the console's language, typed by its English keys (English fills any gap). */
export function useCatalogText<E extends Record<string, string>>(
  catalog: { en: E } & Record<Exclude<StaffLocale, 'en'>, Record<string, string>>,
): Formatter<keyof E & string> {
  const { locale } = useI18n();
  return useMemo(() => {
    const own: Record<string, string> = catalog[locale];
    return messageFormatter<keyof E & string>(locale, (key) => own[key] ?? catalog.en[key]);
  }, [catalog, locale]);
}
