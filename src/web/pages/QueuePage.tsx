import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CASE_STATUSES, type CaseList, RISKS } from '../../shared/contracts/cases.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { useUser } from '../app/session.ts';
import { OverdueBadge, RiskBadge, StatusBadge } from '../components/badges.tsx';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';
import { CallbackBadge, EscalatedBadge } from '../frontline/badges.tsx';
import { HeldBanner } from './queue/HeldBanner.tsx';

type Filters = { reference: string; status: string; risk: string; assignee: string };
const DEFAULTS: Filters = { reference: '', status: 'open', risk: '', assignee: '' };

function queryString(f: Filters, page: number) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  p.set('page', String(page));
  return p.toString();
}

/** The triage queue: risk first, then the oldest; what has missed its acknowledgement target stands out. */
export function QueuePage() {
  const { t, date } = useI18n();
  const user = useUser();
  const [filters, setFilters] = useState<Filters>(DEFAULTS);
  const [page, setPage] = useState(1);
  const [showHeld, setShowHeld] = useState(false);
  const qs = `${queryString(filters, page)}${showHeld ? '&held=only' : ''}`;
  const cases = useQuery({
    queryKey: ['cases', qs],
    queryFn: () => api<CaseList>('GET', `/api/v1/cases?${qs}`),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
  const onFilter = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setFilters({
      reference: String(form.get('reference') ?? '').trim(),
      status: String(form.get('status') ?? ''),
      risk: String(form.get('risk') ?? ''),
      assignee: String(form.get('assignee') ?? ''),
    });
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
      <form className="filters" onSubmit={onFilter} aria-label={t('console.queue.filters')}>
        <div className="field">
          <label htmlFor="f-reference">{t('console.queue.reference')}</label>
          <input id="f-reference" name="reference" defaultValue={filters.reference} placeholder="FP-" />
        </div>
        <div className="field">
          <label htmlFor="f-status">{t('console.queue.status')}</label>
          <select id="f-status" name="status" defaultValue={filters.status}>
            <option value="open">{t('console.queue.statusOpen')}</option>
            <option value="">{t('console.queue.any')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`console.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-risk">{t('console.queue.risk')}</label>
          <select id="f-risk" name="risk" defaultValue={filters.risk}>
            <option value="">{t('console.queue.any')}</option>
            {RISKS.map((r) => (
              <option key={r} value={r}>
                {t(`console.risk.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {user.role !== 'caseworker' ? (
          <div className="field">
            <label htmlFor="f-assignee">{t('console.queue.assignee')}</label>
            <select id="f-assignee" name="assignee" defaultValue={filters.assignee}>
              <option value="">{t('console.queue.anyone')}</option>
              <option value="me">{t('console.queue.me')}</option>
              <option value="none">{t('console.queue.unassigned')}</option>
            </select>
          </div>
        ) : null}
        <button type="submit">{t('console.queue.apply')}</button>
      </form>

      {cases.isPending ? <Loading /> : null}
      {cases.isError ? <ErrorMessage error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      {cases.data && cases.data.items.length === 0 ? <Empty>{t('console.queue.empty')}</Empty> : null}
      {cases.data && cases.data.items.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">
            {t('console.queue.count', { total: cases.data.total })}
          </p>
          <div className="table-wrap">
            <table className="queue">
              <caption className="visually-hidden">{t('console.queue.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('console.queue.reference')}</th>
                  <th scope="col">{t('console.queue.risk')}</th>
                  <th scope="col">{t('console.queue.status')}</th>
                  <th scope="col">{t('console.queue.assignee')}</th>
                  <th scope="col">{t('console.queue.opened')}</th>
                  <th scope="col">{t('console.queue.ackDue')}</th>
                </tr>
              </thead>
              <tbody>
                {cases.data.items.map((c) => (
                  <tr key={c.id} className={c.overdue ? 'is-overdue' : undefined}>
                    <th scope="row">
                      <Link to={`${BASE}/cases/${c.id}`}>{c.reference}</Link>
                    </th>
                    <td>
                      <RiskBadge risk={c.risk} />
                      {c.escalatedAt ? (
                        <>
                          {' '}
                          <EscalatedBadge at={c.escalatedAt} />
                        </>
                      ) : null}
                      {c.callbackRequested ? (
                        <>
                          {' '}
                          <CallbackBadge />
                        </>
                      ) : null}
                    </td>
                    <td>
                      <StatusBadge status={c.status} />
                    </td>
                    <td>{c.assignee ? c.assignee.displayName : t('console.queue.unassigned')}</td>
                    <td>{date(c.openedAt)}</td>
                    <td>
                      {c.acknowledgedAt ? (
                        t('console.queue.acknowledged', { at: date(c.acknowledgedAt) })
                      ) : (
                        <>
                          {date(c.ackDueAt)} {c.overdue ? <OverdueBadge /> : null}
                        </>
                      )}
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
