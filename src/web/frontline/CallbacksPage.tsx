import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  CALLBACK_OUTCOMES,
  type CallbackDetails,
  type CallbackList,
  type CallbackOutcome,
  type CallbackSummary,
} from '../../shared/contracts/callbacks.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { OverdueBadge } from '../components/badges.tsx';
import { Empty, ErrorMessage, FormError, Loading } from '../components/states.tsx';
import { useFrontlineText } from './text.ts';

const KEY = ['callbacks'];

/**
 * Call-backs to make, due first: the list names no number (a request opens one at a time, audited); the
 * call recorded with what came of it closes the task, and the person reads in follow-up that we called.
 */
export function CallbacksPage() {
  const ft = useFrontlineText();
  const { date } = useI18n();
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const list = useQuery({
    queryKey: [...KEY, status],
    queryFn: () => api<CallbackList>('GET', `/api/v1/callbacks?status=${status}`),
    refetchInterval: 30_000,
  });
  return (
    <>
      <h1>{ft('fl.callbacks.title')}</h1>
      <fieldset className="inline-form">
        <legend className="visually-hidden">{ft('fl.callbacks.show')}</legend>
        {(['open', 'done'] as const).map((s) => (
          <label key={s} className="check">
            <input type="radio" name="status" checked={status === s} onChange={() => setStatus(s)} />{' '}
            {ft(`fl.callbacks.status.${s}`)}
          </label>
        ))}
      </fieldset>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>{ft('fl.callbacks.empty')}</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <table>
          <caption className="visually-hidden">{ft('fl.callbacks.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{ft('fl.callbacks.case')}</th>
              <th scope="col">{ft('fl.callbacks.source')}</th>
              <th scope="col">{ft('fl.callbacks.due')}</th>
              <th scope="col">{ft('fl.callbacks.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`${BASE}/cases/${c.caseId}`}>{c.caseReference}</Link>
                </th>
                <td>{ft(`fl.callbacks.source.${c.source}`)}</td>
                <td>
                  {date(c.dueAt)} {c.overdue ? <OverdueBadge /> : null}
                </td>
                <td>
                  {c.doneAt ? (
                    ft('fl.callbacks.doneAt', {
                      date: date(c.doneAt),
                      outcome: ft(`fl.callbacks.outcome.${c.outcome ?? 'reached'}`),
                    })
                  ) : (
                    <CallbackWork id={c.id} caseId={c.caseId} reference={c.caseReference} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** Open one request (the number, safe times, language: audited), call, then record what came of it. */
export function CallbackWork({ id, caseId, reference }: { id: string; caseId: string; reference: string }) {
  const ft = useFrontlineText();
  const client = useQueryClient();
  const [outcome, setOutcome] = useState<CallbackOutcome>('reached');
  const open = useMutation({
    mutationFn: () => api<CallbackDetails>('GET', `/api/v1/callbacks/${id}`),
  });
  const done = useMutation({
    mutationFn: () => api<CallbackSummary>('POST', `/api/v1/callbacks/${id}/done`, { outcome }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: KEY });
      void client.invalidateQueries({ queryKey: ['case', caseId] });
    },
  });
  if (!open.data) {
    return (
      <>
        <button type="button" onClick={() => open.mutate()} disabled={open.isPending}>
          {ft('fl.callbacks.open')}
          <span className="visually-hidden"> {reference}</span>
        </button>
        <FormError error={open.error} />
      </>
    );
  }
  const d = open.data;
  const fid = `cb-${id}`;
  return (
    <div className="callback-details">
      <dl>
        <dt>{ft('fl.callback.phone')}</dt>
        <dd>
          <a href={`tel:${d.phone.replace(/[^+0-9]/g, '')}`}>{d.phone}</a>
        </dd>
        <dt>{ft('fl.callback.safeTimes')}</dt>
        <dd>{d.safeTimes ?? '—'}</dd>
        <dt>{ft('fl.callback.language')}</dt>
        <dd>{d.language ?? '—'}</dd>
      </dl>
      <label htmlFor={`${fid}-outcome`}>{ft('fl.callbacks.outcome')}</label>{' '}
      <select
        id={`${fid}-outcome`}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as CallbackOutcome)}
      >
        {CALLBACK_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {ft(`fl.callbacks.outcome.${o}`)}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="primary" onClick={() => done.mutate()} disabled={done.isPending}>
        {ft('fl.callbacks.record')}
      </button>
      <FormError error={done.error} />
    </div>
  );
}
