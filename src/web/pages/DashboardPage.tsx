import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import {
  type Bucket,
  CASE_STATUSES,
  type DashboardSummary,
  RISKS,
} from '../../shared/contracts/dashboards.ts';
import { dashboards } from '../../shared/i18n/catalogs/dashboards.ts';
import { messageFormatter } from '../../shared/i18n/formatter.ts';
import type { Role } from '../../shared/roles.ts';
import { OFFERED_STATES, suspectedStateName } from '../../shared/suspected-states.ts';
import { CHANNELS, COMMUNITIES, PROVINCES, TACTICS } from '../../shared/taxonomy.ts';
import { api } from '../api/client.ts';
import { useI18n } from '../app/i18n.tsx';
import { BASE, Link } from '../app/router.tsx';
import { Empty, ErrorMessage } from '../components/states.tsx';

/** Who sees the dashboard: the same roles the summary API lets through. */
export const DASHBOARD_ROLES: readonly Role[] = ['analyst', 'supervisor'];

type DashKey = keyof (typeof dashboards)['en'];
type Params = Record<string, string | number>;

/** The dashboards catalog in the console's language (the console's own catalog stays untouched). */
function useDashText() {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog = dashboards[locale] as Record<string, string>;
    return messageFormatter<DashKey>(
      locale,
      (key) => catalog[key] ?? (dashboards.en as Record<string, string>)[key],
    );
  }, [locale]);
}

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

type Filters = {
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
const NO_FILTERS: Filters = {
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

/** Analysts' and supervisors' dashboard: de-identified charts, each with its table, and the periodic report. */
export function DashboardPage() {
  const d = useDashText();
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

function FilterForm({
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

function PeriodicReportLinks({ from, to }: { from: string; to: string }) {
  const d = useDashText();
  const { locale } = useI18n();
  const href = (format: 'pdf' | 'html') =>
    `/api/v1/reports/periodic?${new URLSearchParams({ from, to, lang: locale, format }).toString()}`;
  return (
    <section aria-labelledby="dash-periodic">
      <h2 id="dash-periodic">{d('dashboards.download')}</h2>
      {from && to ? (
        <p>
          <a href={href('pdf')} download>
            {d('dashboards.download.pdf')}
          </a>{' '}
          ·{' '}
          <a href={href('html')} download>
            {d('dashboards.download.html')}
          </a>
        </p>
      ) : (
        <p className="hint">{d('dashboards.download.needPeriod')}</p>
      )}
    </section>
  );
}

function Figures({ data }: { data: DashboardSummary }) {
  const d = useDashText();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const outcomes = new Map<string, number>();
  for (const r of data.referrals) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + r.count);
  const outcomeBuckets: Bucket[] = [...outcomes].map(([key, count]) => ({
    key,
    label: d(`dashboards.outcome.${key}` as DashKey),
    count,
  }));
  const dimension = (key: keyof DashboardSummary['by'], title: DashKey, multi = false) => (
    <ChartSection
      title={d(title)}
      buckets={data.by[key]}
      note={multi ? d('dashboards.multiValued') : undefined}
    />
  );
  return (
    <>
      <section aria-labelledby="dash-totals">
        <h2 id="dash-totals">{d('dashboards.totals')}</h2>
        <dl className="facts">
          <dt>{d('dashboards.totals.reports')}</dt>
          <dd>{number.format(data.totals.reports)}</dd>
          <dt>{d('dashboards.totals.cases')}</dt>
          <dd>{number.format(data.totals.cases)}</dd>
          <dt>{d('dashboards.totals.campus')}</dt>
          <dd>{number.format(data.totals.campusReports)}</dd>
          <dt>{d('dashboards.totals.referrals')}</dt>
          <dd>{number.format(data.totals.referrals)}</dd>
        </dl>
      </section>
      <ChartSection
        title={d('dashboards.chart.byMonth')}
        categoryHeader={d('dashboards.col.month')}
        buckets={data.byMonth.map((m) => ({ key: m.month, label: m.month, count: m.count }))}
      />
      {dimension('tactic', 'dashboards.chart.tactic', true)}
      {dimension('community', 'dashboards.chart.community', true)}
      {dimension('suspectedState', 'dashboards.chart.suspectedState')}
      {dimension('province', 'dashboards.chart.province')}
      {dimension('channel', 'dashboards.chart.channel', true)}
      {dimension('institution', 'dashboards.chart.institution')}
      {dimension('perpetrator', 'dashboards.chart.perpetrator', true)}
      {dimension('risk', 'dashboards.chart.risk')}
      {dimension('status', 'dashboards.chart.status')}
      <section aria-labelledby="dash-ack">
        <h2 id="dash-ack">{d('dashboards.chart.ack')}</h2>
        <BarChart
          title={d('dashboards.chart.ackMedian')}
          data={data.timeToAcknowledge.map((a) => ({
            key: a.risk,
            label: d(`dashboards.risk.${a.risk}`),
            value: a.medianHours ?? 0,
          }))}
          format={(v) => number.format(v)}
        />
        <div className="table-wrap">
          <table>
            <caption>{d('dashboards.chart.ack')}</caption>
            <thead>
              <tr>
                <th scope="col">{d('dashboards.col.risk')}</th>
                <th scope="col">{d('dashboards.col.acknowledged')}</th>
                <th scope="col">{d('dashboards.col.median')}</th>
                <th scope="col">{d('dashboards.col.p90')}</th>
              </tr>
            </thead>
            <tbody>
              {data.timeToAcknowledge.map((a) => (
                <tr key={a.risk}>
                  <th scope="row">{d(`dashboards.risk.${a.risk}`)}</th>
                  <td>{number.format(a.acknowledged)}</td>
                  <td>{a.medianHours === null ? '—' : number.format(a.medianHours)}</td>
                  <td>{a.p90Hours === null ? '—' : number.format(a.p90Hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="dash-referrals">
        <h2 id="dash-referrals">{d('dashboards.chart.referrals')}</h2>
        {data.referrals.length === 0 ? (
          <Empty>{d('dashboards.noData')}</Empty>
        ) : (
          <>
            <BarChart
              title={d('dashboards.chart.referralOutcomes')}
              data={outcomeBuckets.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              format={(v) => number.format(v)}
            />
            <div className="table-wrap">
              <table>
                <caption>{d('dashboards.chart.referrals')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{d('dashboards.col.partnerKind')}</th>
                    <th scope="col">{d('dashboards.col.outcome')}</th>
                    <th scope="col">{d('dashboards.col.count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.referrals.map((r) => (
                    <tr key={`${r.partnerKind}-${r.outcome}`}>
                      <td>{d(`dashboards.partnerKind.${r.partnerKind}` as DashKey)}</td>
                      <td>{d(`dashboards.outcome.${r.outcome}` as DashKey)}</td>
                      <td>{number.format(r.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <ChartSection title={d('dashboards.chart.campaigns')} buckets={data.campaigns} />
      <section aria-labelledby="dash-registered">
        <h2 id="dash-registered">{d('periodic.registered')}</h2>
        {data.registeredActors.length === 0 ? (
          <Empty>{d('periodic.registered.none')}</Empty>
        ) : (
          <div className="table-wrap">
            <table>
              <caption>{d('periodic.registered')}</caption>
              <thead>
                <tr>
                  <th scope="col">{d('periodic.registered.principal')}</th>
                  <th scope="col">{d('dashboards.col.status')}</th>
                  <th scope="col">{d('dashboards.col.reports')}</th>
                </tr>
              </thead>
              <tbody>
                {data.registeredActors.map((r) => (
                  <tr key={`${r.source}|${r.principal}`}>
                    <th scope="row">
                      {r.principal} ({r.country}, {r.source})
                    </th>
                    <td>{d(r.registered ? 'periodic.registered.active' : 'periodic.registered.ended')}</td>
                    <td>{number.format(r.reports)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function ChartSection({
  title,
  buckets,
  note,
  categoryHeader,
}: {
  title: string;
  buckets: Bucket[];
  note?: string | undefined;
  categoryHeader?: string;
}) {
  const d = useDashText();
  const { locale } = useI18n();
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {buckets.length === 0 ? (
        <Empty>{d('dashboards.noData')}</Empty>
      ) : (
        <>
          {note ? <p className="hint">{note}</p> : null}
          <BarChart
            title={title}
            data={buckets.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
            format={(v) => number.format(v)}
          />
          <div className="table-wrap">
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{categoryHeader ?? d('dashboards.col.category')}</th>
                  <th scope="col">{d('dashboards.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {buckets.map((b) => (
                  <tr key={b.key}>
                    <th scope="row">{b.label}</th>
                    <td>{number.format(b.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

const ROW = 26;
const BAR = 16;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 70;
const WIDTH = 640;
const MAX_LABEL = 30;

/**
 * Horizontal bars as inline SVG: presentation attributes only (no style attribute, so the strict CSP
 * holds), named by its <title> and described by <desc>; the table after it gives the same numbers.
 */
export function BarChart({
  title,
  data,
  format,
}: {
  title: string;
  data: { key: string; label: string; value: number }[];
  format: (v: number) => string;
}) {
  const d = useDashText();
  const id = useId();
  const max = Math.max(1, ...data.map((x) => x.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = 8 + Math.max(1, data.length) * ROW;
  const short = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{d('dashboards.chart.desc', { count: data.length })}</desc>
      {data.map((x, i) => {
        const y = 4 + i * ROW;
        const w = Math.round((x.value / max) * plot);
        return (
          <g key={x.key}>
            <text x={LABEL_WIDTH - 8} y={y + BAR - 3} textAnchor="end" fontSize="13" fill="#1f2933">
              {short(x.label)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={Math.max(w, x.value > 0 ? 2 : 0)}
              height={BAR}
              fill="#1f5fa8"
            />
            <text x={LABEL_WIDTH + w + 6} y={y + BAR - 3} fontSize="13" fill="#1f2933">
              {format(x.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
