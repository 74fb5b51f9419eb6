import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { AdminTaxonomy, AdminTerm } from '../../shared/contracts/taxonomy.ts';
import { taxonomyAdmin } from '../../shared/i18n/catalogs/taxonomy-admin.ts';
import type { Role } from '../../shared/roles.ts';
import type { Vocabulary } from '../../shared/taxonomy.ts';
import { api } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { DataTable } from '../components/data-table.tsx';
import { ErrorMessage, Loading } from '../components/states.tsx';

const VOCABULARIES: readonly Vocabulary[] = [
  'community',
  'tactic',
  'channel',
  'perpetrator_type',
  'impact',
  'institution',
];

export function TaxonomyNavLink({ role }: { role: Role }) {
  const x = useCatalogText(taxonomyAdmin);
  if (role !== 'admin') return null;
  return (
    <li>
      <Link to={`${BASE}/taxonomy`}>{x('taxonomyAdmin.nav')}</Link>
    </li>
  );
}

/**
 * Admins: which community packs and terms the public report form offers (server: taxonomy/routes.ts).
 * Labels are shown in the console's language; reports keep their codes whatever is switched off.
 */
export function TaxonomyPage() {
  const x = useCatalogText(taxonomyAdmin);
  const client = useQueryClient();
  const taxonomy = useQuery({
    queryKey: ['admin', 'taxonomy'],
    queryFn: () => api<AdminTaxonomy>('GET', '/api/v1/admin/taxonomy'),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: ['admin', 'taxonomy'] });
  const pack = useMutation({
    mutationFn: (v: { code: string; active: boolean }) =>
      api('PATCH', `/api/v1/admin/taxonomy/packs/${encodeURIComponent(v.code)}`, { active: v.active }),
    onSettled: refresh,
  });
  const term = useMutation({
    mutationFn: (v: { vocabulary: string; code: string; active: boolean }) =>
      api(
        'PATCH',
        `/api/v1/admin/taxonomy/terms/${encodeURIComponent(v.vocabulary)}/${encodeURIComponent(v.code)}`,
        { active: v.active },
      ),
    onSettled: refresh,
  });
  return (
    <>
      <h1>{x('taxonomyAdmin.title')}</h1>
      <p className="muted">{x('taxonomyAdmin.intro')}</p>
      {taxonomy.isPending ? <Loading /> : null}
      {taxonomy.isError ? (
        <ErrorMessage error={taxonomy.error} onRetry={() => void taxonomy.refetch()} />
      ) : null}
      {pack.isError ? <ErrorMessage error={pack.error} /> : null}
      {term.isError ? <ErrorMessage error={term.error} /> : null}
      {taxonomy.data ? (
        <>
          <Packs
            data={taxonomy.data}
            busy={pack.isPending}
            onToggle={(code, active) => pack.mutate({ code, active })}
          />
          <Terms
            terms={taxonomy.data.terms}
            busy={term.isPending}
            onToggle={(t, active) => term.mutate({ vocabulary: t.vocabulary, code: t.code, active })}
          />
        </>
      ) : null}
    </>
  );
}

function Toggle(props: {
  active: boolean;
  name: string;
  busy: boolean;
  onToggle: (active: boolean) => void;
}) {
  const x = useCatalogText(taxonomyAdmin);
  return (
    <button
      type="button"
      className="secondary"
      disabled={props.busy}
      onClick={() => props.onToggle(!props.active)}
    >
      {x(props.active ? 'taxonomyAdmin.disable' : 'taxonomyAdmin.enable', { name: props.name })}
    </button>
  );
}

function Packs(props: {
  data: AdminTaxonomy;
  busy: boolean;
  onToggle: (code: string, active: boolean) => void;
}) {
  const x = useCatalogText(taxonomyAdmin);
  const { locale } = useI18n();
  const communities = new Map(
    props.data.terms
      .filter((t) => t.vocabulary === 'community')
      .map((t) => [t.code, labelOf(t.labels, locale, t.code)]),
  );
  return (
    <section aria-labelledby="taxonomy-packs">
      <h2 id="taxonomy-packs">{x('taxonomyAdmin.packs.title')}</h2>
      <DataTable
        caption={x('taxonomyAdmin.packs.caption')}
        headers={[
          x('taxonomyAdmin.packs.pack'),
          x('taxonomyAdmin.packs.state'),
          x('taxonomyAdmin.packs.communities'),
          x('taxonomyAdmin.status'),
          x('taxonomyAdmin.change'),
        ]}
      >
        {props.data.packs.map((p) => {
          const name = labelOf(p.labels, locale, p.code);
          return (
            <tr key={p.code}>
              <th scope="row">{name}</th>
              <td>{p.suspectedState ?? x('taxonomyAdmin.packs.anyState')}</td>
              <td>{p.communities.map((c) => communities.get(c) ?? c).join(', ')}</td>
              <td>{x(p.active ? 'taxonomyAdmin.enabled' : 'taxonomyAdmin.disabled')}</td>
              <td>
                <Toggle
                  active={p.active}
                  name={name}
                  busy={props.busy}
                  onToggle={(a) => props.onToggle(p.code, a)}
                />
              </td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}

function Terms(props: {
  terms: AdminTerm[];
  busy: boolean;
  onToggle: (t: AdminTerm, active: boolean) => void;
}) {
  const x = useCatalogText(taxonomyAdmin);
  const { locale } = useI18n();
  const [vocabulary, setVocabulary] = useState<Vocabulary>('community');
  const id = useId();
  return (
    <section aria-labelledby="taxonomy-terms">
      <h2 id="taxonomy-terms">{x('taxonomyAdmin.terms.title')}</h2>
      <div className="field">
        <label htmlFor={id}>{x('taxonomyAdmin.terms.vocabulary')}</label>
        <select id={id} value={vocabulary} onChange={(e) => setVocabulary(e.target.value as Vocabulary)}>
          {VOCABULARIES.map((v) => (
            <option key={v} value={v}>
              {x(`taxonomyAdmin.vocabulary.${v}`)}
            </option>
          ))}
        </select>
      </div>
      <DataTable
        caption={x('taxonomyAdmin.terms.caption')}
        headers={[
          x('taxonomyAdmin.terms.label'),
          x('taxonomyAdmin.terms.code'),
          x('taxonomyAdmin.status'),
          x('taxonomyAdmin.change'),
        ]}
      >
        {props.terms
          .filter((t) => t.vocabulary === vocabulary)
          .map((t) => {
            const name = labelOf(t.labels, locale, t.code);
            return (
              <tr key={t.code}>
                <th scope="row">{name}</th>
                <td>
                  <code>{t.code}</code>
                </td>
                <td>{x(t.active ? 'taxonomyAdmin.enabled' : 'taxonomyAdmin.disabled')}</td>
                <td>
                  <Toggle
                    active={t.active}
                    name={name}
                    busy={props.busy}
                    onToggle={(a) => props.onToggle(t, a)}
                  />
                </td>
              </tr>
            );
          })}
      </DataTable>
    </section>
  );
}

const labelOf = (labels: Record<string, string>, locale: string, code: string) =>
  labels[locale] || labels.en || code;
