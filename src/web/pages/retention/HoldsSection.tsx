import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  HOLD_BASES,
  type LegalHold,
  type LegalHoldList,
  type PlaceHold,
} from '../../../shared/contracts/retention.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { BASE, Link } from '../../app/router.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Empty, ErrorMessage, FormError, fieldError, Loading } from '../../components/states.tsx';
import { useRetentionText } from './text.ts';

const HOLDS_KEY = ['retention', 'holds'] as const;

/** Legal holds (supervisors): place one with its basis, reason and review date; review or lift each. */
export function HoldsSection() {
  const r = useRetentionText();
  const { date } = useI18n();
  const client = useQueryClient();
  const holds = useQuery({
    queryKey: HOLDS_KEY,
    queryFn: () => api<LegalHoldList>('GET', '/api/v1/retention/holds'),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['retention'] });
  const [placed, setPlaced] = useState(false);
  const place = useMutation({
    mutationFn: (body: PlaceHold) => api<LegalHold>('POST', '/api/v1/retention/holds', body),
    onSuccess: () => {
      setPlaced(true);
      refresh();
    },
  });
  const onPlace = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setPlaced(false);
    const form = new FormData(e.currentTarget);
    const field = (name: string) => String(form.get(name) ?? '');
    place.mutate({
      reference: field('reference'),
      basis: field('basis') as PlaceHold['basis'],
      reason: field('reason'),
      reviewOn: field('reviewOn'),
    });
  };
  const error = (field: string) => fieldError(place.error, field);
  const described = (field: string) => (error(field) ? `hold-${field}-error` : undefined);
  const items = holds.data?.items ?? [];

  return (
    <section aria-labelledby="retention-holds">
      <h2 id="retention-holds">{r('retention.holds.title')}</h2>
      <p>{r('retention.holds.intro')}</p>
      <form onSubmit={onPlace} noValidate className="stack">
        <h3>{r('retention.holds.place')}</h3>
        <label htmlFor="hold-reference">{r('retention.holds.reference')}</label>
        <input id="hold-reference" name="reference" required aria-describedby={described('reference')} />
        <FieldError id="hold-reference-error" text={error('reference')} />
        <label htmlFor="hold-basis">{r('retention.holds.basis')}</label>
        <select id="hold-basis" name="basis" defaultValue="police_investigation">
          {HOLD_BASES.map((b) => (
            <option key={b} value={b}>
              {r(`retention.basis.${b}`)}
            </option>
          ))}
        </select>
        <label htmlFor="hold-reason">{r('retention.holds.reason')}</label>
        <textarea id="hold-reason" name="reason" rows={3} required aria-describedby={described('reason')} />
        <FieldError id="hold-reason-error" text={error('reason')} />
        <label htmlFor="hold-reviewOn">{r('retention.holds.reviewOn')}</label>
        <input
          id="hold-reviewOn"
          name="reviewOn"
          type="date"
          required
          aria-describedby={described('reviewOn')}
        />
        <FieldError id="hold-reviewOn-error" text={error('reviewOn')} />
        <p>
          <button type="submit" className="primary" disabled={place.isPending}>
            {r('retention.holds.submit')}
          </button>
        </p>
        {placed ? <p role="status">{r('retention.holds.placed')}</p> : null}
        <FormError error={place.error} />
      </form>
      {holds.isPending ? <Loading /> : null}
      {holds.isError ? <ErrorMessage error={holds.error} onRetry={() => void holds.refetch()} /> : null}
      {holds.data && items.length === 0 ? <Empty>{r('retention.holds.none')}</Empty> : null}
      {items.length > 0 ? (
        <DataTable
          caption={r('retention.holds.title')}
          headers={[
            r('retention.holds.reference'),
            r('retention.holds.basis'),
            r('retention.holds.reason'),
            r('retention.holds.placedBy'),
            r('retention.holds.placedAt'),
            r('retention.holds.status'),
            r('retention.holds.actions'),
          ]}
        >
          {items.map((h) => (
            <tr key={h.id}>
              <td>
                <Link to={`${BASE}/cases/${h.caseId}`}>{h.reference}</Link>
              </td>
              <td>{r(`retention.basis.${h.basis}`)}</td>
              <td>{h.reason}</td>
              <td>{h.placedBy}</td>
              <td>{date(h.placedAt, false)}</td>
              <td>
                {h.liftedAt
                  ? r('retention.holds.lifted', { date: date(h.liftedAt, false) })
                  : h.reviewDue
                    ? r('retention.holds.reviewDue')
                    : r('retention.holds.active')}
                {h.liftedAt ? null : (
                  <div className="hint">
                    {r('retention.holds.nextReview')}: {date(h.reviewOn, false)}
                  </div>
                )}
              </td>
              <td className="actions">{h.liftedAt ? null : <HoldActions hold={h} onDone={refresh} />}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p className="field-error" id={id}>
      {text}
    </p>
  ) : null;
}

/** Reviewed (keep, with the next review date) or lifted. */
function HoldActions({ hold, onDone }: { hold: LegalHold; onDone: () => void }) {
  const r = useRetentionText();
  const [reviewOn, setReviewOn] = useState(hold.reviewOn);
  const review = useMutation({
    mutationFn: () => api<LegalHold>('POST', `/api/v1/retention/holds/${hold.id}/review`, { reviewOn }),
    onSuccess: onDone,
  });
  const lift = useMutation({
    mutationFn: () => api<LegalHold>('POST', `/api/v1/retention/holds/${hold.id}/lift`),
    onSuccess: onDone,
  });
  const id = `review-${hold.id}`;
  return (
    <>
      <label htmlFor={id}>
        {r('retention.holds.nextReview')}
        <span className="visually-hidden"> {hold.reference}</span>
      </label>
      <input id={id} type="date" value={reviewOn} onChange={(e) => setReviewOn(e.target.value)} />
      <button type="button" disabled={review.isPending} onClick={() => review.mutate()}>
        {r('retention.holds.reviewed')}
        <span className="visually-hidden"> {hold.reference}</span>
      </button>
      <button type="button" disabled={lift.isPending} onClick={() => lift.mutate()}>
        {r('retention.holds.lift')}
        <span className="visually-hidden"> {hold.reference}</span>
      </button>
      <FormError error={review.error ?? lift.error} />
    </>
  );
}
