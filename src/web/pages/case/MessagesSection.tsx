import { type FormEvent, useState } from 'react';
import type { CaseView, Message } from '../../../shared/contracts/cases.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { errorText, fieldError } from '../../components/states.tsx';
import { useCaseMutation } from './hooks.ts';

/** The thread with the reporter: what they see on their follow-up page, and a reply box. */
export function MessagesSection({ view, messages }: { view: CaseView; messages: Message[] }) {
  const { t, date } = useI18n();
  const [body, setBody] = useState('');
  const reports = view.reports;
  const send = useCaseMutation(view.id, (input: { body: string; reportId?: string }) =>
    api<Message>('POST', `/api/v1/cases/${view.id}/messages`, input),
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const reportId = String(new FormData(e.currentTarget).get('reportId') ?? '');
    send.mutate({ body, ...(reportId ? { reportId } : {}) }, { onSuccess: () => setBody('') });
  };
  const refOf = (reportId: string | null) => reports.find((r) => r.id === reportId)?.reference;
  const bodyError = fieldError(send.error, 'body');
  return (
    <section id="messages" aria-labelledby="messages-h">
      <h2 id="messages-h">{t('console.messages.title')}</h2>
      {messages.length === 0 ? (
        <p className="state state-empty">{t('console.messages.empty')}</p>
      ) : (
        <ol className="thread">
          {messages.map((m) => (
            <li key={m.id} className={`message ${m.direction}`}>
              <p className="message-meta">
                {m.direction === 'from_reporter'
                  ? t('console.messages.fromReporter')
                  : t('console.messages.fromStaff', { name: m.author?.displayName ?? '—' })}
                {' · '}
                {date(m.createdAt)}
                {reports.length > 1 && refOf(m.reportId) ? ` · ${refOf(m.reportId)}` : ''}
                {m.direction === 'to_reporter'
                  ? ` · ${m.readAt ? t('console.messages.read') : t('console.messages.unread')}`
                  : ''}
              </p>
              <div className="message-body">{m.body}</div>
            </li>
          ))}
        </ol>
      )}
      {view.permissions.message && !view.mergedIntoId && reports.length > 0 ? (
        <form onSubmit={onSubmit} className="reply">
          {reports.length > 1 ? (
            <div className="field">
              <label htmlFor="reply-report">{t('console.messages.to')}</label>
              <select id="reply-report" name="reportId" defaultValue={reports[0]?.id}>
                {reports.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.reference}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="reply-body">{t('console.messages.reply')}</label>
            <p className="hint" id="reply-hint">
              {t('console.messages.hint')}
            </p>
            <textarea
              id="reply-body"
              name="body"
              rows={4}
              required
              maxLength={5000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-describedby="reply-hint"
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
              {t('console.messages.sent')}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={send.isPending}>
            {t('console.messages.send')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
