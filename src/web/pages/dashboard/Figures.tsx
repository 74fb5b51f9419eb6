import type { DashboardSummary } from '../../../shared/contracts/dashboards.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DutyToWarnCounts } from '../../frontline/DutyToWarnCounts.tsx';
import { AckSection, ReferralsSection, RegisteredActorsSection } from './CaseSections.tsx';
import { ChartSection } from './ChartSection.tsx';
import { type DashKey, useDashText } from './text.ts';

/** The detailed figures, below the overview: totals, then each dimension's chart and table. */
export function Figures({ data }: { data: DashboardSummary }) {
  const d = useDashText();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const dimension = (key: keyof DashboardSummary['by'], title: DashKey, multi = false) => (
    <ChartSection
      title={d(title)}
      buckets={data.by[key]}
      note={multi ? d('dashboards.multiValued') : undefined}
    />
  );
  return (
    <>
      <section aria-labelledby="dash-totals">
        <h2 id="dash-totals">{d('dashboards.totals')}</h2>
        <dl className="facts">
          <dt>{d('dashboards.totals.reports')}</dt>
          <dd>{number.format(data.totals.reports)}</dd>
          <dt>{d('dashboards.totals.cases')}</dt>
          <dd>{number.format(data.totals.cases)}</dd>
          <dt>{d('dashboards.totals.campus')}</dt>
          <dd>{number.format(data.totals.campusReports)}</dd>
          <dt>{d('dashboards.totals.referrals')}</dt>
          <dd>{number.format(data.totals.referrals)}</dd>
        </dl>
      </section>
      <ChartSection
        title={d('dashboards.chart.byMonth')}
        categoryHeader={d('dashboards.col.month')}
        buckets={data.byMonth.map((m) => ({ key: m.month, label: m.month, count: m.count }))}
      />
      {dimension('tactic', 'dashboards.chart.tactic', true)}
      {dimension('community', 'dashboards.chart.community', true)}
      {dimension('suspectedState', 'dashboards.chart.suspectedState')}
      {dimension('province', 'dashboards.chart.province')}
      {dimension('channel', 'dashboards.chart.channel', true)}
      {dimension('institution', 'dashboards.chart.institution')}
      {dimension('perpetrator', 'dashboards.chart.perpetrator', true)}
      {dimension('risk', 'dashboards.chart.risk')}
      {dimension('status', 'dashboards.chart.status')}
      <AckSection rows={data.timeToAcknowledge} />
      <ReferralsSection referrals={data.referrals} />
      <ChartSection title={d('dashboards.chart.campaigns')} buckets={data.campaigns} />
      <DutyToWarnCounts counts={data.dutyToWarn} />
      <RegisteredActorsSection actors={data.registeredActors} />
    </>
  );
}
