import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseLinks } from '../../../shared/contracts/indicators.ts';
import { api } from '../../api/client.ts';
import { useIndicatorText } from '../../app/indicator-text.ts';
import { BASE, Link } from '../../app/router.tsx';
import { Empty, ErrorMessage, Loading } from '../../components/states.tsx';

/** Cases sharing an identifier with this one (kinds only), for analysts and supervisors. */
export function LinksSection({ caseId }: { caseId: string }) {
  const it = useIndicatorText();
  const client = useQueryClient();
  const key = ['cases', caseId, 'links'];
  const links = useQuery({
    queryKey: key,
    queryFn: () => api<CaseLinks>('GET', `/api/v1/cases/${caseId}/links`),
  });
  const reject = useMutation({
    mutationFn: (other: string) =>
      api('POST', '/api/v1/campaigns/links/reject', { caseA: caseId, caseB: other }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
  return (
    <section id="links" aria-labelledby="links-h">
      <h2 id="links-h">{it('indicators.links.title')}</h2>
      {links.isPending ? <Loading /> : null}
      {links.isError ? <ErrorMessage error={links.error} onRetry={() => void links.refetch()} /> : null}
      {links.data && links.data.links.length === 0 ? <Empty>{it('indicators.links.empty')}</Empty> : null}
      {links.data && links.data.links.length > 0 ? (
        <ul>
          {links.data.links.map((l) => (
            <li key={l.caseId}>
              <Link to={`${BASE}/cases/${l.caseId}`}>{l.reference}</Link> —{' '}
              {it(`indicators.link.${l.strength}`)} · {it('indicators.links.shares')}:{' '}
              {l.shared.map((s) => `${it(`indicators.kind.${s.kind}`)} × ${s.count}`).join(', ')}{' '}
              {l.campaignIds.map((cid) => (
                <Link key={cid} to={`${BASE}/campaigns/${cid}`}>
                  {it('indicators.open')}
                </Link>
              ))}{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => reject.mutate(l.caseId)}
                disabled={reject.isPending}
              >
                {it('indicators.links.reject')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
