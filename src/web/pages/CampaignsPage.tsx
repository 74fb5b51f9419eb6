import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CampaignSummary, LinkAlert } from '../../shared/contracts/indicators.ts';
import { api } from '../api/client.ts';
import { campaignTitle } from '../app/campaign-title.ts';
import { useI18n } from '../app/i18n.tsx';
import { useIndicatorText } from '../app/indicator-text.ts';
import { BASE, Link } from '../app/router.tsx';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';

/**
 * Campaigns for analysts and supervisors: the new links the system found (alerts), then every campaign
 * with its status and size. Identifier values never appear here; the API sends kinds only.
 */
export function CampaignsPage() {
  const it = useIndicatorText();
  const { date } = useI18n();
  const client = useQueryClient();
  const campaigns = useQuery({
    queryKey: ['campaigns'],
    queryFn: () => api<{ items: CampaignSummary[] }>('GET', '/api/v1/campaigns'),
  });
  const alerts = useQuery({
    queryKey: ['campaigns', 'alerts'],
    queryFn: () => api<{ items: LinkAlert[] }>('GET', '/api/v1/campaigns/alerts'),
  });
  const seen = useMutation({
    mutationFn: (id: string) => api('POST', `/api/v1/campaigns/alerts/${id}/seen`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns', 'alerts'] }),
  });
  return (
    <>
      <h1>{it('indicators.page.title')}</h1>
      <p>{it('indicators.page.intro')}</p>
      <section aria-labelledby="alerts-h">
        <h2 id="alerts-h">{it('indicators.alerts.title')}</h2>
        {alerts.isPending ? <Loading /> : null}
        {alerts.isError ? <ErrorMessage error={alerts.error} onRetry={() => void alerts.refetch()} /> : null}
        {alerts.data && alerts.data.items.length === 0 ? (
          <Empty>{it('indicators.alerts.empty')}</Empty>
        ) : null}
        {alerts.data && alerts.data.items.length > 0 ? (
          <ul className="alerts">
            {alerts.data.items.map((a) => (
              <li key={a.id}>
                <Link to={`${BASE}/cases/${a.caseId}`}>
                  {a.linkedCases.length > 0
                    ? it('indicators.alert.links', {
                        reference: a.reference,
                        count: a.linkedCases.length,
                        first: a.linkedCases[0]!.reference,
                      })
                    : it('indicators.alert.campaign', { reference: a.reference })}
                </Link>{' '}
                {a.campaignId ? (
                  <Link to={`${BASE}/campaigns/${a.campaignId}`}>{it('indicators.open')}</Link>
                ) : null}{' '}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => seen.mutate(a.id)}
                  disabled={seen.isPending}
                >
                  {it('indicators.alerts.seen')}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="campaigns-h">
        <h2 id="campaigns-h">{it('indicators.page.title')}</h2>
        {campaigns.isPending ? <Loading /> : null}
        {campaigns.isError ? (
          <ErrorMessage error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        ) : null}
        {campaigns.data && campaigns.data.items.length === 0 ? (
          <Empty>{it('indicators.page.empty')}</Empty>
        ) : null}
        {campaigns.data && campaigns.data.items.length > 0 ? (
          <table>
            <caption className="visually-hidden">{it('indicators.page.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{it('indicators.name')}</th>
                <th scope="col">{it('indicators.status')}</th>
                <th scope="col">{it('indicators.members')}</th>
                <th scope="col">{it('indicators.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`${BASE}/campaigns/${c.id}`}>{campaignTitle(c, it)}</Link>
                  </td>
                  <td>{it(`indicators.campaign.${c.status}`)}</td>
                  <td>{it('indicators.size', { count: c.size })}</td>
                  <td>{date(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
