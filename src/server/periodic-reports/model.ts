import type { AckTime, Bucket, DashboardSummary } from '../../shared/contracts/dashboards.ts';
import { type MessageKey, type Params, t } from '../../shared/i18n/translate.ts';
import { INSTITUTION_MIN_REPORTS } from '../dashboards/presenter.ts';
import { listCampaigns, medianAcknowledgeHours, syntheticMix } from '../dashboards/repo.ts';
import {
  buildDashboardSummary,
  catalogLabel,
  type DashboardLang,
  monthsBetween,
  toFilter,
} from '../dashboards/service.ts';
import type { AppDeps } from '../deps.ts';

/**
 * The periodic report for senior officials as a document model: every figure it shows, already labelled
 * in its language. The HTML and PDF renderers only lay it out. De-identified: counts, codes' labels,
 * institution names (places, only those with enough reports: dashboards/presenter.ts), numbered campaigns —
 * never a name, reference, narrative or identifier.
 */
export type PeriodicReport = {
  lang: DashboardLang;
  from: string;
  to: string;
  generatedAt: string;
  /** Counts synthetic (demonstration) reports only: there were no real ones in the period. */
  demo: boolean;
  text: (key: MessageKey, params?: Params) => string;
  summary: {
    reports: number;
    cases: number;
    campusReports: number;
    referrals: number;
    campaigns: number;
    highRisk: number;
    ackMedianHours: number | null;
  };
  trend: Bucket[];
  tactics: Bucket[];
  communities: Bucket[];
  campuses: Bucket[];
  suspectedStates: Bucket[];
  provinces: Bucket[];
  campaigns: { label: string; status: string; cases: number; reports: number; span: string }[];
  referrals: { partnerKind: string; outcome: string; count: number }[];
  referralOutcomes: Bucket[];
  /** Registered foreign principals named in confirmed matches; fewer reports than the threshold are grouped. */
  registeredActors: { principal: string; status: string; reports: number }[];
  acknowledge: (AckTime & { riskLabel: string })[];
  /** Duty-to-warn records of the period, step by step; a count from 1 to 4 reads "fewer than 5". */
  dutyToWarn: { label: string; value: string }[];
};

export async function buildPeriodicReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'runtime'>,
  opts: { from: string; to: string; lang: DashboardLang },
): Promise<PeriodicReport> {
  const { from, to, lang } = opts;
  // Never real and synthetic reports together: the real ones when there are any, else (a demonstration
  // installation) the synthetic ones, and the report says so on its first page.
  const mix = await syntheticMix(deps.db, toFilter({ from, to }));
  const synthetic = mix.real ? 'exclude' : 'only';
  const s = await buildDashboardSummary(deps, { from, to, lang, synthetic });
  const filter = toFilter({ from, to, synthetic });
  const campaigns = await listCampaigns(deps.db, filter);
  const ackMedianHours = await medianAcknowledgeHours(deps.db, filter);
  // Any text of the report may name the threshold below which institutions are grouped.
  const text = (key: MessageKey, params?: Params) =>
    t(lang, key, { min: INSTITUTION_MIN_REPORTS, ...params });
  const monthName = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA');
  const perMonth = new Map(s.byMonth.map((m) => [m.month, m.count]));
  const outcomes = new Map<string, number>();
  for (const r of s.referrals) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + r.count);
  const count = (buckets: Bucket[], keys: string[]) =>
    buckets.filter((b) => keys.includes(b.key)).reduce((n, b) => n + b.count, 0);
  return {
    lang,
    from,
    to,
    generatedAt: s.generatedAt,
    demo: synthetic === 'only' && mix.synthetic,
    text,
    summary: {
      reports: s.totals.reports,
      cases: s.totals.cases,
      campusReports: s.totals.campusReports,
      referrals: s.totals.referrals,
      campaigns: campaigns.length,
      highRisk: count(s.by.risk, ['immediate', 'high']),
      ackMedianHours,
    },
    trend: monthsBetween(from, to).map((month) => ({
      key: month,
      label: monthName.format(new Date(`${month}-01T00:00:00Z`)),
      count: perMonth.get(month) ?? 0,
    })),
    tactics: s.by.tactic,
    communities: s.by.community,
    campuses: s.by.institution,
    suspectedStates: s.by.suspectedState,
    provinces: s.by.province,
    campaigns: campaigns.map((c, i) => ({
      label: text('periodic.campaigns.label', { n: i + 1 }),
      status: catalogLabel(lang, 'campaignStatus', c.status),
      cases: c.cases,
      reports: c.reports,
      span: c.first_month === c.last_month ? c.first_month : `${c.first_month} – ${c.last_month}`,
    })),
    referrals: s.referrals.map((r) => ({
      partnerKind: catalogLabel(lang, 'partnerKind', r.partnerKind),
      outcome: catalogLabel(lang, 'outcome', r.outcome),
      count: r.count,
    })),
    referralOutcomes: [...outcomes].map(([key, n]) => ({
      key,
      label: catalogLabel(lang, 'outcome', key),
      count: n,
    })),
    acknowledge: s.timeToAcknowledge.map((a) => ({ ...a, riskLabel: catalogLabel(lang, 'risk', a.risk) })),
    dutyToWarn: (['opened', 'approved', 'delivered', 'acknowledged'] as const).map((step) => {
      const c = s.dutyToWarn[step];
      return {
        label: text(`dutyToWarn.counts.${step}`),
        value: c.count === null ? text('dutyToWarn.counts.suppressed') : number.format(c.count),
      };
    }),
    registeredActors: registeredActorRows(s.registeredActors, text),
  };
}

/** A principal named in fewer reports than the institutions' threshold joins "other registered principals". */
function registeredActorRows(
  rows: DashboardSummary['registeredActors'],
  text: (key: MessageKey, params?: Params) => string,
): PeriodicReport['registeredActors'] {
  const shown = rows.filter((r) => r.reports >= INSTITUTION_MIN_REPORTS);
  const others = rows.filter((r) => r.reports < INSTITUTION_MIN_REPORTS).reduce((n, r) => n + r.reports, 0);
  return [
    ...shown.map((r) => ({
      principal: `${r.principal} (${r.country}, ${r.source})`,
      status: text(r.registered ? 'periodic.registered.active' : 'periodic.registered.ended'),
      reports: r.reports,
    })),
    ...(others > 0 ? [{ principal: text('periodic.registered.others'), status: '', reports: others }] : []),
  ];
}

/** The chart and table title under each section heading: says what is counted. */
export const SECTION_CHART_TITLE: Partial<Record<MessageKey, MessageKey>> = {
  'periodic.tactics': 'dashboards.chart.tactic',
  'periodic.communities': 'dashboards.chart.community',
  'periodic.campuses': 'dashboards.chart.institution',
  'periodic.suspectedState': 'dashboards.chart.suspectedState',
  'periodic.provinces': 'dashboards.chart.province',
};
