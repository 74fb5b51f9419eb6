import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  REFERRAL_OUTCOMES,
  type Referral,
  type ReferralList,
  type ReferralOutcome,
  type ReferralPatch,
  type ReferralSummary,
} from '../../shared/contracts/referrals.ts';
import { extensionFor } from '../../shared/evidence-files.ts';
import { api, download } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { Empty, ErrorMessage, errorText, Loading } from '../components/states.tsx';
import { ReferralMessages } from './ReferralMessages.tsx';
import { type ReferralText, useReferralText } from './text.ts';

/**
 * The partner portal: a partner user sees the referrals sent to their organisation (the API answers
 * nothing else), downloads the package and the evidence (each download audited server-side),
 * acknowledges receipt, gives their reference number and reports the outcome. Mounted by the console
 * for the `partner` role in place of the case queue.
 */
export function PartnerPortal() {
  const [openId, setOpenId] = useState<string | null>(null);
  return openId ? (
    <ReferralDetail id={openId} onBack={() => setOpenId(null)} />
  ) : (
    <ReferralTable onOpen={setOpenId} />
  );
}

function stateText(
  r: ReferralSummary,
  rt: ReferralText,
  date: (iso: string | null, withTime?: boolean) => string,
) {
  if (r.consentWithdrawn) return rt('referrals.portal.consentWithdrawn');
  if (r.outcome) return rt(`referrals.outcome.${r.outcome}`);
  if (r.acknowledgedAt) return rt('referrals.portal.acknowledgedAt', { date: date(r.acknowledgedAt, false) });
  return r.ackOverdue ? rt('referrals.portal.overdue') : rt('referrals.portal.awaitingAck');
}

function ReferralTable({ onOpen }: { onOpen: (id: string) => void }) {
  const rt = useReferralText();
  const { date } = useI18n();
  const list = useQuery({
    queryKey: ['referrals'],
    queryFn: () => api<ReferralList>('GET', '/api/v1/referrals'),
  });
  return (
    <>
      <h1>{rt('referrals.portal.title')}</h1>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>{rt('referrals.portal.empty')}</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{rt('referrals.portal.case')}</th>
                <th scope="col">{rt('referrals.portal.sentAt')}</th>
                <th scope="col">{rt('referrals.portal.purpose')}</th>
                <th scope="col">{rt('referrals.portal.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{rt('referrals.portal.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>{r.caseReference}</td>
                  <td>{date(r.sentAt)}</td>
                  <td>{r.purpose}</td>
                  <td className={r.ackOverdue || r.consentWithdrawn ? 'overdue' : undefined}>
                    {stateText(r, rt, date)}
                  </td>
                  <td className="actions">
                    <button type="button" onClick={() => onOpen(r.id)}>
                      {rt('referrals.portal.open')}
                      <span className="visually-hidden"> {r.caseReference}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

function ReferralDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const rt = useReferralText();
  const { date } = useI18n();
  const referral = useQuery({
    queryKey: ['referral', id],
    queryFn: () => api<Referral>('GET', `/api/v1/referrals/${id}`),
  });
  return (
    <>
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          {rt('referrals.portal.back')}
        </button>
      </p>
      {referral.isPending ? <Loading /> : null}
      {referral.isError ? (
        <ErrorMessage error={referral.error} onRetry={() => void referral.refetch()} />
      ) : null}
      {referral.data ? <ReferralView referral={referral.data} rt={rt} date={date} /> : null}
    </>
  );
}

function ReferralView({
  referral: r,
  rt,
  date,
}: {
  referral: Referral;
  rt: ReferralText;
  date: (iso: string | null, withTime?: boolean) => string;
}) {
  const { t, locale } = useI18n();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const fetchFile = (path: string, name: string) => {
    setDownloadError(null);
    download('GET', path, name).catch(setDownloadError);
  };
  const base = `/api/v1/referrals/${r.id}`;
  return (
    <>
      <h1>
        {rt('referrals.package.referral')} {r.caseReference}
      </h1>
      {r.consentWithdrawn ? (
        <p className="notice" role="alert">
          {rt('referrals.portal.consentWithdrawn')}
        </p>
      ) : null}
      {r.deletionRequested ? <p className="notice">{rt('referrals.portal.deletionRequested')}</p> : null}
      <dl className="facts">
        <dt>{rt('referrals.portal.sentAt')}</dt>
        <dd>{date(r.sentAt)}</dd>
        <dt>{rt('referrals.portal.basis')}</dt>
        <dd>{rt(`referrals.basis.${r.basis}`)}</dd>
        <dt>{rt('referrals.portal.purpose')}</dt>
        <dd>{r.purpose}</dd>
        {r.note ? (
          <>
            <dt>{rt('referrals.portal.note')}</dt>
            <dd className="narrative">{r.note}</dd>
          </>
        ) : null}
        <dt>{rt('referrals.portal.status')}</dt>
        <dd className={r.ackOverdue ? 'overdue' : undefined}>{stateText(r, rt, date)}</dd>
      </dl>

      <section aria-labelledby="referral-downloads">
        <h2 id="referral-downloads">{rt('referrals.portal.downloads')}</h2>
        {r.packageSha256 ? (
          <p className="sha">{rt('referrals.portal.packageHash', { hash: r.packageSha256 })}</p>
        ) : null}
        <p className="actions">
          <button
            type="button"
            disabled={r.consentWithdrawn}
            onClick={() => fetchFile(`${base}/package.pdf?lang=${locale}`, `referral-${r.caseReference}.pdf`)}
          >
            {rt('referrals.portal.downloadPdf')}
          </button>{' '}
          <button
            type="button"
            disabled={r.consentWithdrawn}
            onClick={() => fetchFile(`${base}/package.json`, `referral-${r.caseReference}.json`)}
          >
            {rt('referrals.portal.downloadJson')}
          </button>
        </p>
        <h3>{rt('referrals.portal.evidence')}</h3>
        {r.originalsAvailable && r.evidence.length > 0 ? (
          <p className="hint" id="referral-original-hint">
            {rt('referrals.portal.originalHint')}
          </p>
        ) : null}
        {r.evidence.length === 0 ? <Empty>{rt('referrals.package.none')}</Empty> : null}
        <ol className="evidence">
          {r.evidence.map((f, i) => (
            <li key={f.fileId}>
              <p>
                {rt('referrals.portal.fileLine', {
                  n: i + 1,
                  type: f.mediaType,
                  size: f.sizeBytes,
                  date: date(f.receivedAt),
                })}
              </p>
              <p className="sha">SHA-256: {f.sha256Original}</p>
              <p className="actions">
                {f.sha256Sanitised ? (
                  <button
                    type="button"
                    disabled={r.consentWithdrawn}
                    onClick={() =>
                      fetchFile(
                        `${base}/evidence/${f.fileId}`,
                        `${r.caseReference}-file-${i + 1}-sanitised.${extensionFor(f.mediaType)}`,
                      )
                    }
                  >
                    {rt('referrals.portal.downloadFile', { n: i + 1 })}
                  </button>
                ) : null}{' '}
                {r.originalsAvailable ? (
                  <button
                    type="button"
                    disabled={r.consentWithdrawn}
                    aria-describedby="referral-original-hint"
                    onClick={() =>
                      fetchFile(
                        `${base}/evidence/${f.fileId}?copy=original`,
                        `${r.caseReference}-file-${i + 1}-original.${extensionFor(f.mediaType)}`,
                      )
                    }
                  >
                    {rt('referrals.portal.downloadOriginal', { n: i + 1 })}
                  </button>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
        {downloadError ? (
          <p className="form-error" role="alert">
            {errorText(downloadError, t)}
          </p>
        ) : null}
      </section>

      <AnswerForm referral={r} rt={rt} />

      <ReferralMessages referralId={r.id} side="partner" orgName={r.partnerOrg.name} canWrite />

      <section aria-labelledby="referral-history">
        <h2 id="referral-history">{rt('referrals.portal.history')}</h2>
        <ol className="timeline">
          {r.events.map((e) => (
            <li key={`${e.at}-${e.kind}-${e.outcome ?? ''}`}>
              <span>{date(e.at)}</span>{' '}
              {e.kind === 'outcome' && e.outcome
                ? rt('referrals.portal.event.outcome', { outcome: rt(`referrals.outcome.${e.outcome}`) })
                : rt(`referrals.portal.event.${e.kind}`)}
              {e.note ? <p className="narrative">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function AnswerForm({ referral: r, rt }: { referral: Referral; rt: ReferralText }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const answer = useMutation({
    mutationFn: (patch: ReferralPatch) => api<Referral>('PATCH', `/api/v1/referrals/${r.id}`, patch),
    onSuccess: (updated) => {
      client.setQueryData(['referral', r.id], updated);
      void client.invalidateQueries({ queryKey: ['referrals'] });
    },
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const reference = String(form.get('partnerReference') ?? '').trim();
    const outcome = String(form.get('outcome') ?? '');
    const note = String(form.get('outcomeNote') ?? '').trim();
    const patch: ReferralPatch = {};
    if (!r.acknowledgedAt) patch.acknowledge = true;
    if (reference && reference !== r.partnerReference) patch.partnerReference = reference;
    if (outcome) {
      patch.outcome = outcome as ReferralOutcome;
      if (note) patch.outcomeNote = note;
    }
    if (Object.keys(patch).length > 0) answer.mutate(patch);
  };
  return (
    <section aria-labelledby="referral-answer">
      <h2 id="referral-answer">{rt('referrals.portal.answer')}</h2>
      {!r.acknowledgedAt ? (
        <p>
          <button type="button" className="primary" onClick={() => answer.mutate({ acknowledge: true })}>
            {rt('referrals.portal.acknowledge')}
          </button>
        </p>
      ) : null}
      {/* Remounted after each saved outcome, so the fields show what was saved and the note box empties. */}
      <form key={`${r.outcomeAt ?? ''}${r.partnerReference ?? ''}`} onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor="referral-reference">{rt('referrals.portal.reference')}</label>
          <input
            id="referral-reference"
            name="partnerReference"
            defaultValue={r.partnerReference ?? ''}
            maxLength={100}
            autoComplete="off"
          />
        </div>
        <div className="field">
          <label htmlFor="referral-outcome">{rt('referrals.portal.outcome')}</label>
          <select id="referral-outcome" name="outcome" defaultValue={r.outcome ?? ''}>
            <option value="">{rt('referrals.portal.outcomeNone')}</option>
            {REFERRAL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {rt(`referrals.outcome.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="referral-outcome-note">{rt('referrals.portal.outcomeNote')}</label>
          <textarea id="referral-outcome-note" name="outcomeNote" rows={4} maxLength={5000} />
        </div>
        <button type="submit" disabled={answer.isPending}>
          {rt('referrals.portal.save')}
        </button>
      </form>
      {answer.isSuccess ? (
        <p className="form-ok" role="status">
          {rt('referrals.portal.saved')}
        </p>
      ) : null}
      {answer.isError ? (
        <p className="form-error" role="alert">
          {errorText(answer.error, t)}
        </p>
      ) : null}
    </section>
  );
}
