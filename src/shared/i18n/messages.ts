import type { Catalog } from './catalog.ts';
import { auth } from './catalogs/auth.ts';
import { staffConsole } from './catalogs/console.ts';
import { dashboards } from './catalogs/dashboards.ts';
import { errors } from './catalogs/errors.ts';
import { exportsCatalog } from './catalogs/exports.ts';
import { frontline } from './catalogs/frontline.ts';
import { frontlinePublic } from './catalogs/frontline-public.ts';
import { indicators } from './catalogs/indicators.ts';
import { intake } from './catalogs/intake.ts';
import { operator } from './catalogs/operator.ts';
import { oversight } from './catalogs/oversight.ts';
import { publicSite } from './catalogs/public.ts';
import { referrals } from './catalogs/referrals.ts';
import { registries } from './catalogs/registries.ts';
import { retention } from './catalogs/retention.ts';
import { search } from './catalogs/search.ts';
import { stats } from './catalogs/stats.ts';
import { supportAdmin } from './catalogs/support-admin.ts';
import { systemCatalog } from './catalogs/system.ts';
import { taxonomy } from './catalogs/taxonomy.ts';
import { taxonomyAdmin } from './catalogs/taxonomy-admin.ts';
import { triage } from './catalogs/triage.ts';
import { LOCALES, type Locale } from './locales.ts';

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
  registries,
  stats,
  dashboards,
  retention,
  exportsCatalog,
  frontline,
  frontlinePublic,
  systemCatalog,
  taxonomyAdmin,
  supportAdmin,
  triage,
  oversight,
  operator,
] as const;

/**
 * What a reporter can read: the public pages, the errors they show, follow-up statuses, the taxonomy's
 * labels on the form, the statistics page. Every key of these is in every locale (i18n.test.ts).
 */
const publicCatalogs: readonly Catalog[] = [publicSite, errors, intake, stats, taxonomy, frontlinePublic];
/** Reporter-facing keys that live in a staff feature's catalog (referral news in follow-up). */
const PUBLIC_PREFIXES = ['referrals.news.'];

type Union<T> = T extends readonly (infer C)[] ? C : never;
type EnKeys<C> = C extends { en: infer E } ? keyof E : never;
export type MessageKey = EnKeys<Union<typeof catalogs>> & string;

export const messages: Record<Locale, Record<string, string>> = Object.fromEntries(
  LOCALES.map((l) => [l, {}]),
) as Record<Locale, Record<string, string>>;
for (const catalog of catalogs as readonly Catalog[]) {
  for (const [locale, entries] of Object.entries(catalog) as [Locale, Record<string, string>][]) {
    Object.assign(messages[locale], entries);
  }
}

/** The keys a reporter can be shown, which every locale must carry. */
export const PUBLIC_KEYS: ReadonlySet<string> = new Set([
  ...publicCatalogs.flatMap((c) => Object.keys(c.en)),
  ...Object.keys(referrals.en).filter((k) => PUBLIC_PREFIXES.some((p) => k.startsWith(p))),
]);
