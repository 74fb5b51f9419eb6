import { type FormEvent, useMemo } from 'react';
import { CASE_STATUSES, RISKS } from '../../../shared/contracts/dashboards.ts';
import { OFFERED_STATES, suspectedStateName } from '../../../shared/suspected-states.ts';
import { CHANNELS, COMMUNITIES, PROVINCES, TACTICS } from '../../../shared/taxonomy.ts';
import { useI18n } from '../../app/i18n.tsx';
import { type DashKey, useDashText } from './text.ts';

export type Filters = {
  from: string;
  to: string;
  tactic: string;
  community: string;
  province: string;
  suspectedState: string;
  channel: string;
  risk: string;
  status: string;
};
export const NO_FILTERS: Filters = {
  from: '',
  to: '',
  tactic: '',
  community: '',
  province: '',
  suspectedState: '',
  channel: '',
  risk: '',
  status: '',
};

/** The detailed figures' filters: a period and one value of each dimension. */
export function FilterForm({
  filters,
  onSubmit,
  onReset,
}: {
  filters: Filters;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  onReset: () => void;
}) {
  const d = useDashText();
  const { label, locale } = useI18n();
  const select = (name: keyof Filters, text: DashKey, options: { code: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`dash-${name}`}>{d(text)}</label>
      <select id={`dash-${name}`} name={name} defaultValue={filters[name]}>
        <option value="">{d('dashboards.filter.any')}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const vocab = (vocabulary: string, codes: readonly string[]) =>
    codes.map((code) => ({ code, label: label(vocabulary, code) }));
  const states = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return OFFERED_STATES.map((code) => ({ code, label: suspectedStateName(code, locale) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [locale]);
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={d('dashboards.filters')}>
      <div className="field">
        <label htmlFor="dash-from">{d('dashboards.filter.from')}</label>
        <input id="dash-from" name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="dash-to">{d('dashboards.filter.to')}</label>
        <input id="dash-to" name="to" type="date" defaultValue={filters.to} />
      </div>
      {select('tactic', 'dashboards.filter.tactic', vocab('tactic', TACTICS))}
      {select('community', 'dashboards.filter.community', vocab('community', COMMUNITIES))}
      {select('province', 'dashboards.filter.province', vocab('province', PROVINCES))}
      {select('suspectedState', 'dashboards.filter.suspectedState', states)}
      {select('channel', 'dashboards.filter.channel', vocab('channel', CHANNELS))}
      {select(
        'risk',
        'dashboards.filter.risk',
        RISKS.map((code) => ({ code, label: d(`dashboards.risk.${code}`) })),
      )}
      {select(
        'status',
        'dashboards.filter.status',
        CASE_STATUSES.map((code) => ({ code, label: d(`dashboards.status.${code}`) })),
      )}
      <button type="submit">{d('dashboards.filter.apply')}</button>
      <button type="button" className="link-button" onClick={onReset}>
        {d('dashboards.filter.reset')}
      </button>
    </form>
  );
}
