import { useMemo } from 'react';
import { registries } from '../../shared/i18n/catalogs/registries.ts';
import { messageFormatter } from '../../shared/i18n/formatter.ts';
import { useI18n } from './i18n.tsx';

/** The registries catalog (foreign-influence registers) in the console's language. */
export type RegistryKey = keyof (typeof registries)['en'];
export type RegistryText = (key: RegistryKey, params?: Record<string, string | number>) => string;

export function useRegistryText(): RegistryText {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog: Record<string, string> = registries[locale];
    return messageFormatter<RegistryKey>(locale, (key) => catalog[key] ?? registries.en[key]);
  }, [locale]);
}
