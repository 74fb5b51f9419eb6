import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditItem, AuditList } from '../../shared/contracts/cases.ts';
import { oversight } from '../../shared/i18n/catalogs/oversight.ts';
import { api } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link, useLocation } from '../app/router.tsx';
import { useUser } from '../app/session.ts';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';
import { AuditFilters, type AuditFilterValues } from './audit/AuditFilters.tsx';
import { RevealReason } from './audit/RevealReason.tsx';

/** The audit log, newest first: who (by name) did what (in words) to which record (by reference). */
export function AuditPage() {
  const { t, date } = useI18n();
  const o = useCatalogText(oversight);
  // Supervisors may open the sealed reason of an identity reveal (admins read codes only).
  const mayReadReasons = useUser().role === 'supervisor';
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  // Opened from a case: only the entries about that case.
  const targetId = new URLSearchParams(useLocation().split('?')[1] ?? '').get('target') ?? '';
  const qs = new URLSearchParams({
    page: String(page),
    ...filters,
    ...(/^[0-9a-f-]{36}$/.test(targetId) ? { targetId } : {}),
  }).toString();
  const audit = useQuery({
    queryKey: ['audit', qs],
    queryFn: () => api<AuditList>('GET', `/api/v1/audit?${qs}`),
    placeholderData: keepPreviousData,
  });
  const actionWords = (code: string) => {
    const words = o(`audit.action.${code}` as never);
    return words === `audit.action.${code}` ? code : words;
  };
  const pages = audit.data ? Math.max(1, Math.ceil(audit.data.total / audit.data.pageSize)) : 1;
  return (
    <>
      <h1>{t('console.audit.title')}</h1>
      <p>{t('console.audit.intro')}</p>
      {targetId ? <p className="notice">{t('console.audit.onlyRecord', { id: targetId })}</p> : null}
      <AuditFilters
        filters={filters}
        onApply={(f) => {
          setFilters(f);
          setPage(1);
        }}
      />
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
                    <td>
                      {e.actor ? e.actor.displayName : t(`console.audit.actor.${actorKind(e.actorType)}`)}
                    </td>
                    <td>
                      {actionWords(e.action)}
                      <br />
                      <code className="muted">{e.action}</code>
                    </td>
                    <td>
                      <Target entry={e} />
                    </td>
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

/** A record by what people call it: a case or report by its reference (linked), a person by name. */
function Target({ entry }: { entry: AuditItem }) {
  if (!entry.targetType) return <>—</>;
  if (entry.targetLabel && entry.targetCaseId)
    return <Link to={`${BASE}/cases/${entry.targetCaseId}`}>{entry.targetLabel}</Link>;
  if (entry.targetLabel) return <>{entry.targetLabel}</>;
  return (
    <>
      {entry.targetType} <span className="muted">{entry.targetId ?? ''}</span>
    </>
  );
}

const actorKind = (type: string) =>
  type === 'reporter' || type === 'system' || type === 'cli' || type === 'partner' ? type : 'user';
