import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseList } from '../../shared/contracts/cases.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { useUser } from '../app/session.ts';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';
import { FilterForm } from './queue/FilterForm.tsx';
import { DEFAULT_FILTERS, type FilterValues, queueQuery } from './queue/filters.ts';
import { HeldBanner } from './queue/HeldBanner.tsx';
import { QueueTable } from './queue/QueueTable.tsx';
import { SavedViews } from './queue/SavedViews.tsx';

/**
 * The triage queue: risk first, then the oldest; each row a summary line to triage by; filters and saved
 * views to narrow it down; what has missed its acknowledgement target stands out.
 */
export function QueuePage() {
  const { t } = useI18n();
  const user = useUser();
  const readsContent = user.role !== 'analyst';
  const [filters, setFilters] = useState<FilterValues>(DEFAULT_FILTERS);
  const [page, setPage] = useState(1);
  const [showHeld, setShowHeld] = useState(false);
  const qs = queueQuery(filters, page, showHeld);
  const cases = useQuery({
    queryKey: ['cases', qs],
    queryFn: () => api<CaseList>('GET', `/api/v1/cases?${qs}`),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const apply = (next: FilterValues) => {
    setFilters(next);
    setPage(1);
  };
  const pages = cases.data ? Math.max(1, Math.ceil(cases.data.total / cases.data.pageSize)) : 1;
  return (
    <>
      <h1>{user.role === 'caseworker' ? t('console.queue.mine') : t('console.queue.title')}</h1>
      {cases.data && (user.role === 'intake_officer' || user.role === 'supervisor') ? (
        <HeldBanner
          held={cases.data.held}
          showing={showHeld}
          onShow={(show) => {
            setShowHeld(show);
            setPage(1);
          }}
        />
      ) : null}
      <SavedViews filters={filters} onOpen={apply} />
      <FilterForm
        filters={filters}
        readsContent={readsContent}
        canChooseAssignee={user.role !== 'caseworker'}
        onApply={apply}
      />

      {cases.isPending ? <Loading /> : null}
      {cases.isError ? <ErrorMessage error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      {cases.data && cases.data.items.length === 0 ? <Empty>{t('console.queue.empty')}</Empty> : null}
      {cases.data && cases.data.items.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">
            {t('console.queue.count', { total: cases.data.total })}
          </p>
          <QueueTable items={cases.data.items} />
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
