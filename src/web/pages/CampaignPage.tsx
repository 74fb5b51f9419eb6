import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import type { CampaignDetail, CampaignPatch } from '../../shared/contracts/indicators.ts';
import { api } from '../api/client.ts';
import { campaignTitle } from '../app/campaign-title.ts';
import { useIndicatorText } from '../app/indicator-text.ts';
import { BASE, Link, navigate } from '../app/router.tsx';
import { RiskBadge, StatusBadge } from '../components/badges.tsx';
import { CampaignGraph } from '../components/CampaignGraph.tsx';
import { ErrorMessage, Loading } from '../components/states.tsx';

/** One campaign: its picture (sigma.js), its cases, and the analyst's decision, name and note. */
export function CampaignPage({ id }: { id: string }) {
  const it = useIndicatorText();
  const client = useQueryClient();
  const key = ['campaigns', id];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api<CampaignDetail>('GET', `/api/v1/campaigns/${id}`),
  });
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (query.data) {
      setName(query.data.name ?? '');
      setNote(query.data.note ?? '');
    }
  }, [query.data]);
  const patch = useMutation({
    mutationFn: (body: CampaignPatch) => api<CampaignDetail>('PATCH', `/api/v1/campaigns/${id}`, body),
    onSuccess: (data) => {
      client.setQueryData(key, data);
      void client.invalidateQueries({ queryKey: ['campaigns'] });
      setSaved(true);
    },
  });
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <h1>{it('indicators.page.title')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const c = query.data;
  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    patch.mutate({ name: name.trim() || null, note: note.trim() || null });
  };
  return (
    <article>
      <p>
        <Link to={`${BASE}/campaigns`}>{it('indicators.back')}</Link>
      </p>
      <h1>{campaignTitle(c, it)}</h1>
      <p>
        {it('indicators.status')}: <strong>{it(`indicators.campaign.${c.status}`)}</strong> ·{' '}
        {it('indicators.size', { count: c.size })}
      </p>
      <CampaignGraph graph={c.graph} onSelectCase={(caseId) => navigate(`${BASE}/cases/${caseId}`)} />
      <section aria-labelledby="members-h">
        <h2 id="members-h">{it('indicators.members')}</h2>
        <ul>
          {c.members.map((m) => (
            <li key={m.caseId}>
              <Link to={`${BASE}/cases/${m.caseId}`}>{m.reference}</Link>{' '}
              <RiskBadge risk={m.risk as Parameters<typeof RiskBadge>[0]['risk']} />{' '}
              <StatusBadge status={m.status} />
            </li>
          ))}
        </ul>
      </section>
      <form onSubmit={save} className="stack">
        <label htmlFor="campaign-name">{it('indicators.name')}</label>
        <input id="campaign-name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="campaign-note">{it('indicators.note')}</label>
        <textarea
          id="campaign-note"
          value={note}
          maxLength={5000}
          rows={4}
          onChange={(e) => setNote(e.target.value)}
        />
        <p>
          <button type="submit" disabled={patch.isPending}>
            {it('indicators.save')}
          </button>{' '}
          {saved ? <span role="status">{it('indicators.saved')}</span> : null}
        </p>
      </form>
      {patch.isError ? <ErrorMessage error={patch.error} /> : null}
      <p>
        {c.status !== 'confirmed' ? (
          <button
            type="button"
            onClick={() => patch.mutate({ status: 'confirmed' })}
            disabled={patch.isPending}
          >
            {it('indicators.confirm')}
          </button>
        ) : null}{' '}
        {c.status === 'suggested' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => patch.mutate({ status: 'rejected' })}
            disabled={patch.isPending}
          >
            {it('indicators.reject')}
          </button>
        ) : null}
      </p>
    </article>
  );
}
