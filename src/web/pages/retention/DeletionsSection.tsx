import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type DeletionDecision,
  type DeletionRequest,
  type DeletionRequestList,
  REFUSAL_REASONS,
  type RefusalReason,
} from '../../../shared/contracts/retention.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { BASE, Link } from '../../app/router.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Empty, ErrorMessage, FormError, Loading } from '../../components/states.tsx';
import { useRetentionText } from './text.ts';

const DELETIONS_KEY = ['retention', 'deletions'] as const;

/** Reporters' deletion requests (supervisors): approve (the report is destroyed) or refuse with a reason. */
export function DeletionsSection() {
  const r = useRetentionText();
  const { date } = useI18n();
  const client = useQueryClient();
  const [approved, setApproved] = useState(false);
  const requests = useQuery({
    queryKey: DELETIONS_KEY,
    queryFn: () => api<DeletionRequestList>('GET', '/api/v1/retention/deletion-requests'),
  });
  const decide = useMutation({
    mutationFn: ({ reportId, decision }: { reportId: string; decision: DeletionDecision }) =>
      api<DeletionRequest>('POST', `/api/v1/retention/deletion-requests/${reportId}/decision`, decision),
    onSuccess: (d) => {
      setApproved(d.decision === 'approved');
      void client.invalidateQueries({ queryKey: ['retention'] });
    },
  });
  const items = requests.data?.items ?? [];
  const state = (d: DeletionRequest) =>
    [
      d.decision === 'refused' && d.refusal
        ? r('retention.deletions.refused', { reason: r(`retention.refusal.${d.refusal}`) })
        : r('retention.deletions.pending'),
      d.held ? r('retention.deletions.held') : null,
      d.referred ? r('retention.deletions.referred') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <section aria-labelledby="retention-deletions">
      <h2 id="retention-deletions">{r('retention.deletions.title')}</h2>
      <p>{r('retention.deletions.intro')}</p>
      {approved ? <p role="status">{r('retention.deletions.approved')}</p> : null}
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />
      ) : null}
      {requests.data && items.length === 0 ? <Empty>{r('retention.deletions.none')}</Empty> : null}
      {items.length > 0 ? (
        <DataTable
          caption={r('retention.deletions.title')}
          headers={[
            r('retention.deletions.report'),
            r('retention.deletions.case'),
            r('retention.deletions.requestedAt'),
            r('retention.deletions.state'),
            r('retention.holds.actions'),
          ]}
        >
          {items.map((d) => (
            <tr key={d.reportId}>
              <td>{d.reference}</td>
              <td>
                <Link to={`${BASE}/cases/${d.caseId}`}>{d.caseReference}</Link>
              </td>
              <td>{date(d.requestedAt)}</td>
              <td>{state(d)}</td>
              <td className="actions">
                <Decide
                  request={d}
                  pending={decide.isPending}
                  onDecide={(decision) => decide.mutate({ reportId: d.reportId, decision })}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <FormError error={decide.error} />
    </section>
  );
}

function Decide({
  request,
  pending,
  onDecide,
}: {
  request: DeletionRequest;
  pending: boolean;
  onDecide: (d: DeletionDecision) => void;
}) {
  const r = useRetentionText();
  const [refusal, setRefusal] = useState<RefusalReason>(request.held ? 'legal_hold' : 'legal_obligation');
  const id = `refusal-${request.reportId}`;
  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={pending || request.held}
        onClick={() => onDecide({ decision: 'approve' })}
      >
        {r('retention.deletions.approve')}
        <span className="visually-hidden"> {request.reference}</span>
      </button>
      <label htmlFor={id}>
        {r('retention.deletions.refusal')}
        <span className="visually-hidden"> {request.reference}</span>
      </label>
      <select id={id} value={refusal} onChange={(e) => setRefusal(e.target.value as RefusalReason)}>
        {REFUSAL_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {r(`retention.refusal.${reason}`)}
          </option>
        ))}
      </select>
      <button type="button" disabled={pending} onClick={() => onDecide({ decision: 'refuse', refusal })}>
        {r('retention.deletions.refuse')}
        <span className="visually-hidden"> {request.reference}</span>
      </button>
    </>
  );
}
