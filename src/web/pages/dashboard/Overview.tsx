import { useQuery } from '@tanstack/react-query';
import type { DashboardOverview } from '../../../shared/contracts/dashboards.ts';
import { oversight } from '../../../shared/i18n/catalogs/oversight.ts';
import { api } from '../../api/client.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorMessage, Loading } from '../../components/states.tsx';

/**
 * The dashboard's first screen: what needs attention now — overdue cases, acknowledgement against the
 * targets, each person's open cases, alerts no one has seen, this month's reports against last month's.
 * Compact tables and figures that fit one screen; the detailed charts follow below.
 */
export function Overview() {
  const o = useCatalogText(oversight);
  const { t, locale } = useI18n();
  const overview = useQuery({
    queryKey: ['dashboard-overview'],
    queryFn: () => api<DashboardOverview>('GET', '/api/v1/dashboards/overview'),
    refetchInterval: 60_000,
  });
  if (overview.isPending) return <Loading />;
  if (overview.isError)
    return <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />;
  const v = overview.data;
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA');
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${m}-01T00:00:00Z`));
  const duration = (minutes: number) =>
    minutes < 120
      ? o('oversight.overview.minutes', { minutes })
      : o('oversight.overview.hours', { hours: Math.round(minutes / 60) });
  const overdueTotal = v.overdue.reduce((n, x) => n + x.count, 0);
  return (
    <section className="overview" aria-labelledby="overview-h">
      <h2 id="overview-h">{o('oversight.overview.title')}</h2>
      <div className="overview-grid">
        <div className="card">
          <h3>{o('oversight.overview.overdue')}</h3>
          {overdueTotal === 0 ? (
            <p>{o('oversight.overview.overdueNone')}</p>
          ) : (
            <dl className="facts">
              {v.overdue
                .filter((x) => x.count > 0)
                .map((x) => (
                  <div key={x.risk}>
                    <dt>{t(`console.risk.${x.risk}`)}</dt>
                    <dd>{number.format(x.count)}</dd>
                  </div>
                ))}
            </dl>
          )}
        </div>
        <div className="card">
          <h3>{o('oversight.overview.reports')}</h3>
          <dl className="facts">
            <dt>{o('oversight.overview.thisMonth', { month: monthName(v.reports.thisMonth.month) })}</dt>
            <dd>{number.format(v.reports.thisMonth.count)}</dd>
            <dt>{o('oversight.overview.lastMonth', { month: monthName(v.reports.lastMonth.month) })}</dt>
            <dd>{number.format(v.reports.lastMonth.count)}</dd>
          </dl>
        </div>
        <div className="card">
          <h3>{o('oversight.overview.alerts')}</h3>
          <p>{o('oversight.overview.alertsText', { count: v.openAlerts })}</p>
        </div>
        <div className="card wide">
          <table>
            <caption>{o('oversight.overview.ack')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('console.queue.risk')}</th>
                <th scope="col">{o('oversight.overview.ackTarget')}</th>
                <th scope="col">{o('oversight.overview.ackWithin')}</th>
                <th scope="col">{o('oversight.overview.ackMedian')}</th>
              </tr>
            </thead>
            <tbody>
              {v.acknowledgement.map((a) => (
                <tr key={a.risk}>
                  <th scope="row">{t(`console.risk.${a.risk}`)}</th>
                  <td>{duration(a.targetMinutes)}</td>
                  <td>
                    {o('oversight.overview.withinOf', { within: a.withinTarget, total: a.acknowledged })}
                  </td>
                  <td>{a.medianMinutes === null ? '—' : duration(a.medianMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="card wide">
          <table>
            <caption>{o('oversight.overview.load')}</caption>
            <thead>
              <tr>
                <th scope="col">{o('oversight.overview.person')}</th>
                <th scope="col">{o('oversight.overview.open')}</th>
                <th scope="col">{o('oversight.overview.overdueCol')}</th>
              </tr>
            </thead>
            <tbody>
              {v.load.map((l) => (
                <tr key={l.assignee?.id ?? 'none'}>
                  <th scope="row">
                    {l.assignee ? l.assignee.displayName : o('oversight.overview.unassigned')}
                  </th>
                  <td>{number.format(l.open)}</td>
                  <td>{number.format(l.overdue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
