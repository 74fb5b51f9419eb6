import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type {
  NewReferral,
  PartnerOrgList,
  Referral,
  ReferralBasis,
  ReferralList,
} from '../../shared/contracts/referrals.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useUser } from '../app/session.ts';
import { Empty, ErrorMessage, errorText, fieldError, Loading } from '../components/states.tsx';
import { useCaseMutation } from '../pages/case/hooks.ts';
import { ReferralMessages } from './ReferralMessages.tsx';
import { useReferralText } from './text.ts';

/**
 * The referrals of one case, for the staff case page: each referral with its partner, basis, whether the
 * partner acknowledged it (overdue ones flagged), and its outcome; a supervisor approves a pending
 * imminent-danger override; caseworkers and supervisors refer. Mount as `<CaseReferrals caseId={id} />`.
 */
export function CaseReferrals({ caseId }: { caseId: string }) {
  const rt = useReferralText();
  const { date } = useI18n();
  const user = useUser();
  const key = ['referrals', 'case', caseId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api<ReferralList>('GET', `/api/v1/referrals?caseId=${encodeURIComponent(caseId)}`),
  });
  // Referring (or approving an override, which sends) moves the case to "referred": the case is refreshed too.
  const approve = useCaseMutation(
    caseId,
    (id: string) => api<Referral>('POST', `/api/v1/referrals/${id}/approve`),
    [key],
  );
  const { t } = useI18n();
  const mayRefer = user.role === 'caseworker' || user.role === 'supervisor';
  return (
    <section id="referrals" aria-labelledby="referrals-h">
      <h2 id="referrals-h">{rt('referrals.staff.title')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>{rt('referrals.staff.empty')}</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{rt('referrals.staff.partner')}</th>
                <th scope="col">{rt('referrals.portal.basis')}</th>
                <th scope="col">{rt('referrals.portal.sentAt')}</th>
                <th scope="col">{rt('referrals.portal.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{r.partnerOrg.name}</td>
                  <td>{rt(`referrals.basis.${r.basis}`)}</td>
                  <td>{date(r.sentAt)}</td>
                  <td className={r.ackOverdue || r.consentWithdrawn ? 'overdue' : undefined}>
                    {r.status === 'pending_approval' ? (
                      <>
                        {rt('referrals.staff.pending')}
                        {user.role === 'supervisor' ? (
                          <>
                            {' '}
                            <button
                              type="button"
                              onClick={() => approve.mutate(r.id)}
                              disabled={approve.isPending}
                            >
                              {rt('referrals.staff.approve')}
                              <span className="visually-hidden"> {r.partnerOrg.name}</span>
                            </button>
                          </>
                        ) : null}
                      </>
                    ) : r.consentWithdrawn ? (
                      rt('referrals.portal.consentWithdrawn')
                    ) : r.outcome ? (
                      rt(`referrals.outcome.${r.outcome}`)
                    ) : r.acknowledgedAt ? (
                      rt('referrals.portal.acknowledgedAt', { date: date(r.acknowledgedAt, false) })
                    ) : r.ackOverdue ? (
                      rt('referrals.portal.overdue')
                    ) : (
                      rt('referrals.portal.awaitingAck')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {approve.isError ? (
        <p className="form-error" role="alert">
          {errorText(approve.error, t)}
        </p>
      ) : null}
      {(list.data?.items ?? [])
        .filter((r) => r.status === 'sent')
        .map((r) => (
          <ReferralMessages
            key={r.id}
            referralId={r.id}
            side="staff"
            orgName={r.partnerOrg.name}
            canWrite={mayRefer}
          />
        ))}
      {mayRefer ? <NewReferralForm caseId={caseId} refresh={key} /> : null}
    </section>
  );
}

function NewReferralForm({ caseId, refresh }: { caseId: string; refresh: readonly string[] }) {
  const rt = useReferralText();
  const { t } = useI18n();
  const [basis, setBasis] = useState<ReferralBasis>('consent');
  const orgs = useQuery({
    queryKey: ['partner-orgs'],
    queryFn: () => api<PartnerOrgList>('GET', '/api/v1/partner-orgs'),
  });
  const create = useCaseMutation(
    caseId,
    (body: NewReferral) => api<Referral>('POST', `/api/v1/cases/${caseId}/referrals`, body),
    [refresh],
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const overrideReason = String(form.get('overrideReason') ?? '').trim();
    create.mutate({
      partnerOrgId: String(form.get('partnerOrgId') ?? ''),
      basis,
      purpose: String(form.get('purpose') ?? '').trim(),
      note: String(form.get('note') ?? '').trim(),
      ...(basis === 'imminent_danger' ? { overrideReason } : {}),
    });
  };
  const problem = (field: string) => fieldError(create.error, field);
  return (
    <form onSubmit={onSubmit} aria-labelledby="referral-new-h">
      <h3 id="referral-new-h">{rt('referrals.staff.new')}</h3>
      <div className="field">
        <label htmlFor="referral-org">{rt('referrals.staff.partner')}</label>
        <select id="referral-org" name="partnerOrgId" required defaultValue="">
          <option value="" disabled>
            {rt('referrals.staff.choose')}
          </option>
          {(orgs.data?.items ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.jurisdiction})
            </option>
          ))}
        </select>
        {problem('partnerOrgId') ? <p className="field-error">{problem('partnerOrgId')}</p> : null}
      </div>
      <fieldset className="field">
        <legend>{rt('referrals.portal.basis')}</legend>
        <p className="hint">{rt('referrals.staff.basisHint')}</p>
        {(['consent', 'imminent_danger'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name="basis" value={b} checked={basis === b} onChange={() => setBasis(b)} />{' '}
            {rt(`referrals.basis.${b}`)}
          </label>
        ))}
      </fieldset>
      {basis === 'imminent_danger' ? (
        <div className="field">
          <label htmlFor="referral-override">{rt('referrals.staff.overrideReason')}</label>
          <p className="hint" id="referral-override-hint">
            {rt('referrals.staff.overrideHint')}
          </p>
          <textarea
            id="referral-override"
            name="overrideReason"
            rows={3}
            required
            maxLength={2000}
            aria-describedby="referral-override-hint"
          />
          {problem('overrideReason') ? <p className="field-error">{problem('overrideReason')}</p> : null}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="referral-purpose">{rt('referrals.portal.purpose')}</label>
        <input id="referral-purpose" name="purpose" required maxLength={500} />
        {problem('purpose') ? <p className="field-error">{problem('purpose')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor="referral-note">{rt('referrals.portal.note')}</label>
        <textarea id="referral-note" name="note" rows={3} maxLength={5000} />
      </div>
      <button type="submit" className="primary" disabled={create.isPending}>
        {rt('referrals.staff.submit')}
      </button>
      {create.isSuccess ? (
        <p className="form-ok" role="status">
          {rt('referrals.staff.sent')}
        </p>
      ) : null}
      {create.isError ? (
        <p className="form-error" role="alert">
          {errorText(create.error, t)}
        </p>
      ) : null}
    </form>
  );
}
