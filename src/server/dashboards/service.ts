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
  countCampaigns,
  countCaseFigures,
  countReferrals,
  countReportDimensions,
  type DashboardFilter,
  type KeyCount,
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
  const reportRows = await countReportDimensions(q, f);
  const caseRows = await countCaseFigures(q, f);
  const referrals = await countReferrals(q, f);
  const campaigns = await countCampaigns(q, f);
  const byCountThenKey = (a: KeyCount, b: KeyCount) =>
    b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const dim = (rows: { dim: string; key: string; count: number }[], name: string): KeyCount[] =>
    rows
      .filter((r) => r.dim === name)
      .map((r) => ({ key: r.key, count: r.count }))
      .sort(byCountThenKey);
  const total = (rows: { dim: string; key: string; count: number }[], key: string) =>
    rows.find((r) => r.dim === 'total' && r.key === key)?.count ?? 0;
  const totals = {
    reports: total(reportRows, 'reports'),
    cases: total(reportRows, 'cases'),
    campusReports: reportRows.filter((r) => r.dim === 'institution').reduce((n, r) => n + r.count, 0),
    referrals: total(caseRows, 'referrals'),
  };
  const byMonth = dim(reportRows, 'month')
    .map((r) => ({ month: r.key, count: r.count }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  const tactic = dim(reportRows, 'tactic');
  const community = dim(reportRows, 'community');
  const channel = dim(reportRows, 'channel');
  const perpetrator = dim(reportRows, 'perpetrator');
  const origin = dim(reportRows, 'origin');
  const province = dim(reportRows, 'province');
  const institution = dim(reportRows, 'institution');
  const risk = dim(caseRows, 'risk');
  const status = dim(caseRows, 'status');
  const ack = caseRows
    .filter((r) => r.dim === 'ack')
    .map((r) => ({
      risk: r.key,
      acknowledged: r.count,
      median_hours: r.median_hours,
      p90_hours: r.p90_hours,
    }));
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
