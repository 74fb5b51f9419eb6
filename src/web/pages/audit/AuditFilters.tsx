import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { AuditPeople } from '../../../shared/contracts/cases.ts';
import { AUDIT_ACTIONS, oversight } from '../../../shared/i18n/catalogs/oversight.ts';
import { api } from '../../api/client.ts';
import { useCatalogText } from '../../app/catalog-text.ts';
import { useI18n } from '../../app/i18n.tsx';

export type AuditFilterValues = {
  actorId?: string;
  caseReference?: string;
  action?: string;
  from?: string;
  to?: string;
};
const KEYS = ['actorId', 'caseReference', 'action', 'from', 'to'] as const;

/** The audit log's filters: a person (by name), a case (by reference), an action (in words), days. */
export function AuditFilters({
  filters,
  onApply,
}: {
  filters: AuditFilterValues;
  onApply: (f: AuditFilterValues) => void;
}) {
  const { t } = useI18n();
  const o = useCatalogText(oversight);
  const people = useQuery({
    queryKey: ['audit-people'],
    queryFn: () => api<AuditPeople>('GET', '/api/v1/audit/people'),
  });
  const actions = AUDIT_ACTIONS.map((a) => [a, o(`audit.action.${a}` as never)] as const).sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next: AuditFilterValues = {};
    for (const key of KEYS) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next[key] = key === 'caseReference' ? value.toUpperCase() : value;
    }
    onApply(next);
  };
  return (
    <form
      key={JSON.stringify(filters)}
      className="filters"
      onSubmit={onSubmit}
      aria-label={t('console.audit.filter')}
    >
      <div className="field">
        <label htmlFor="audit-person">{o('oversight.audit.person')}</label>
        <select id="audit-person" name="actorId" defaultValue={filters.actorId ?? ''}>
          <option value="">{o('oversight.audit.anyone')}</option>
          {people.data?.items.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName === p.email ? p.email : `${p.displayName} (${p.email})`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-case">{o('oversight.audit.case')}</label>
        <input
          id="audit-case"
          name="caseReference"
          defaultValue={filters.caseReference ?? ''}
          placeholder="FP-"
          maxLength={40}
        />
      </div>
      <div className="field">
        <label htmlFor="audit-action">{o('oversight.audit.action')}</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ''}>
          <option value="">{o('oversight.audit.anyAction')}</option>
          {actions.map(([code, words]) => (
            <option key={code} value={code}>
              {words}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{o('oversight.audit.from')}</label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{o('oversight.audit.to')}</label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ''} />
      </div>
      <button type="submit">{t('console.queue.apply')}</button>
    </form>
  );
}
