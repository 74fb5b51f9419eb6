import { useMemo } from 'react';
import { referrals } from '../../shared/i18n/catalogs/referrals.ts';
import { messageFormatter } from '../../shared/i18n/formatter.ts';
import { useI18n } from '../app/i18n.tsx';

/** The referrals catalog in the console's language (English or French, both complete). */
export type ReferralKey = keyof (typeof referrals)['en'];
export type ReferralText = (key: ReferralKey, params?: Record<string, string | number>) => string;

export function useReferralText(): ReferralText {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog: Record<string, string> = referrals[locale];
    return messageFormatter<ReferralKey>(locale, (key) => catalog[key] ?? referrals.en[key]);
  }, [locale]);
}
