import { useQuery } from '@tanstack/react-query';
import type { JobList, JobStatus, QuarantineList } from '../../shared/contracts/system.ts';
import { systemCatalog } from '../../shared/i18n/catalogs/system.ts';
import type { Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';

/** Who answers for background work (server: system/routes.ts SYSTEM_READERS). */
export const SYSTEM_ROLES: readonly Role[] = ['admin', 'supervisor'];

type Key = keyof (typeof systemCatalog)['en'] & string;
const isKey = (key: string): key is Key => key in systemCatalog.en;

export function SystemNavLink({ role }: { role: Role }) {
  const x = useCatalogText(systemCatalog);
  if (!SYSTEM_ROLES.includes(role)) return null;
  return (
    <li>
      <Link to={`${BASE}/system`}>{x('system.nav')}</Link>
    </li>
  );
}

/** Background jobs and the indexing quarantine, refreshed every half-minute while the page is open. */
export function SystemPage() {
  const x = useCatalogText(systemCatalog);
  return (
    <>
      <h1>{x('system.title')}</h1>
      <p>{x('system.intro')}</p>
      <Jobs />
      <section aria-labelledby="system-quarantine">
        <h2 id="system-quarantine">{x('system.quarantine.title')}</h2>
        <p>{x('system.quarantine.intro')}</p>
        <Quarantine />
      </section>
    </>
  );
}

function Jobs() {
  const x = useCatalogText(systemCatalog);
  const jobs = useQuery({
    queryKey: ['system', 'jobs'],
    queryFn: () => api<JobList>('GET', '/api/v1/system/jobs'),
    refetchInterval: 30_000,
  });
  return (
    <section aria-labelledby="system-jobs">
      <h2 id="system-jobs">{x('system.jobs.title')}</h2>
      {jobs.isPending ? (
        <Loading />
      ) : jobs.isError ? (
        <ErrorMessage error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : jobs.data.jobs.length === 0 ? (
        <Empty>{x('system.jobs.empty')}</Empty>
      ) : (
        <DataTable
          caption={x('system.jobs.caption')}
          headers={[
            x('system.jobs.name'),
            x('system.jobs.state'),
            x('system.jobs.lastRun'),
            x('system.jobs.lag'),
            x('system.jobs.duration'),
            x('system.jobs.backlog'),
            x('system.jobs.runs'),
            x('system.jobs.lastError'),
          ]}
        >
          {jobs.data.jobs.map((job) => (
            <JobRow key={job.name} job={job} />
          ))}
        </DataTable>
      )}
    </section>
  );
}

function JobRow({ job }: { job: JobStatus }) {
  const x = useCatalogText(systemCatalog);
  const { date } = useI18n();
  const label = `system.job.${job.name}`;
  const ms = (v: number | null) => (v === null ? '—' : x('system.ms', { ms: Math.round(v) }));
  return (
    <tr>
      <th scope="row">{isKey(label) ? x(label) : job.name}</th>
      <td>
        {job.running
          ? x('system.jobs.running')
          : job.lastStartedAt
            ? x('system.jobs.idle')
            : x('system.jobs.never')}
      </td>
      <td>{date(job.lastFinishedAt)}</td>
      <td>{ms(job.lastLagMs)}</td>
      <td>{ms(job.lastDurationMs)}</td>
      <td>{job.backlog ?? '—'}</td>
      <td>
        {job.runs} ({job.failures})
      </td>
      <td>
        {job.lastError
          ? x('system.jobs.errorAt', { code: job.lastError.code, at: date(job.lastError.at) })
          : x('system.jobs.noError')}
      </td>
    </tr>
  );
}

function Quarantine() {
  const x = useCatalogText(systemCatalog);
  const { date } = useI18n();
  const list = useQuery({
    queryKey: ['system', 'quarantine'],
    queryFn: () => api<QuarantineList>('GET', '/api/v1/system/indexing-quarantine'),
    refetchInterval: 30_000,
  });
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.reports.length === 0) return <Empty>{x('system.quarantine.empty')}</Empty>;
  return (
    <DataTable
      caption={x('system.quarantine.caption')}
      headers={[
        x('system.quarantine.reference'),
        x('system.quarantine.code'),
        x('system.quarantine.attempts'),
        x('system.quarantine.first'),
        x('system.quarantine.next'),
      ]}
    >
      {list.data.reports.map((r) => (
        <tr key={r.reference}>
          <th scope="row">
            <Link to={`${BASE}/cases/${r.caseId}`}>{r.reference}</Link>
          </th>
          <td>
            <code>{r.errorCode}</code>
          </td>
          <td>{r.attempts}</td>
          <td>{date(r.firstFailedAt)}</td>
          <td>{date(r.nextAttemptAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
