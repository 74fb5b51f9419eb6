import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type StixValuesRequests, TLP_LEVELS } from '../../shared/contracts/exports.ts';
import { exportsCatalog } from '../../shared/i18n/catalogs/exports.ts';
import type { Role } from '../../shared/roles.ts';
import { api, download } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { useUser } from '../app/session.ts';
import { DataTable } from '../components/data-table.tsx';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';

/** Who exports (server: exports/policy.ts): supervisors get identifier values; analysts kinds, or ask. */
export const EXPORT_ROLES: readonly Role[] = ['analyst', 'supervisor'];

export function ExportsNavLink({ role }: { role: Role }) {
  const x = useCatalogText(exportsCatalog);
  if (!EXPORT_ROLES.includes(role)) return null;
  return (
    <li>
      <Link to={`${BASE}/exports`}>{x('exports.nav')}</Link>
    </li>
  );
}

const day = () => new Date().toISOString().slice(0, 10);

export function ExportsPage() {
  const x = useCatalogText(exportsCatalog);
  const user = useUser();
  const [failure, setFailure] = useState<unknown>(null);
  const save = (path: string, filename: string) => {
    setFailure(null);
    download('GET', path, filename).catch(setFailure);
  };
  const onStix = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const p = new URLSearchParams({ tlp: String(form.get('tlp') ?? 'amber') });
    const since = String(form.get('since') ?? '');
    if (since) p.set('since', `${since}T00:00:00Z`);
    save(`/api/v1/exports/stix?${p}`, `focalpoint-stix-${day()}.json`);
  };
  return (
    <>
      <h1>{x('exports.title')}</h1>
      {failure ? <ErrorMessage error={failure} /> : null}
      <section aria-labelledby="exports-cases">
        <h2 id="exports-cases">{x('exports.cases.title')}</h2>
        <p>{x('exports.cases.intro')}</p>
        <p>
          <button
            type="button"
            onClick={() => save('/api/v1/exports/cases.csv', `focalpoint-cases-${day()}.csv`)}
          >
            {x('exports.cases.csv')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => save('/api/v1/exports/cases.json', `focalpoint-cases-${day()}.json`)}
          >
            {x('exports.cases.json')}
          </button>
        </p>
      </section>
      <section aria-labelledby="exports-stix">
        <h2 id="exports-stix">{x('exports.stix.title')}</h2>
        <p>{user.role === 'supervisor' ? x('exports.stix.introValues') : x('exports.stix.introKinds')}</p>
        <StixOptions idPrefix="stix" submit={x('exports.stix.download')} onSubmit={onStix} />
      </section>
      <Requests onFailure={setFailure} />
    </>
  );
}

function StixOptions({
  idPrefix,
  submit,
  onSubmit,
}: {
  idPrefix: string;
  submit: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
}) {
  const x = useCatalogText(exportsCatalog);
  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={`${idPrefix}-tlp`}>{x('exports.stix.tlp')}</label>
        <select id={`${idPrefix}-tlp`} name="tlp" defaultValue="amber">
          {TLP_LEVELS.map((l) => (
            <option key={l} value={l}>
              TLP:{l.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-since`}>{x('exports.stix.since')}</label>
        <input id={`${idPrefix}-since`} name="since" type="date" />
      </div>
      <button type="submit">{submit}</button>
    </form>
  );
}

/** Analysts ask for exports with values and download approved ones; supervisors approve or reject. */
function Requests({ onFailure }: { onFailure: (err: unknown) => void }) {
  const x = useCatalogText(exportsCatalog);
  const { date } = useI18n();
  const user = useUser();
  const client = useQueryClient();
  const analyst = user.role === 'analyst';
  const requests = useQuery({
    queryKey: ['exports', 'requests'],
    queryFn: () => api<StixValuesRequests>('GET', '/api/v1/exports/stix/requests'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['exports', 'requests'] });
  const ask = useMutation({
    mutationFn: (body: { tlp: string; since?: string }) => api('POST', '/api/v1/exports/stix/requests', body),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: ({ id, verb }: { id: string; verb: 'approve' | 'reject' }) =>
      api('POST', `/api/v1/exports/stix/requests/${id}/${verb}`),
    onSuccess: refresh,
  });
  const onAsk = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const since = String(form.get('since') ?? '');
    ask.mutate({
      tlp: String(form.get('tlp') ?? 'amber'),
      ...(since ? { since: `${since}T00:00:00Z` } : {}),
    });
  };
  const fetchApproved = (id: string) => {
    download('GET', `/api/v1/exports/stix/requests/${id}/bundle`, `focalpoint-stix-values-${day()}.json`)
      .catch(onFailure)
      .finally(refresh);
  };
  return (
    <section aria-labelledby="exports-requests">
      <h2 id="exports-requests">{x('exports.requests.title')}</h2>
      {analyst ? (
        <>
          <p>{x('exports.requests.intro')}</p>
          <StixOptions idPrefix="ask" submit={x('exports.requests.ask')} onSubmit={onAsk} />
          {ask.isSuccess ? <p role="status">{x('exports.requests.asked')}</p> : null}
          {ask.isError ? <ErrorMessage error={ask.error} /> : null}
        </>
      ) : null}
      {decide.isError ? <ErrorMessage error={decide.error} /> : null}
      <h3>{analyst ? x('exports.requests.mine') : x('exports.requests.toDecide')}</h3>
      {requests.isPending ? <Loading /> : null}
      {requests.isError ? (
        <ErrorMessage error={requests.error} onRetry={() => void requests.refetch()} />
      ) : null}
      {requests.data && requests.data.items.length === 0 ? (
        <Empty>{x('exports.requests.empty')}</Empty>
      ) : null}
      {requests.data && requests.data.items.length > 0 ? (
        <DataTable
          caption={x('exports.requests.caption')}
          headers={[
            x('exports.requests.requestedAt'),
            analyst ? null : x('exports.requests.requestedBy'),
            x('exports.stix.tlp'),
            x('exports.requests.status'),
            x('exports.requests.expiresAt'),
            x('exports.requests.actions'),
          ]}
        >
          {requests.data.items.map((r) => (
            <tr key={r.id}>
              <td>{date(r.requestedAt)}</td>
              {analyst ? null : <td>{r.requestedBy.displayName || r.requestedBy.email}</td>}
              <td>TLP:{r.tlp.toUpperCase()}</td>
              <td>{x(`exports.status.${r.status}`)}</td>
              <td>{r.status === 'approved' ? date(r.expiresAt) : '—'}</td>
              <td>
                {analyst && r.status === 'approved' ? (
                  <button type="button" onClick={() => fetchApproved(r.id)}>
                    {x('exports.requests.download')}
                  </button>
                ) : null}
                {!analyst && r.status === 'pending' && r.requestedBy.id !== user.id ? (
                  <>
                    <button
                      type="button"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: r.id, verb: 'approve' })}
                    >
                      {x('exports.requests.approve')}
                    </button>{' '}
                    <button
                      type="button"
                      className="secondary"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: r.id, verb: 'reject' })}
                    >
                      {x('exports.requests.reject')}
                    </button>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
