import { useQuery } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { CASE_STATUSES, RISKS } from '../../../shared/contracts/cases.ts';
import type { TagList } from '../../../shared/contracts/triage.ts';
import { triage as triageCatalog } from '../../../shared/i18n/catalogs/triage.ts';
import { LOCALES } from '../../../shared/i18n/locales.ts';
import { CHANNELS, COMMUNITIES, PROVINCES, TACTICS } from '../../../shared/taxonomy.ts';
import { api } from '../../api/client.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type FilterValues, filtersFromForm } from './filters.ts';

/**
 * The queue's filters: the everyday ones in a row, the rest under "More filters" (open when one of them is
 * set). Plain form controls with labels, sent with Enter or the Apply button: usable from the keyboard alone.
 */
export function FilterForm({
  filters,
  readsContent,
  canChooseAssignee,
  onApply,
}: {
  filters: FilterValues;
  readsContent: boolean;
  canChooseAssignee: boolean;
  onApply: (filters: FilterValues) => void;
}) {
  const { t, label, locale } = useI18n();
  const q = useCatalogText(triageCatalog);
  const tags = useQuery({
    queryKey: ['tags'],
    queryFn: () => api<TagList>('GET', '/api/v1/tags'),
    enabled: readsContent,
  });
  const languageName = new Intl.DisplayNames([locale], { type: 'language' });
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(filtersFromForm(new FormData(e.currentTarget)));
  };
  const moreSet = Boolean(
    filters.tactic ||
      filters.community ||
      filters.channel ||
      filters.province ||
      filters.language ||
      filters.tag ||
      filters.openedFrom ||
      filters.openedTo ||
      filters.synthetic,
  );
  const select = (
    name: keyof FilterValues,
    text: string,
    options: [string, string][],
    any = t('console.queue.any'),
  ) => (
    <Field id={`f-${name}`} text={text}>
      <select id={`f-${name}`} name={name} defaultValue={filters[name] ?? ''}>
        <option value="">{any}</option>
        {options.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </Field>
  );
  const vocab = (vocabulary: string, codes: readonly string[]): [string, string][] =>
    codes
      .map((code) => [code, label(vocabulary, code)] as [string, string])
      .sort((a, b) => a[1].localeCompare(b[1]));
  return (
    // Keyed by the filters: opening a saved view shows its values in the controls.
    <form
      key={JSON.stringify(filters)}
      className="queue-filters"
      onSubmit={onSubmit}
      aria-label={t('console.queue.filters')}
    >
      <div className="filters">
        <Field id="f-reference" text={t('console.queue.reference')}>
          <input id="f-reference" name="reference" defaultValue={filters.reference ?? ''} placeholder="FP-" />
        </Field>
        <Field id="f-status" text={t('console.queue.status')}>
          <select id="f-status" name="status" defaultValue={filters.status ?? ''}>
            <option value="open">{t('console.queue.statusOpen')}</option>
            <option value="">{t('console.queue.any')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`console.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {select(
          'risk',
          t('console.queue.risk'),
          RISKS.map((r) => [r, t(`console.risk.${r}`)]),
        )}
        {canChooseAssignee
          ? select(
              'assignee',
              t('console.queue.assignee'),
              [
                ['me', t('console.queue.me')],
                ['none', t('console.queue.unassigned')],
              ],
              t('console.queue.anyone'),
            )
          : null}
        <div className="field checkbox">
          <input
            id="f-overdue"
            name="overdue"
            type="checkbox"
            value="yes"
            defaultChecked={filters.overdue === 'yes'}
          />
          <label htmlFor="f-overdue">{q('triage.filter.overdue')}</label>
        </div>
        <button type="submit">{t('console.queue.apply')}</button>
        <button type="button" onClick={() => onApply({ status: 'open' })}>
          {q('triage.filter.clear')}
        </button>
      </div>
      <details open={moreSet}>
        <summary>{q('triage.filters.more')}</summary>
        <div className="filters">
          {select('tactic', q('triage.filter.tactic'), vocab('tactic', TACTICS))}
          {select('community', q('triage.filter.community'), vocab('community', COMMUNITIES))}
          {select('channel', q('triage.filter.channel'), vocab('channel', CHANNELS))}
          {select('province', q('triage.filter.province'), vocab('province', PROVINCES))}
          {readsContent
            ? select(
                'language',
                q('triage.filter.language'),
                LOCALES.map((l) => [l, languageName.of(l) ?? l]),
              )
            : null}
          {readsContent && tags.data?.items.length
            ? select(
                'tag',
                q('triage.filter.tag'),
                tags.data.items.map((tag) => [tag.id, tag.label]),
              )
            : null}
          <Field id="f-openedFrom" text={q('triage.filter.openedFrom')}>
            <input id="f-openedFrom" name="openedFrom" type="date" defaultValue={filters.openedFrom ?? ''} />
          </Field>
          <Field id="f-openedTo" text={q('triage.filter.openedTo')}>
            <input id="f-openedTo" name="openedTo" type="date" defaultValue={filters.openedTo ?? ''} />
          </Field>
          {select(
            'synthetic',
            q('triage.filter.synthetic'),
            [
              ['exclude', q('triage.filter.synthetic.exclude')],
              ['only', q('triage.filter.synthetic.only')],
            ],
            q('triage.filter.synthetic.include'),
          )}
        </div>
      </details>
    </form>
  );
}

function Field({ id, text, children }: { id: string; text: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{text}</label>
      {children}
    </div>
  );
}
