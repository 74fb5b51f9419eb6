import type { Bucket, DashboardSummary } from '../../../shared/contracts/dashboards.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Empty } from '../../components/states.tsx';
import { BarChart } from './BarChart.tsx';
import { type DashKey, useDashText } from './text.ts';

function useNumber() {
  const { locale } = useI18n();
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
}

/** Time to acknowledge per risk: the medians as bars, every figure in the table. */
export function AckSection({ rows }: { rows: DashboardSummary['timeToAcknowledge'] }) {
  const d = useDashText();
  const number = useNumber();
  return (
    <section aria-labelledby="dash-ack">
      <h2 id="dash-ack">{d('dashboards.chart.ack')}</h2>
      <BarChart
        title={d('dashboards.chart.ackMedian')}
        data={rows.map((a) => ({
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
            {rows.map((a) => (
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
  );
}

/** Referrals by partner kind and outcome. */
export function ReferralsSection({ referrals }: { referrals: DashboardSummary['referrals'] }) {
  const d = useDashText();
  const number = useNumber();
  const outcomes = new Map<string, number>();
  for (const r of referrals) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + r.count);
  const outcomeBuckets: Bucket[] = [...outcomes].map(([key, count]) => ({
    key,
    label: d(`dashboards.outcome.${key}` as DashKey),
    count,
  }));
  return (
    <section aria-labelledby="dash-referrals">
      <h2 id="dash-referrals">{d('dashboards.chart.referrals')}</h2>
      {referrals.length === 0 ? (
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
                {referrals.map((r) => (
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
  );
}

/** Actors reports name that a foreign-influence register lists, with how many reports name them. */
export function RegisteredActorsSection({ actors }: { actors: DashboardSummary['registeredActors'] }) {
  const d = useDashText();
  const number = useNumber();
  return (
    <section aria-labelledby="dash-registered">
      <h2 id="dash-registered">{d('periodic.registered')}</h2>
      {actors.length === 0 ? (
        <Empty>{d('periodic.registered.none')}</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{d('periodic.registered')}</caption>
            <thead>
              <tr>
                <th scope="col">{d('periodic.registered.principal')}</th>
                <th scope="col">{d('dashboards.col.status')}</th>
                <th scope="col">{d('dashboards.col.reports')}</th>
              </tr>
            </thead>
            <tbody>
              {actors.map((r) => (
                <tr key={`${r.source}|${r.principal}`}>
                  <th scope="row">
                    {r.principal} ({r.country}, {r.source})
                  </th>
                  <td>{d(r.registered ? 'periodic.registered.active' : 'periodic.registered.ended')}</td>
                  <td>{number.format(r.reports)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
