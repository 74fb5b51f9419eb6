import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PublicStatistics, PublishedCount, StatDimension } from '../../shared/contracts/stats.ts';
import { PublicStatisticsQuery } from '../../shared/contracts/stats.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../shared/i18n/locales.ts';
import { type MessageKey, translator } from '../../shared/i18n/translate.ts';
import { suspectedStateName } from '../../shared/suspected-states.ts';
import type { AppDeps } from '../deps.ts';
import { Html, html } from '../public-site/html.ts';
import { layout, type PageContext } from '../public-site/views/layout.ts';
import { buildPublicStatistics, lastCompleteMonth, OTHER_STATES } from './service.ts';
import { renderBarChartSvg } from './svg-chart.ts';

/**
 * /{locale}/statistics: the public statistics as a server-rendered page (no script needed), a chart and
 * the table behind it for each dimension. It uses the public site's layout.
 */
const CHART_TITLE: Record<StatDimension | 'month', MessageKey> = {
  month: 'stats.chart.month',
  province: 'stats.chart.province',
  tactic: 'stats.chart.tactic',
  community: 'stats.chart.community',
  channel: 'stats.chart.channel',
  suspectedState: 'stats.chart.suspectedState',
};

type Row = { label: string; count: PublishedCount };

function monthLabel(month: string, locale: Locale): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].htmlLang, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, 1)));
}

function section(ctx: PageContext, title: string, rows: Row[], first: string): Html {
  const { t, locale } = ctx;
  const number = new Intl.NumberFormat(LOCALE_INFO[locale].htmlLang);
  const svg = renderBarChartSvg(
    rows.map((r) => ({ label: r.label, value: r.count.count, suppressed: r.count.suppressed })),
    { title, locale, description: t('stats.chart.description'), suppressedLabel: t('stats.suppressed') },
  );
  return html`<section class="stats-section">
<h2>${title}</h2>
<figure class="stats-chart">${new Html(svg)}</figure>
<table class="stats-table">
<caption class="visually-hidden">${title}</caption>
<thead><tr><th scope="col">${first}</th><th scope="col">${t('stats.table.reports')}</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">${r.label}</th><td>${r.count.suppressed ? html`<em>${t('stats.suppressed')}</em>` : number.format(r.count.count ?? 0)}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

export function statisticsPage(ctx: PageContext, s: PublicStatistics, years: number[]): string {
  const { t, locale } = ctx;
  const number = new Intl.NumberFormat(LOCALE_INFO[locale].htmlLang);
  const year = s.period.year;
  const label = (dimension: StatDimension, code: string) => {
    if (code === 'unspecified') return t('stats.unspecified');
    if (dimension !== 'suspectedState') return t(`taxonomy.${dimension}.${code}` as MessageKey);
    return code === OTHER_STATES ? t('stats.otherStates') : suspectedStateName(code, locale);
  };
  const body: Html[] = [
    html`<h1>${t('stats.page.heading')}</h1>
<p class="lead">${t('stats.page.intro')}</p>
<p>${t('stats.page.suppression')}</p>`,
  ];
  if (s.demonstration) body.push(html`<p class="notice" role="note">${t('stats.page.demo')}</p>`);
  if (s.months.length === 0) {
    body.push(html`<p>${t('stats.page.empty', { year: String(year) })}</p>`);
  } else {
    body.push(html`<p>${t('stats.page.period', { from: monthLabel(s.period.from, locale), to: monthLabel(s.period.to, locale) })}</p>
<p><strong>${t('stats.page.total', { year: String(year), count: s.total.suppressed ? t('stats.suppressed') : number.format(s.total.count ?? 0) })}</strong></p>`);
    body.push(
      section(
        ctx,
        t(CHART_TITLE.month, { year: String(year) }),
        s.months.map((m, i) => ({ label: monthLabel(m, locale), count: s.monthTotals[i]! })),
        t('stats.table.month'),
      ),
    );
    for (const table of s.tables) {
      // Categories with no report at all are left out (said once below); suppressed ones stay.
      const rows = table.categories
        .map((code, i) => ({ label: label(table.dimension, code), count: table.categoryTotals[i]! }))
        .filter((r) => r.count.suppressed || (r.count.count ?? 0) > 0);
      if (rows.length === 0) continue;
      body.push(
        section(
          ctx,
          t(CHART_TITLE[table.dimension], { year: String(year) }),
          rows,
          t('stats.table.category'),
        ),
      );
    }
    body.push(html`<p>${t('stats.table.noneShown')}</p>`);
  }
  const others = years.filter((y) => y !== year);
  if (others.length) {
    body.push(
      html`<nav aria-label="${t('stats.page.years')}"><h2>${t('stats.page.years')}</h2><ul>${others.map(
        (y) => html`<li><a href="/${locale}/statistics?year=${String(y)}">${String(y)}</a></li>`,
      )}</ul></nav>`,
    );
  }
  body.push(
    html`<p><a href="/api/v1/public/statistics?year=${String(year)}" type="application/json">${t('stats.page.json')}</a></p>`,
  );
  return layout(ctx, { title: t('stats.page.title'), page: 'home', body: html`${body}` });
}

/** Years from the first report received to the last complete month (at most the last ten). */
async function publishedYears(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<number[]> {
  const last = lastCompleteMonth(deps.clock.now()).year;
  const { rows } = await deps.db.query<{ y: number | null }>(
    `SELECT extract(year FROM min(received_at) AT TIME ZONE 'UTC')::int AS y FROM reports`,
  );
  const first = Math.max(rows[0]?.y ?? last, last - 9);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

export function statisticsPageRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const locale of LOCALES) {
      const ctx: PageContext = { locale, t: translator(locale) };
      app.get(
        `/${locale}/statistics`,
        { schema: { hide: true, querystring: PublicStatisticsQuery } },
        async (req, reply) => {
          const stats = await buildPublicStatistics(deps, req.query.year ? { year: req.query.year } : {});
          const page = statisticsPage(ctx, stats, await publishedYears(deps));
          return reply
            .type('text/html; charset=utf-8')
            .header('cache-control', 'public, max-age=300')
            .send(page);
        },
      );
    }
  };
}
