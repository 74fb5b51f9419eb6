import {
  type Bucket,
  type DashboardQuery,
  type DashboardSummary,
  RISKS,
} from '../../shared/contracts/dashboards.ts';
import { dashboards } from '../../shared/i18n/catalogs/dashboards.ts';
import { taxonomy } from '../../shared/i18n/catalogs/taxonomy.ts';
import type { Vocabulary } from '../../shared/taxonomy.ts';
import type { AppDeps } from '../app.ts';
import type { Queryable } from '../platform/db/db.ts';
import { listTaxonomy, termLabel } from '../taxonomy/repo.ts';
import {
  countByArray,
  countByInstitution,
  countByMonth,
  countByScalar,
  countCampaigns,
  countCasesBy,
  countReferrals,
  countTotals,
  type DashboardFilter,
  type KeyCount,
  timeToAcknowledge,
} from './repo.ts';

export type DashboardLang = 'en' | 'fr';

const DAY_MS = 86_400_000;

/** Query parameters to the repository's filter: `to` is an inclusive day, so the bound is the next midnight. */
export function toFilter(query: Omit<DashboardQuery, 'lang'>): DashboardFilter {
  return {
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : null,
    to: query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) : null,
    tactic: query.tactic ?? null,
    community: query.community ?? null,
    province: query.province ?? null,
    channel: query.channel ?? null,
    risk: query.risk ?? null,
    status: query.status ?? null,
  };
}

/** A code's label from the dashboards catalog (`dashboards.<group>.<code>`), else the code itself. */
export function catalogLabel(lang: DashboardLang, group: string, code: string): string {
  const entries = dashboards[lang] as Record<string, string>;
  return (
    entries[`dashboards.${group}.${code}`] ??
    (dashboards.en as Record<string, string>)[`dashboards.${group}.${code}`] ??
    code
  );
}

export type Labeller = (vocabulary: Vocabulary | 'province' | 'institution', code: string) => string;

/** Labels of taxonomy codes as stored (admins may have renamed them) in one language. */
export async function taxonomyLabeller(q: Queryable, lang: DashboardLang): Promise<Labeller> {
  const terms = new Map<string, string>();
  for (const term of await listTaxonomy(q, { includeInactive: true })) {
    terms.set(`${term.vocabulary}:${term.code}`, termLabel(term, lang));
  }
  return (vocabulary, code) => {
    if (code === 'unspecified') return catalogLabel(lang, 'value', 'unspecified');
    if (vocabulary === 'province')
      return (taxonomy[lang] as Record<string, string>)[`taxonomy.province.${code}`] ?? code;
    return terms.get(`${vocabulary}:${code}`) ?? code;
  };
}

const labelled = (rows: KeyCount[], label: (code: string) => string): Bucket[] =>
  rows.map((r) => ({ key: r.key, label: label(r.key), count: r.count }));

/** Every aggregate of the dashboard for one selection, labelled in `lang`. */
export async function buildDashboardSummary(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  query: DashboardQuery,
): Promise<DashboardSummary> {
  const lang: DashboardLang = query.lang ?? 'en';
  const f = toFilter(query);
  const q = deps.db;
  const label = await taxonomyLabeller(q, lang);
  const totals = await countTotals(q, f);
  const byMonth = await countByMonth(q, f);
  const tactic = await countByArray(q, f, 'tactic');
  const community = await countByArray(q, f, 'community');
  const channel = await countByArray(q, f, 'channel');
  const perpetrator = await countByArray(q, f, 'perpetrator');
  const origin = await countByScalar(q, f, 'origin');
  const province = await countByScalar(q, f, 'province');
  const institution = await countByInstitution(q, f);
  const risk = await countCasesBy(q, f, 'risk');
  const status = await countCasesBy(q, f, 'status');
  const ack = await timeToAcknowledge(q, f);
  const referrals = await countReferrals(q, f);
  const campaigns = await countCampaigns(q, f);
  const ackByRisk = new Map(ack.map((a) => [a.risk, a]));
  return {
    period: { from: query.from ?? null, to: query.to ?? null },
    totals,
    byMonth,
    by: {
      tactic: labelled(tactic, (c) => label('tactic', c)),
      community: labelled(community, (c) => label('community', c)),
      origin: labelled(origin, (c) => label('origin_state', c)),
      province: labelled(province, (c) => label('province', c)),
      channel: labelled(channel, (c) => label('channel', c)),
      institution: labelled(institution, (c) => c),
      perpetrator: labelled(perpetrator, (c) => label('perpetrator_type', c)),
      risk: labelled(risk, (c) => catalogLabel(lang, 'risk', c)),
      status: labelled(status, (c) => catalogLabel(lang, 'status', c)),
    },
    timeToAcknowledge: RISKS.map((r) => {
      const a = ackByRisk.get(r);
      return {
        risk: r,
        acknowledged: a?.acknowledged ?? 0,
        medianHours: a?.median_hours ?? null,
        p90Hours: a?.p90_hours ?? null,
      };
    }),
    referrals,
    campaigns: labelled(campaigns, (c) => catalogLabel(lang, 'campaignStatus', c)),
    generatedAt: deps.clock().toISOString(),
  };
}
