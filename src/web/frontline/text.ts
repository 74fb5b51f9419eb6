import { useMemo } from 'react';
import { frontline } from '../../shared/i18n/catalogs/frontline.ts';
import { messageFormatter } from '../../shared/i18n/formatter.ts';
import { useI18n } from '../app/i18n.tsx';

/** The front line's catalog (take a report, call-backs, safety plans, duty to warn) in the console's language. */
export type FrontlineKey = keyof (typeof frontline)['en'];
export type FrontlineText = (key: FrontlineKey, params?: Record<string, string | number>) => string;

export function useFrontlineText(): FrontlineText {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog: Record<string, string> = frontline[locale];
    return messageFormatter<FrontlineKey>(locale, (key) => catalog[key] ?? frontline.en[key]);
  }, [locale]);
}
