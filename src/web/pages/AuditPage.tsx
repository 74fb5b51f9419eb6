import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { AuditList } from '../../shared/contracts/cases.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useLocation } from '../app/router.tsx';
import { useUser } from '../app/session.ts';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';
import { RevealReason } from './audit/RevealReason.tsx';

/** The audit log, newest first: who did what to which record, codes only. */
export function AuditPage() {
  const { t, date } = useI18n();
  // Supervisors may open the sealed reason of an identity reveal (admins read codes only).
  const mayReadReasons = useUser().role === 'supervisor';
  const [action, setAction] = useState('');
  const [page, setPage] = useState(1);
  // Opened from a case: only the entries about that case.
  const targetId = new URLSearchParams(useLocation().split('?')[1] ?? '').get('target') ?? '';
  const qs = new URLSearchParams({
    page: String(page),
    ...(action ? { action } : {}),
    ...(/^[0-9a-f-]{36}$/.test(targetId) ? { targetId } : {}),
  }).toString();
  const audit = useQuery({
    queryKey: ['audit', qs],
    queryFn: () => api<AuditList>('GET', `/api/v1/audit?${qs}`),
    placeholderData: keepPreviousData,
  });
  const onFilter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setAction(
      String(new FormData(e.currentTarget).get('action') ?? '')
        .trim()
        .toLowerCase(),
    );
    setPage(1);
  };
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1;
  return (
    <>
      <h1>{t('console.audit.title')}</h1>
      <p>{t('console.audit.intro')}</p>
      {targetId ? <p className="notice">{t('console.audit.onlyRecord', { id: targetId })}</p> : null}
      <form className="filters" onSubmit={onFilter} aria-label={t('console.audit.filter')}>
        <div className="field">
          <label htmlFor="audit-action">{t('console.audit.action')}</label>
          <input id="audit-action" name="action" defaultValue={action} placeholder="case.identity" />
        </div>
        <button type="submit">{t('console.queue.apply')}</button>
      </form>
      {audit.isPending ? <Loading /> : null}
      {audit.isError ? <ErrorMessage error={audit.error} onRetry={() => void audit.refetch()} /> : null}
      {audit.data && audit.data.items.length === 0 ? <Empty>{t('console.audit.empty')}</Empty> : null}
      {audit.data && audit.data.items.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="audit">
              <caption className="visually-hidden">{t('console.audit.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('console.audit.when')}</th>
                  <th scope="col">{t('console.audit.who')}</th>
                  <th scope="col">{t('console.audit.action')}</th>
                  <th scope="col">{t('console.audit.target')}</th>
                  <th scope="col">{t('console.audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((e) => (
                  <tr key={e.seq}>
                    <td>{e.seq}</td>
                    <td>{date(e.at)}</td>
                    <td>{e.actor ? e.actor.email : t(`console.audit.actor.${actorKind(e.actorType)}`)}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>{e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—'}</td>
                    <td>
                      {e.meta
                        ? Object.entries(e.meta)
                            .map(([k, v]) => `${k}=${String(v)}`)
                            .join(', ')
                        : ''}
                      {mayReadReasons && e.action === 'case.identity.revealed' && e.meta?.reveal ? (
                        <RevealReason seq={e.seq} />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className="pager" aria-label={t('console.pager.label')}>
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('console.pager.previous')}
              </button>
              <span>{t('console.pager.page', { page, pages })}</span>
              <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('console.pager.next')}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}

const actorKind = (type: string) =>
  type === 'reporter' || type === 'system' || type === 'cli' || type === 'partner' ? type : 'user';
