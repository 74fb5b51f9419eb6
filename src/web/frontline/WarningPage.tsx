import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  ACKNOWLEDGEMENTS,
  DELIVERY_CHANNELS,
  WARNING_OUTCOMES,
  type WarningDelivery,
  type WarningOutcome,
  type WarningSignoff,
  type WarningView,
} from '../../shared/contracts/duty-to-warn.ts';
import type { PartnerOrgList } from '../../shared/contracts/referrals.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { ErrorMessage, FormError, Loading } from '../components/states.tsx';
import { WARNINGS_KEY, WarningStep } from './DutyToWarnPage.tsx';
import { useFrontlineText } from './text.ts';

/**
 * One duty-to-warn record (opening it is audited): the person, the threat and why it is credible, the cases
 * behind it, its history, and the next step for whoever may take it — a supervisor's sign-off choosing who
 * delivers, the delivery with the person's acknowledgement, the outcome.
 */
export function WarningPage({ id, partner = false }: { id: string; partner?: boolean }) {
  const ft = useFrontlineText();
  const { date } = useI18n();
  const base = partner ? '/api/v1/partner/duty-to-warn' : '/api/v1/duty-to-warn';
  const key = [...WARNINGS_KEY, id];
  const query = useQuery({ queryKey: key, queryFn: () => api<WarningView>('GET', `${base}/${id}`) });
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <>
        <h1>{ft('fl.warn.unavailable')}</h1>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const w = query.data;
  return (
    <article className="warning">
      <p>
        <Link to={`${BASE}/duty-to-warn`}>{ft('fl.warn.back')}</Link>
      </p>
      <h1>{ft('fl.warn.one', { reference: w.reference })}</h1>
      <p className="badges">
        <WarningStep w={w} /> <span className="badge">{ft(`fl.warn.severity.${w.severity}`)}</span>
      </p>
      <section aria-labelledby={`${id}-person`}>
        <h2 id={`${id}-person`}>{ft('fl.warn.person')}</h2>
        <dl className="summary">
          <Row term={ft('fl.warn.name')} value={w.person.name} />
          <Row term={ft('fl.warn.contact')} value={w.person.contact} />
          <Row term={ft('fl.warn.language')} value={w.person.language} />
          <Row term={ft('fl.warn.notes')} value={w.person.notes} />
        </dl>
      </section>
      <section aria-labelledby={`${id}-threat`}>
        <h2 id={`${id}-threat`}>{ft('fl.warn.assessment')}</h2>
        <dl className="summary">
          <Row term={ft('fl.warn.threat')} value={w.threat} />
          {w.assessment ? (
            <>
              <Row term={ft('fl.warn.basis')} value={w.assessment.basis} />
              <Row
                term={ft('fl.warn.credibility')}
                value={ft(`fl.warn.credibility.${w.assessment.credibility}`)}
              />
            </>
          ) : null}
        </dl>
        {w.case || w.relatedCases.length > 0 ? (
          <ul>
            {w.case ? (
              <li>
                {ft('fl.warn.ownCase')} <Link to={`${BASE}/cases/${w.case.id}`}>{w.case.reference}</Link>
              </li>
            ) : null}
            {w.relatedCases.map((c) => (
              <li key={c.id}>
                {ft('fl.warn.namedIn')} <Link to={`${BASE}/cases/${c.id}`}>{c.reference}</Link>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby={`${id}-steps`}>
        <h2 id={`${id}-steps`}>{ft('fl.warn.steps')}</h2>
        <ol className="timeline">
          {w.events.map((e) => (
            <li key={`${e.kind}-${e.at}`}>
              {date(e.at)} — {ft(`fl.warn.event.${e.kind as 'opened'}`)}
              {e.actor ? ` (${e.actor.displayName})` : ''}
            </li>
          ))}
        </ol>
        {w.signoff ? (
          <p>
            {ft('fl.warn.signedBy', { name: w.signoff.by?.displayName ?? '—', date: date(w.signoff.at) })}
            {w.signoff.note ? ` — ${w.signoff.note}` : ''}
          </p>
        ) : null}
        {w.deliveryMethod ? (
          <p>
            {w.deliveryMethod === 'police_partner'
              ? ft('fl.warn.byPolice', { name: w.partnerOrg?.name ?? '—' })
              : ft('fl.warn.byCaseworker', { name: w.deliveryAssignee?.displayName ?? '—' })}
          </p>
        ) : null}
        {w.deliveredAt ? (
          <p>
            {ft('fl.warn.deliveredOn', {
              date: date(w.deliveredAt),
              channel: ft(`fl.warn.channel.${w.deliveryChannel ?? 'other'}`),
              acknowledgement: ft(`fl.warn.ack.${w.acknowledgement ?? 'not_reached'}`),
            })}
          </p>
        ) : null}
        {w.outcome ? <p>{ft('fl.warn.outcomeIs', { outcome: ft(`fl.warn.outcome.${w.outcome}`) })}</p> : null}
      </section>
      {w.permissions.signOff ? <SignOffForm w={w} queryKey={key} /> : null}
      {w.permissions.recordDelivery ? <DeliveryForm w={w} queryKey={key} base={base} /> : null}
      {w.permissions.recordOutcome ? <OutcomeForm w={w} queryKey={key} /> : null}
    </article>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className="prewrap">{value || '—'}</dd>
    </div>
  );
}

function useStep<T>(queryKey: readonly unknown[], url: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api<WarningView>('POST', url, body),
    onSuccess: (view) => {
      client.setQueryData(queryKey, view);
      void client.invalidateQueries({ queryKey: WARNINGS_KEY, exact: true });
    },
  });
}

function SignOffForm({ w, queryKey }: { w: WarningView; queryKey: readonly unknown[] }) {
  const ft = useFrontlineText();
  const [method, setMethod] = useState<'police_partner' | 'caseworker'>('police_partner');
  const sign = useStep<WarningSignoff>(queryKey, `/api/v1/duty-to-warn/${w.id}/signoff`);
  const orgs = useQuery({
    queryKey: ['partner-orgs'],
    queryFn: () => api<PartnerOrgList>('GET', '/api/v1/partner-orgs'),
  });
  const police = (orgs.data?.items ?? []).filter((o) => o.active && o.kind === 'police');
  const submit = (decision: 'approved' | 'declined') => (e: FormEvent<HTMLFormElement> | null) => {
    e?.preventDefault();
    const form = document.getElementById('warn-signoff') as HTMLFormElement;
    const data = new FormData(form);
    const note = String(data.get('note') ?? '').trim();
    const partnerOrgId = String(data.get('partnerOrgId') ?? '');
    sign.mutate(
      decision === 'declined'
        ? { decision, note }
        : {
            decision,
            note,
            deliveryMethod: method,
            ...(method === 'police_partner' && partnerOrgId ? { partnerOrgId } : {}),
          },
    );
  };
  return (
    <form id="warn-signoff" onSubmit={submit('approved')} aria-labelledby="warn-signoff-h">
      <h2 id="warn-signoff-h">{ft('fl.warn.signoff')}</h2>
      <p className="hint">{ft('fl.warn.signoffHint')}</p>
      <fieldset className="field">
        <legend>{ft('fl.warn.deliveredBy')}</legend>
        {(['police_partner', 'caseworker'] as const).map((m) => (
          <label key={m} className="check">
            <input type="radio" name="method" checked={method === m} onChange={() => setMethod(m)} />{' '}
            {ft(`fl.warn.method.${m}`)}
          </label>
        ))}
      </fieldset>
      {method === 'police_partner' ? (
        <div className="field">
          <label htmlFor="warn-partner">{ft('fl.warn.policePartner')}</label>
          <select id="warn-partner" name="partnerOrgId" required defaultValue="">
            <option value="" disabled>
              {ft('fl.choose')}
            </option>
            {police.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="warn-signoff-note">{ft('fl.warn.note')}</label>
        <textarea id="warn-signoff-note" name="note" rows={3} maxLength={2000} />
      </div>
      <FormError error={sign.error} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={sign.isPending}>
          {ft('fl.warn.approve')}
        </button>
        <button
          type="button"
          className="warning"
          disabled={sign.isPending}
          onClick={() => submit('declined')(null)}
        >
          {ft('fl.warn.decline')}
        </button>
      </div>
    </form>
  );
}

function DeliveryForm({ w, queryKey, base }: { w: WarningView; queryKey: readonly unknown[]; base: string }) {
  const ft = useFrontlineText();
  const deliver = useStep<WarningDelivery>(queryKey, `${base}/${w.id}/delivery`);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    deliver.mutate({
      channel: String(form.get('channel')) as WarningDelivery['channel'],
      acknowledgement: String(form.get('acknowledgement')) as WarningDelivery['acknowledgement'],
      note: String(form.get('note') ?? '').trim(),
    });
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="warn-delivery-h">
      <h2 id="warn-delivery-h">{ft('fl.warn.delivery')}</h2>
      <div className="field">
        <label htmlFor="warn-channel">{ft('fl.warn.channel')}</label>
        <select id="warn-channel" name="channel">
          {DELIVERY_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {ft(`fl.warn.channel.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="warn-ack">{ft('fl.warn.acknowledgement')}</label>
        <select id="warn-ack" name="acknowledgement">
          {ACKNOWLEDGEMENTS.map((a) => (
            <option key={a} value={a}>
              {ft(`fl.warn.ack.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="warn-delivery-note">{ft('fl.warn.note')}</label>
        <textarea id="warn-delivery-note" name="note" rows={3} maxLength={2000} />
      </div>
      <FormError error={deliver.error} />
      <button type="submit" className="primary" disabled={deliver.isPending}>
        {ft('fl.warn.recordDelivery')}
      </button>
    </form>
  );
}

function OutcomeForm({ w, queryKey }: { w: WarningView; queryKey: readonly unknown[] }) {
  const ft = useFrontlineText();
  const close = useStep<WarningOutcome>(queryKey, `/api/v1/duty-to-warn/${w.id}/outcome`);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    close.mutate({
      outcome: String(form.get('outcome')) as WarningOutcome['outcome'],
      note: String(form.get('note') ?? '').trim(),
    });
  };
  return (
    <form onSubmit={onSubmit} aria-labelledby="warn-outcome-h">
      <h2 id="warn-outcome-h">{ft('fl.warn.outcome')}</h2>
      <div className="field">
        <label htmlFor="warn-outcome">{ft('fl.warn.outcome')}</label>
        <select id="warn-outcome" name="outcome">
          {WARNING_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {ft(`fl.warn.outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="warn-outcome-note">{ft('fl.warn.note')}</label>
        <textarea id="warn-outcome-note" name="note" rows={3} maxLength={2000} />
      </div>
      <FormError error={close.error} />
      <button type="submit" className="primary" disabled={close.isPending}>
        {ft('fl.warn.close')}
      </button>
    </form>
  );
}
