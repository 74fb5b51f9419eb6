import { IntlMessageFormat } from 'intl-messageformat';
import { useMemo } from 'react';
import { indicators } from '../../shared/i18n/catalogs/indicators.ts';
import { useI18n } from './i18n.tsx';

/** The indicators catalog (campaigns, links) in the console's language. */
export type IndicatorKey = keyof (typeof indicators)['en'];
export type IndicatorText = (key: IndicatorKey, params?: Record<string, string | number>) => string;

export function useIndicatorText(): IndicatorText {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog: Record<string, string> = indicators[locale];
    const cache = new Map<string, IntlMessageFormat>();
    return (key, params) => {
      let format = cache.get(key);
      if (!format) {
        format = new IntlMessageFormat(catalog[key] ?? indicators.en[key], locale, undefined, {
          ignoreTag: true,
        });
        cache.set(key, format);
      }
      return String(format.format(params));
    };
  }, [locale]);
}
