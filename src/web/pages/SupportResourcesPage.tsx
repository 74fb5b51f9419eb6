import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import {
  SUPPORT_KINDS,
  type SupportKind,
  type SupportResource,
  type SupportResourceInput,
  type SupportResourceList,
} from '../../shared/contracts/support-resources.ts';
import { supportAdmin } from '../../shared/i18n/catalogs/support-admin.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import type { Role } from '../../shared/roles.ts';
import { api } from '../api/client.ts';
import { useCatalogText } from '../app/catalog-text.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { DataTable } from '../components/data-table.tsx';
import { Empty, ErrorMessage, FormError, fieldProblems, Loading } from '../components/states.tsx';

/** Who edits the support page's list (server: support-resources/policy.ts). */
export const SUPPORT_RESOURCE_ROLES: readonly Role[] = ['admin'];

const useText = () => useCatalogText(supportAdmin);
const KEY = ['admin', 'support-resources'];
const REQUIRED: readonly Locale[] = ['en', 'fr'];

export function SupportResourcesNavLink({ role }: { role: Role }) {
  const x = useText();
  if (!SUPPORT_RESOURCE_ROLES.includes(role)) return null;
  return (
    <li>
      <Link to={`${BASE}/support-resources`}>{x('supportAdmin.nav')}</Link>
    </li>
  );
}

/**
 * Admins: the helplines and services the public support page lists (server: support-resources/routes.ts),
 * read in any public language, added and edited with their texts in every language.
 */
export function SupportResourcesPage() {
  const x = useText();
  const { locale } = useI18n();
  const [shown, setShown] = useState<Locale>(locale);
  const [editing, setEditing] = useState<SupportResource | null>(null);
  // A new form after each save (the added resource's texts cleared), and the confirmation kept above it.
  const [saves, setSaves] = useState(0);
  const resources = useQuery({
    queryKey: KEY,
    queryFn: () => api<SupportResourceList>('GET', '/api/v1/support-resources'),
  });
  return (
    <>
      <h1>{x('supportAdmin.title')}</h1>
      <p className="muted">{x('supportAdmin.intro')}</p>
      <div className="field">
        <label htmlFor="support-language">{x('supportAdmin.language')}</label>
        <select id="support-language" value={shown} onChange={(e) => setShown(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={LOCALE_INFO[l].htmlLang}>
              {LOCALE_INFO[l].name}
            </option>
          ))}
        </select>
      </div>
      {resources.isPending ? <Loading /> : null}
      {resources.isError ? (
        <ErrorMessage error={resources.error} onRetry={() => void resources.refetch()} />
      ) : null}
      {resources.data?.items.length === 0 ? <Empty>{x('supportAdmin.empty')}</Empty> : null}
      {resources.data && resources.data.items.length > 0 ? (
        <ResourceTable
          items={resources.data.items}
          shown={shown}
          onEdit={(r) => {
            setSaves(0);
            setEditing(r);
          }}
        />
      ) : null}
      {saves > 0 ? (
        <p className="form-ok" role="status">
          {x('supportAdmin.saved')}
        </p>
      ) : null}
      <ResourceForm
        key={`${editing?.id ?? 'new'}-${saves}`}
        resource={editing}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setSaves((n) => n + 1);
        }}
      />
    </>
  );
}

function ResourceTable(props: {
  items: SupportResource[];
  shown: Locale;
  onEdit: (r: SupportResource) => void;
}) {
  const x = useText();
  const info = LOCALE_INFO[props.shown];
  const text = (texts: Record<string, string>) =>
    texts[props.shown]?.trim() ? (
      <span lang={info.htmlLang} dir={info.dir}>
        {texts[props.shown]}
      </span>
    ) : (
      <em>{x('supportAdmin.untranslated', { text: texts.en ?? '' })}</em>
    );
  return (
    <DataTable
      caption={x('supportAdmin.list.caption')}
      headers={[
        x('supportAdmin.col.name'),
        x('supportAdmin.col.kind'),
        x('supportAdmin.col.phone'),
        x('supportAdmin.col.url'),
        x('supportAdmin.col.status'),
        x('supportAdmin.col.change'),
      ]}
    >
      {props.items.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            {text(r.names)}
            <br />
            <span className="muted">{text(r.descriptions)}</span>
          </th>
          <td>{x(`supportAdmin.kind.${r.kind}`)}</td>
          <td dir="ltr">{r.phone ?? ''}</td>
          <td dir="ltr">{r.url ?? ''}</td>
          <td>{x(r.active ? 'supportAdmin.shown' : 'supportAdmin.retired')}</td>
          <td>
            <button type="button" className="secondary" onClick={() => props.onEdit(r)}>
              {x('supportAdmin.edit', { name: r.names.en ?? '' })}
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Adds a resource, or edits `resource`: every field is sent, so what the form shows is what is saved. */
function ResourceForm(props: {
  resource: SupportResource | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { resource } = props;
  const x = useText();
  const client = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Choosing "Edit" takes the keyboard and the screen reader to the form it filled.
  useEffect(() => {
    if (resource) headingRef.current?.focus();
  }, [resource]);
  const save = useMutation({
    mutationFn: (body: SupportResourceInput) =>
      resource
        ? api<SupportResource>('PATCH', `/api/v1/support-resources/${resource.id}`, body)
        : api<SupportResource>('POST', '/api/v1/support-resources', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: KEY });
      props.onSaved();
    },
  });
  const problems = fieldProblems(save.error);
  const { errorOf, invalid } = problems;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const texts = (field: 'names' | 'descriptions') =>
      Object.fromEntries(
        LOCALES.map((l) => [l, text(`${field}.${l}`)]).filter(
          ([l, v]) => v || REQUIRED.includes(l as Locale),
        ),
      ) as SupportResourceInput['names'];
    const order = Number(text('sortOrder'));
    save.mutate({
      kind: text('kind') as SupportKind,
      names: texts('names'),
      descriptions: texts('descriptions'),
      phone: text('phone') || null,
      url: text('url') || null,
      sortOrder: Number.isFinite(order) ? order : 0,
      active: form.get('active') === 'yes',
    });
  };
  const heading = resource
    ? x('supportAdmin.edit.title', { name: resource.names.en ?? '' })
    : x('supportAdmin.add.title');
  return (
    <section aria-labelledby="support-form-h">
      <h2 id="support-form-h" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="sr-kind">{x('supportAdmin.field.kind')}</label>
          <select
            id="sr-kind"
            name="kind"
            defaultValue={resource?.kind ?? 'helpline'}
            {...invalid('kind', 'sr-kind')}
          >
            {SUPPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {x(`supportAdmin.kind.${k}`)}
              </option>
            ))}
          </select>
          {errorOf('kind', 'sr-kind')}
        </div>
        {LOCALES.map((l) => (
          <fieldset key={l} className="field">
            <legend>
              {x(REQUIRED.includes(l) ? 'supportAdmin.field.textsRequired' : 'supportAdmin.field.texts', {
                language: LOCALE_INFO[l].name,
              })}
            </legend>
            <label htmlFor={`sr-name-${l}`}>{x('supportAdmin.field.name')}</label>
            <input
              id={`sr-name-${l}`}
              name={`names.${l}`}
              lang={LOCALE_INFO[l].htmlLang}
              dir={LOCALE_INFO[l].dir}
              defaultValue={resource?.names[l] ?? ''}
              required={REQUIRED.includes(l)}
              {...invalid(`names.${l}`, `sr-name-${l}`)}
            />
            {errorOf(`names.${l}`, `sr-name-${l}`)}
            <label htmlFor={`sr-description-${l}`}>{x('supportAdmin.field.description')}</label>
            <textarea
              id={`sr-description-${l}`}
              name={`descriptions.${l}`}
              lang={LOCALE_INFO[l].htmlLang}
              dir={LOCALE_INFO[l].dir}
              rows={2}
              defaultValue={resource?.descriptions[l] ?? ''}
              required={REQUIRED.includes(l)}
              {...invalid(`descriptions.${l}`, `sr-description-${l}`)}
            />
            {errorOf(`descriptions.${l}`, `sr-description-${l}`)}
          </fieldset>
        ))}
        {(['phone', 'url'] as const).map((field) => (
          <HintedInput
            key={field}
            field={field}
            label={x(`supportAdmin.field.${field}`)}
            hint={x(`supportAdmin.field.${field}Hint`)}
            value={resource?.[field] ?? ''}
            problems={problems}
          />
        ))}
        <div className="field">
          <label htmlFor="sr-sortOrder">{x('supportAdmin.field.sortOrder')}</label>
          <input
            id="sr-sortOrder"
            name="sortOrder"
            type="number"
            min={0}
            max={10000}
            defaultValue={resource?.sortOrder ?? 0}
            {...invalid('sortOrder', 'sr-sortOrder')}
          />
          {errorOf('sortOrder', 'sr-sortOrder')}
        </div>
        <label className="check">
          <input type="checkbox" name="active" value="yes" defaultChecked={resource?.active ?? true} />{' '}
          {x('supportAdmin.field.active')}
        </label>
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {x(resource ? 'supportAdmin.save' : 'supportAdmin.add')}
          </button>
          {resource ? (
            <button type="button" className="secondary" onClick={props.onCancel}>
              {x('supportAdmin.cancel')}
            </button>
          ) : null}
        </div>
        <FormError error={save.error} />
      </form>
    </section>
  );
}

/** A left-to-right input (a telephone number, an address) with its hint and its error from the API. */
function HintedInput(props: {
  field: 'phone' | 'url';
  label: string;
  hint: string;
  value: string;
  problems: ReturnType<typeof fieldProblems>;
}) {
  const id = `sr-${props.field}`;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <p className="hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <input
        id={id}
        name={props.field}
        type={props.field === 'phone' ? 'tel' : 'url'}
        dir="ltr"
        defaultValue={props.value}
        {...props.problems.invalid(props.field, id, `${id}-hint`)}
      />
      {props.problems.errorOf(props.field, id)}
    </div>
  );
}
