import type { Bucket, DashboardSummary } from '../../../shared/contracts/dashboards.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Empty } from '../../components/states.tsx';
import { BarChart } from './BarChart.tsx';
import { ChartSection } from './ChartSection.tsx';
import { type DashKey, useDashText } from './text.ts';

/** The detailed figures, below the overview: totals, then each dimension's chart and table. */
export function Figures({ data }: { data: DashboardSummary }) {
  const d = useDashText();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const outcomes = new Map<string, number>();
  for (const r of data.referrals) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + r.count);
  const outcomeBuckets: Bucket[] = [...outcomes].map(([key, count]) => ({
    key,
    label: d(`dashboards.outcome.${key}` as DashKey),
    count,
  }));
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
      {dimension('origin', 'dashboards.chart.origin')}
      {dimension('province', 'dashboards.chart.province')}
      {dimension('channel', 'dashboards.chart.channel', true)}
      {dimension('institution', 'dashboards.chart.institution')}
      {dimension('perpetrator', 'dashboards.chart.perpetrator', true)}
      {dimension('risk', 'dashboards.chart.risk')}
      {dimension('status', 'dashboards.chart.status')}
      <section aria-labelledby="dash-ack">
        <h2 id="dash-ack">{d('dashboards.chart.ack')}</h2>
        <BarChart
          title={d('dashboards.chart.ackMedian')}
          data={data.timeToAcknowledge.map((a) => ({
            key: a.risk,
            label: d(`dashboards.risk.${a.risk}`),
            value: a.medianHours ?? 0,
          }))}
          format={(v) => number.format(v)}
        />
        <div className="table-wrap">
          <table>
            <caption>{d('dashboards.chart.ack')}</caption>
            <thead>
              <tr>
                <th scope="col">{d('dashboards.col.risk')}</th>
                <th scope="col">{d('dashboards.col.acknowledged')}</th>
                <th scope="col">{d('dashboards.col.median')}</th>
                <th scope="col">{d('dashboards.col.p90')}</th>
              </tr>
            </thead>
            <tbody>
              {data.timeToAcknowledge.map((a) => (
                <tr key={a.risk}>
                  <th scope="row">{d(`dashboards.risk.${a.risk}`)}</th>
                  <td>{number.format(a.acknowledged)}</td>
                  <td>{a.medianHours === null ? '—' : number.format(a.medianHours)}</td>
                  <td>{a.p90Hours === null ? '—' : number.format(a.p90Hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="dash-referrals">
        <h2 id="dash-referrals">{d('dashboards.chart.referrals')}</h2>
        {data.referrals.length === 0 ? (
          <Empty>{d('dashboards.noData')}</Empty>
        ) : (
          <>
            <BarChart
              title={d('dashboards.chart.referralOutcomes')}
              data={outcomeBuckets.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              format={(v) => number.format(v)}
            />
            <div className="table-wrap">
              <table>
                <caption>{d('dashboards.chart.referrals')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{d('dashboards.col.partnerKind')}</th>
                    <th scope="col">{d('dashboards.col.outcome')}</th>
                    <th scope="col">{d('dashboards.col.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.referrals.map((r) => (
                    <tr key={`${r.partnerKind}-${r.outcome}`}>
                      <td>{d(`dashboards.partnerKind.${r.partnerKind}` as DashKey)}</td>
                      <td>{d(`dashboards.outcome.${r.outcome}` as DashKey)}</td>
                      <td>{number.format(r.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <ChartSection title={d('dashboards.chart.campaigns')} buckets={data.campaigns} />
    </>
  );
}
