import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { DashboardSummary } from '../../shared/contracts/dashboards.ts';
import { oversight } from '../../shared/i18n/catalogs/oversight.ts';
import type { Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { Empty, ErrorMessage } from '../components/states.tsx';
import { Figures } from './dashboard/Figures.tsx';
import { FilterForm, type Filters, NO_FILTERS } from './dashboard/FilterForm.tsx';
import { Overview } from './dashboard/Overview.tsx';
import { PeriodicReportLinks } from './dashboard/PeriodicReportLinks.tsx';
import { useDashText } from './dashboard/text.ts';

/** Who sees the dashboard: the same roles the summary API lets through. */
export const DASHBOARD_ROLES: readonly Role[] = ['analyst', 'supervisor'];

/** The nav entry, shown to analysts and supervisors only. */
export function DashboardNavLink({ role }: { role: Role }) {
  const d = useDashText();
  if (!DASHBOARD_ROLES.includes(role)) return null;
  return (
    <li>
      <Link to={`${BASE}/dashboard`}>{d('dashboards.nav')}</Link>
    </li>
  );
}

/** Analysts' and supervisors' dashboard: de-identified charts, each with its table, and the periodic report. */
export function DashboardPage() {
  const d = useDashText();
  const o = useCatalogText(oversight);
  const { locale } = useI18n();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const qs = new URLSearchParams({
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    lang: locale,
  }).toString();
  const summary = useQuery({
    queryKey: ['dashboard', qs],
    queryFn: () => api<DashboardSummary>('GET', `/api/v1/dashboards/summary?${qs}`),
    placeholderData: keepPreviousData,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = { ...NO_FILTERS };
    for (const k of Object.keys(NO_FILTERS) as (keyof Filters)[]) next[k] = String(form.get(k) ?? '');
    setFilters(next);
  };
  const data = summary.data;
  return (
    <>
      <h1>{d('dashboards.title')}</h1>
      <p>{d('dashboards.intro')}</p>
      <Overview />
      <h2>{o('oversight.details')}</h2>
      <FilterForm
        key={JSON.stringify(filters)}
        filters={filters}
        onSubmit={onSubmit}
        onReset={() => setFilters(NO_FILTERS)}
      />
      <PeriodicReportLinks from={filters.from} to={filters.to} />
      {summary.isPending ? (
        <p className="state state-loading" role="status" aria-live="polite">
          {d('dashboards.loading')}
        </p>
      ) : null}
      {summary.isError ? (
        <div>
          <p>{d('dashboards.error')}</p>
          <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} />
        </div>
      ) : null}
      {data && data.totals.reports === 0 ? <Empty>{d('dashboards.empty')}</Empty> : null}
      {data && data.totals.reports > 0 ? <Figures data={data} /> : null}
    </>
  );
}
