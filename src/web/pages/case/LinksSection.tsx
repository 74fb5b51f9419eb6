import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseLinks, LinkEvidence, SimilarCases } from '../../../shared/contracts/indicators.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type IndicatorText, useIndicatorText } from '../../app/indicator-text.ts';
import { BASE, Link } from '../../app/router.tsx';
import { Empty, ErrorMessage, Loading } from '../../components/states.tsx';

const how = (it: IndicatorText, matched: readonly string[]) =>
  matched.map((m) => it(`indicators.matched.${m}` as Parameters<IndicatorText>[0])).join(', ');

/** One shared identifier, explained: what it is, how each side mentions it, what it counts for and why. */
function Evidence({ e }: { e: LinkEvidence }) {
  const it = useIndicatorText();
  return (
    <li>
      <strong>{e.value ?? it(`indicators.kind.${e.kind}`)}</strong>
      {e.value ? ` (${it(`indicators.kind.${e.kind}`)})` : ''} —{' '}
      {it('indicators.evidence.how', { here: how(it, e.matchedHere), there: how(it, e.matchedThere) })};{' '}
      {it('indicators.evidence.reports', { count: e.reports })};{' '}
      {it('indicators.evidence.weight', { weight: e.weight })} (
      {e.reasons.map((r) => it(`indicators.reason.${r}`)).join('; ')})
    </li>
  );
}

/** Cases sharing identifiers with this one, each link explained, for analysts and supervisors. */
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
        <ul className="links">
          {links.data.links.map((l) => (
            <li key={l.caseId}>
              <p>
                <Link to={`${BASE}/cases/${l.caseId}`}>{l.reference}</Link> —{' '}
                {it(`indicators.link.${l.strength}`)}: {it('indicators.links.weight', { weight: l.weight })}{' '}
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
              </p>
              <ul>
                {l.evidence.map((e) => (
                  <Evidence key={e.identifierId} e={e} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
      <SimilarCasesList caseId={caseId} />
    </section>
  );
}

/** "Possibly related": like this case, sharing no identifier — to look at, never a link. */
function SimilarCasesList({ caseId }: { caseId: string }) {
  const it = useIndicatorText();
  const { label } = useI18n();
  const similar = useQuery({
    queryKey: ['cases', caseId, 'similar'],
    queryFn: () => api<SimilarCases>('GET', `/api/v1/cases/${caseId}/similar`),
  });
  return (
    <section aria-labelledby="similar-h">
      <h3 id="similar-h">{it('indicators.similar.title')}</h3>
      <p className="muted">{it('indicators.similar.intro')}</p>
      {similar.isPending ? <Loading /> : null}
      {similar.isError ? <ErrorMessage error={similar.error} onRetry={() => void similar.refetch()} /> : null}
      {similar.data && similar.data.items.length === 0 ? (
        <Empty>{it('indicators.similar.empty')}</Empty>
      ) : null}
      {similar.data && similar.data.items.length > 0 ? (
        <ul>
          {similar.data.items.map((s) => (
            <li key={s.caseId}>
              <Link to={`${BASE}/cases/${s.caseId}`}>{s.reference}</Link>{' '}
              {it('indicators.similar.item', {
                reference: '',
                tactics: s.tactics.map((c) => label('tactic', c)).join(', '),
                communities: s.communities.map((c) => label('community', c)).join(', '),
                days: s.daysApart,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
