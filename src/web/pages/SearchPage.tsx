import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { Risk } from '../../shared/contracts/cases.ts';
import type { SearchResult } from '../../shared/contracts/indicators.ts';
import { search as searchCatalog } from '../../shared/i18n/catalogs/search.ts';
import type { Role } from '../../shared/roles.ts';
import {
  CASE_STATUSES,
  CHANNELS,
  COMMUNITIES,
  INDICATOR_KINDS,
  PERPETRATOR_TYPES,
  PROVINCES,
  RISK_LEVELS,
  TACTICS,
} from '../../shared/taxonomy.ts';
import { api } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { Link as AppLink, BASE } from '../app/router.tsx';
import { useUser } from '../app/session.ts';
import { RiskBadge, StatusBadge } from '../components/badges.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Empty, ErrorMessage, Loading } from '../components/states.tsx';

/** Who searches (server: search/policy.ts); analysts by codes only, so their form has no words or identifier. */
export const SEARCH_ROLES: readonly Role[] = ['intake_officer', 'caseworker', 'supervisor', 'analyst'];
const CONTENT_ROLES: readonly Role[] = ['intake_officer', 'caseworker', 'supervisor'];

const TEXT_FIELDS = ['q', 'indicator', 'kind', 'reference', 'suspectedState', 'from', 'to'] as const;
const CODE_FIELDS = [
  'status',
  'risk',
  'tactic',
  'community',
  'channel',
  'perpetratorType',
  'province',
  'identifierKind',
] as const;

export function SearchNavLink({ role }: { role: Role }) {
  const s = useCatalogText(searchCatalog);
  if (!SEARCH_ROLES.includes(role)) return null;
  return (
    <li>
      <AppLink to={`${BASE}/search`}>{s('search.nav')}</AppLink>
    </li>
  );
}

/**
 * The search page. A search runs only when the form is sent (each one is audited and counted against the
 * user's limit), never as one types.
 */
export function SearchPage() {
  const s = useCatalogText(searchCatalog);
  const { t, label, date } = useI18n();
  const user = useUser();
  const content = CONTENT_ROLES.includes(user.role);
  const [query, setQuery] = useState<string | null>(null);
  const results = useQuery({
    queryKey: ['search', query],
    queryFn: () => api<SearchResult>('GET', `/api/v1/search?${query}`),
    enabled: query !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const p = new URLSearchParams();
    for (const name of [...TEXT_FIELDS, ...CODE_FIELDS]) {
      const value = String(form.get(name) ?? '').trim();
      if (value && (content || (name !== 'q' && name !== 'indicator' && name !== 'kind'))) p.set(name, value);
    }
    setQuery(p.toString());
  };
  const select = (name: (typeof CODE_FIELDS)[number], text: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`s-${name}`}>{text}</label>
      <select id={`s-${name}`} name={name} defaultValue="">
        <option value="">{s('search.any')}</option>
        {options.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
  const vocab = (vocabulary: string, codes: readonly string[]): [string, string][] =>
    codes.map((code) => [code, label(vocabulary, code)]);
  const field = (name: (typeof TEXT_FIELDS)[number], text: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`s-${name}`}>{text}</label>
      {input}
    </div>
  );
  return (
    <>
      <h1>{s('search.title')}</h1>
      <p>{content ? s('search.intro.content') : s('search.intro.analyst')}</p>
      {user.role === 'caseworker' ? <p>{s('search.intro.assigned')}</p> : null}
      <form className="filters" onSubmit={onSubmit} aria-label={s('search.form')}>
        {content ? (
          <>
            {field('q', s('search.words'), <input id="s-q" name="q" type="search" maxLength={500} />)}
            {field(
              'indicator',
              s('search.identifier'),
              <input id="s-indicator" name="indicator" maxLength={500} />,
            )}
            {field(
              'kind',
              s('search.identifierKindOf'),
              <select id="s-kind" name="kind" defaultValue="">
                <option value="">{s('search.guess')}</option>
                {vocab('indicator_kind', INDICATOR_KINDS).map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>,
            )}
          </>
        ) : null}
        {field(
          'reference',
          s('search.reference'),
          <input id="s-reference" name="reference" placeholder="FP-" />,
        )}
        {select(
          'status',
          s('search.status'),
          CASE_STATUSES.map((c) => [c, t(`console.status.${c}`)]),
        )}
        {select(
          'risk',
          s('search.risk'),
          RISK_LEVELS.map((c) => [c, t(`console.risk.${c}`)]),
        )}
        {select('tactic', s('search.tactic'), vocab('tactic', TACTICS))}
        {select('community', s('search.community'), vocab('community', COMMUNITIES))}
        {select('channel', s('search.channel'), vocab('channel', CHANNELS))}
        {select('perpetratorType', s('search.perpetratorType'), vocab('perpetrator_type', PERPETRATOR_TYPES))}
        {field(
          'suspectedState',
          s('search.suspectedState'),
          <input
            id="s-suspectedState"
            name="suspectedState"
            maxLength={2}
            pattern="[A-Z]{2}"
            autoCapitalize="characters"
            size={4}
          />,
        )}
        {select('province', s('search.province'), vocab('province', PROVINCES))}
        {select('identifierKind', s('search.identifierKind'), vocab('indicator_kind', INDICATOR_KINDS))}
        {field('from', s('search.from'), <input id="s-from" name="from" type="date" />)}
        {field('to', s('search.to'), <input id="s-to" name="to" type="date" />)}
        <button type="submit">{s('search.submit')}</button>
      </form>

      <section aria-labelledby="search-results">
        <h2 id="search-results">{s('search.results')}</h2>
        {query === null ? <Empty>{s('search.none')}</Empty> : null}
        {results.isFetching ? <Loading /> : null}
        {results.isError ? <ErrorMessage error={results.error} /> : null}
        {results.data ? (
          <>
            <p className="muted" aria-live="polite">
              {s('search.count', { count: results.data.items.length })}{' '}
              {results.data.truncated ? s('search.truncated') : null}
            </p>
            {results.data.items.length > 0 ? (
              <DataTable
                caption={s('search.caption')}
                headers={[
                  s('search.col.reference'),
                  s('search.col.report'),
                  s('search.col.received'),
                  s('search.status'),
                  s('search.risk'),
                  s('search.province'),
                  s('search.col.tactics'),
                ]}
              >
                {results.data.items.map((hit) => (
                  <tr key={hit.reportId}>
                    <td>
                      <AppLink to={`${BASE}/cases/${hit.caseId}`}>{hit.reference}</AppLink>
                    </td>
                    <td>{hit.reportReference}</td>
                    <td>{date(hit.receivedAt)}</td>
                    <td>
                      <StatusBadge status={hit.status} />
                    </td>
                    <td>
                      <RiskBadge risk={hit.risk as Risk} />
                    </td>
                    <td>{hit.province ? label('province', hit.province) : '—'}</td>
                    <td>{hit.tactics.map((c) => label('tactic', c)).join(', ')}</td>
                  </tr>
                ))}
              </DataTable>
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
