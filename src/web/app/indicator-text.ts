import { useMemo } from 'react';
import { indicators } from '../../shared/i18n/catalogs/indicators.ts';
import { messageFormatter } from '../../shared/i18n/formatter.ts';
import { useI18n } from './i18n.tsx';

/** The indicators catalog (campaigns, links) in the console's language. */
export type IndicatorKey = keyof (typeof indicators)['en'];
export type IndicatorText = (key: IndicatorKey, params?: Record<string, string | number>) => string;

export function useIndicatorText(): IndicatorText {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog: Record<string, string> = indicators[locale];
    return messageFormatter<IndicatorKey>(locale, (key) => catalog[key] ?? indicators.en[key]);
  }, [locale]);
}
