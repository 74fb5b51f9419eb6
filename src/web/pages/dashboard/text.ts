import { useMemo } from 'react';
import { dashboards } from '../../../shared/i18n/catalogs/dashboards.ts';
import { messageFormatter } from '../../../shared/i18n/formatter.ts';
import { useI18n } from '../../app/i18n.tsx';

export type DashKey = keyof (typeof dashboards)['en'];
/** The dashboards catalog in the console's language (the console's own catalog stays untouched). */
export function useDashText() {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog = dashboards[locale] as Record<string, string>;
    return messageFormatter<DashKey>(
      locale,
      (key) => catalog[key] ?? (dashboards.en as Record<string, string>)[key],
    );
  }, [locale]);
}
