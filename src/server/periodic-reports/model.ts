import type { AckTime, Bucket, DashboardSummary } from '../../shared/contracts/dashboards.ts';
import { type MessageKey, type Params, t } from '../../shared/i18n/translate.ts';
import { INSTITUTION_MIN_REPORTS } from '../dashboards/presenter.ts';
import { listCampaigns, medianAcknowledgeHours } from '../dashboards/repo.ts';
import { buildDashboardSummary, catalogLabel, type DashboardLang, toFilter } from '../dashboards/service.ts';
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
};

/** Every month from `from` to `to` (YYYY-MM-DD), so a month without reports shows as zero. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while ((y < endY || (y === endY && m <= endM)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

export async function buildPeriodicReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'runtime'>,
  opts: { from: string; to: string; lang: DashboardLang },
): Promise<PeriodicReport> {
  const { from, to, lang } = opts;
  const s = await buildDashboardSummary(deps, { from, to, lang });
  const filter = toFilter({ from, to });
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
