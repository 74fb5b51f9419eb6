import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { ReferralMessage, ReferralMessageList } from '../../shared/contracts/referrals.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { Empty, ErrorMessage, errorText, fieldError, Loading } from '../components/states.tsx';
import { useReferralText } from './text.ts';

/**
 * The thread between the partner and the focal point on one referral, on both sides: the partner portal
 * (`side="partner"`) and the case page (`side="staff"`, titled with the partner's name). `canWrite` is
 * false for readers who only read (intake officers).
 */
export function ReferralMessages({
  referralId,
  side,
  orgName,
  canWrite,
}: {
  referralId: string;
  side: 'partner' | 'staff';
  orgName: string;
  canWrite: boolean;
}) {
  const rt = useReferralText();
  const { t, date } = useI18n();
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const key = ['referral-messages', referralId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api<ReferralMessageList>('GET', `/api/v1/referrals/${referralId}/messages`),
  });
  const send = useMutation({
    mutationFn: (text: string) =>
      api<ReferralMessage>('POST', `/api/v1/referrals/${referralId}/messages`, { body: text }),
    onSuccess: async () => {
      setBody('');
      await client.invalidateQueries({ queryKey: key });
    },
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    send.mutate(body);
  };
  const who = (m: ReferralMessage) => {
    if (m.mine && side === 'partner') return rt('referrals.messages.fromYou');
    if (m.from === 'focal_point') {
      return m.author
        ? rt('referrals.messages.fromFocalPointNamed', { name: m.author })
        : rt('referrals.messages.fromFocalPoint');
    }
    return rt('referrals.messages.fromPartner', { org: orgName, name: m.author ?? '' });
  };
  const id = `referral-messages-${referralId}`;
  const bodyError = fieldError(send.error, 'body');
  const title =
    side === 'staff' ? rt('referrals.messages.staffTitle', { org: orgName }) : rt('referrals.messages.title');
  return (
    <section aria-labelledby={`${id}-h`}>
      {side === 'staff' ? <h3 id={`${id}-h`}>{title}</h3> : <h2 id={`${id}-h`}>{title}</h2>}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <Empty>{rt('referrals.messages.empty')}</Empty> : null}
      {list.data && list.data.items.length > 0 ? (
        <ol className="thread">
          {list.data.items.map((m) => (
            <li key={m.id} className={`message ${m.mine ? 'to_reporter' : 'from_reporter'}`}>
              <p className="message-meta">
                {who(m)} · {date(m.at)}
              </p>
              <div className="message-body">{m.body}</div>
            </li>
          ))}
        </ol>
      ) : null}
      {canWrite ? (
        <form onSubmit={onSubmit} className="reply">
          <div className="field">
            <label htmlFor={`${id}-body`}>{rt('referrals.messages.label')}</label>
            <p className="hint" id={`${id}-hint`}>
              {side === 'partner' ? rt('referrals.messages.hintPartner') : rt('referrals.messages.hintStaff')}
            </p>
            <textarea
              id={`${id}-body`}
              name="body"
              rows={3}
              required
              maxLength={5000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-describedby={`${id}-hint`}
              aria-invalid={bodyError ? true : undefined}
            />
          </div>
          {send.isError ? (
            <p className="form-error" role="alert">
              {bodyError ?? errorText(send.error, t)}
            </p>
          ) : null}
          {send.isSuccess ? (
            <p className="form-ok" role="status">
              {rt('referrals.messages.sent')}
            </p>
          ) : null}
          <button type="submit" disabled={send.isPending}>
            {rt('referrals.messages.send')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
