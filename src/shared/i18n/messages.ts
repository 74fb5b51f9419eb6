import { auth } from './catalogs/auth.ts';
import { staffConsole } from './catalogs/console.ts';
import { dashboards } from './catalogs/dashboards.ts';
import { errors } from './catalogs/errors.ts';
import { exportsCatalog } from './catalogs/exports.ts';
import { indicators } from './catalogs/indicators.ts';
import { intake } from './catalogs/intake.ts';
import { publicSite } from './catalogs/public.ts';
import { referrals } from './catalogs/referrals.ts';
import { search } from './catalogs/search.ts';
import { stats } from './catalogs/stats.ts';
import { taxonomy } from './catalogs/taxonomy.ts';
import type { Locale } from './locales.ts';

/** Every catalog, merged. Add a feature's catalog here (one line). */
const catalogs = [
  auth,
  errors,
  staffConsole,
  publicSite,
  taxonomy,
  intake,
  indicators,
  referrals,
  search,
  stats,
  dashboards,
  exportsCatalog,
] as const;

type Union<T> = T extends readonly (infer C)[] ? C : never;
type EnKeys<C> = C extends { en: infer E } ? keyof E : never;
export type MessageKey = EnKeys<Union<typeof catalogs>> & string;

export const messages: Record<Locale, Record<string, string>> = {
  en: {},
  fr: {},
  'zh-Hans': {},
  'zh-Hant': {},
  bo: {},
  ug: {},
};
for (const catalog of catalogs) {
  for (const [locale, entries] of Object.entries(catalog) as [Locale, Record<string, string>][]) {
    Object.assign(messages[locale], entries);
  }
}
