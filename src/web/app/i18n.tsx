import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import { staffConsole } from '../../shared/i18n/catalogs/console.ts';
import { errors } from '../../shared/i18n/catalogs/errors.ts';
import { taxonomy } from '../../shared/i18n/catalogs/taxonomy.ts';
import { messageFormatter } from '../../shared/i18n/formatter.ts';
import { STAFF_LOCALES, type StaffLocale } from '../../shared/i18n/locales.ts';
import { setApiLanguage } from '../api/client.ts';

/** The console speaks English and French (both complete); the choice is kept on this device only. */
type ConsoleKey = keyof (typeof staffConsole)['en'];
export type Params = Record<string, string | number | Date>;
export type T = (key: ConsoleKey, params?: Params) => string;

const STORAGE_KEY = 'focalpoint.console.locale';
const catalogFor = (locale: StaffLocale): Record<string, string> => ({
  ...errors[locale],
  ...taxonomy[locale],
  ...staffConsole[locale],
});

function initialLocale(): StaffLocale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

type I18n = {
  locale: StaffLocale;
  setLocale: (l: StaffLocale) => void;
  /** The signed-in user's own language, unless a choice was made on this device. */
  adoptUserLocale: (l: StaffLocale) => void;
  t: T;
  /** A taxonomy code's label (`taxonomy.<vocabulary>.<code>`), or the code itself. */
  label: (vocabulary: string, code: string) => string;
  date: (iso: string | null, withTime?: boolean) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<StaffLocale>(initialLocale);
  const value = useMemo<I18n>(() => {
    const catalog = catalogFor(locale);
    const format = messageFormatter<string>(locale, (key) => catalog[key]);
    const dateFormat = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return {
      locale,
      setLocale: (l) => {
        globalThis.localStorage?.setItem(STORAGE_KEY, l);
        setLocaleState(l);
      },
      adoptUserLocale: (l) => {
        if (!globalThis.localStorage?.getItem(STORAGE_KEY)) setLocaleState(l);
      },
      t: format,
      label: (vocabulary, code) => {
        const key = `taxonomy.${vocabulary}.${code}`;
        return catalog[key] === undefined ? code : format(key);
      },
      date: (iso, withTime = true) =>
        iso ? (withTime ? dateTimeFormat : dateFormat).format(new Date(iso)) : '—',
    };
  }, [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    setApiLanguage(locale);
  }, [locale]);
  setApiLanguage(locale);

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const ctx = use(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const other = STAFF_LOCALES.find((l) => l !== locale) ?? 'en';
  const switchTo = useCallback(() => setLocale(other), [other, setLocale]);
  return (
    <button type="button" className="link-button" lang={other} onClick={switchTo}>
      {t('console.switchLanguage')}
    </button>
  );
}
