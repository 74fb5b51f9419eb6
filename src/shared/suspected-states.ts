import { taxonomy } from './i18n/catalogs/taxonomy.ts';
import { LOCALES, type Locale } from './i18n/locales.ts';

/**
 * The state a reporter suspects is behind what happened: any state, by its ISO 3166-1 alpha-2 code. The
 * one name of the concept is `suspectedState` (SQL: `suspected_state`), on the form, in the API, the
 * console, dashboards, statistics, periodic reports and STIX.
 *
 * The codes are data: every code ISO 3166-1 assigns (249), plus XK (Kosovo, user-assigned in the
 * standard but used by the European Union, ICU and libphonenumber). Names come from ICU (Intl.DisplayNames)
 * in each public language, except where the taxonomy catalog gives one (`taxonomy.suspected_state.<code>`:
 * e.g. the name a Uyghur reader uses for China). Node's ICU has names in every public language but Tibetan,
 * for which it knows 12 states (China, India, Nepal, Russia, the United States…): for the others a Tibetan
 * page shows the English name. English, not Chinese: Tibetans in Canada came mostly through India and
 * Nepal and read English far more than Chinese, and a state's name in the language of the state the
 * community fears is the wrong default on a page meant to make them feel safe.
 */
export const SUSPECTED_STATES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM ' +
  'FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS ' +
  'IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML ' +
  'MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN ' +
  'PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
  'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

/** Territories where nobody lives: valid codes, but the form does not offer them. */
const UNINHABITED = new Set(['AQ', 'BV', 'GS', 'HM', 'TF', 'UM']);

/** The states the form offers in its complete list. */
export const OFFERED_STATES = SUSPECTED_STATES.filter((code) => !UNINHABITED.has(code));

const KNOWN = new Set(SUSPECTED_STATES);

/** True for an ISO 3166-1 alpha-2 code of the list above (upper case, as stored). */
export function isSuspectedState(code: string): boolean {
  return KNOWN.has(code);
}

/**
 * ICU's names, one formatter per public language. Built once: they are immutable, and constructing one
 * costs far more than asking it.
 */
const ICU_NAMES = Object.fromEntries(
  LOCALES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region', fallback: 'none' })]),
) as Record<Locale, Intl.DisplayNames>;

/** The language a locale's missing state names come from (see above). */
export const STATE_NAME_FALLBACK = 'en' satisfies Locale;

/**
 * A state's name for a reader of `locale`, with the language it is written in when that is not the reader's
 * (`lang`: ICU names few states in Tibetan, so most come in English there — marked, never silent).
 */
export function suspectedStateLabel(code: string, locale: Locale): { name: string; lang: Locale | null } {
  const key = `taxonomy.suspected_state.${code}`;
  const fromCatalog = (taxonomy as Partial<Record<Locale, Record<string, string>>>)[locale]?.[key];
  if (fromCatalog) return { name: fromCatalog, lang: null };
  try {
    const own = ICU_NAMES[locale].of(code);
    if (own) return { name: own, lang: null };
    const fallback = ICU_NAMES[STATE_NAME_FALLBACK].of(code);
    return fallback ? { name: fallback, lang: STATE_NAME_FALLBACK } : { name: code, lang: null };
  } catch {
    return { name: code, lang: null };
  }
}

/** A state's name for a reader of `locale`: the catalog's, else ICU's, else English, else the code. */
export function suspectedStateName(code: string, locale: Locale): string {
  return suspectedStateLabel(code, locale).name;
}
