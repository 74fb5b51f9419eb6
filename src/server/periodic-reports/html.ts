import type { Bucket } from '../../shared/contracts/dashboards.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import { renderBarChartSvg } from '../stats/svg-chart.ts';
import { type PeriodicReport, SECTION_CHART_TITLE } from './model.ts';

/**
 * The periodic report as one self-contained HTML file: its own <style>, inline SVG charts (the public
 * statistics' chart renderer), a table behind every chart, no script, nothing loaded from anywhere.
 */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2933;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
header{border-bottom:3px solid #1f5fa8;margin-bottom:2rem;padding-bottom:1rem}
h1{font-size:1.9rem;margin:0 0 .5rem}h2{font-size:1.35rem;margin-top:2.5rem;border-bottom:1px solid #cbd2d9;padding-bottom:.25rem}
.note{background:#f0f4f8;border-left:4px solid #1f5fa8;padding:.5rem .75rem}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.75rem;margin:0}
.figures div{border:1px solid #cbd2d9;border-radius:4px;padding:.6rem .8rem}
.figures dt{font-size:.9rem;color:#3e4c59}.figures dd{margin:0;font-size:1.6rem;font-weight:700}
table{border-collapse:collapse;margin:1rem 0;min-width:20rem}caption{text-align:left;font-weight:600;padding-bottom:.25rem}
th,td{border-bottom:1px solid #e4e7eb;padding:.3rem .6rem;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}svg{max-width:100%;height:auto}
@media print{h2{break-after:avoid}section{break-inside:avoid-page}}
`;

export function renderPeriodicReportHtml(r: PeriodicReport): string {
  const t = (key: MessageKey, params?: Record<string, string | number>) => esc(r.text(key, params));
  const number = new Intl.NumberFormat(r.lang === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(r.lang === 'fr' ? 'fr-CA' : 'en-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  const fmtDay = (d: string) => day.format(new Date(`${d.slice(0, 10)}T00:00:00Z`));
  const hours = (h: number | null) =>
    h === null ? r.text('periodic.none') : r.text('periodic.hours', { hours: h });

  const chart = (title: string, buckets: Bucket[]) =>
    `<figure>${renderBarChartSvg(
      buckets.map((b) => ({ label: b.label, value: b.count })),
      { title, locale: r.lang, description: r.text('dashboards.chart.desc', { count: buckets.length }) },
    )}</figure>`;
  const table = (caption: string, head: string[], rows: (string | number)[][]) =>
    `<table><caption>${esc(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (row) =>
          `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${esc(String(c))}</th>` : typeof c === 'number' ? `<td class="n">${number.format(c)}</td>` : `<td>${esc(c)}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const bucketSection = (
    id: string,
    heading: MessageKey,
    intro: MessageKey | null,
    buckets: Bucket[],
    empty?: MessageKey,
  ) => {
    const title = r.text(heading);
    const chartTitle = r.text(SECTION_CHART_TITLE[heading] ?? heading);
    const body =
      buckets.length === 0
        ? `<p>${t(empty ?? 'dashboards.noData')}</p>`
        : `${chart(chartTitle, buckets)}${table(
            chartTitle,
            [r.text('dashboards.col.category'), r.text('dashboards.col.reports')],
            buckets.map((b) => [b.label, b.count]),
          )}`;
    return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${intro ? `<p>${t(intro)}</p>` : ''}${body}</section>`;
  };

  const s = r.summary;
  const figure = (key: MessageKey, value: string) => `<div><dt>${t(key)}</dt><dd>${esc(value)}</dd></div>`;
  const sections = [
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${t('periodic.summary')}</h2><dl class="figures">${[
      figure('periodic.summary.reports', number.format(s.reports)),
      figure('periodic.summary.cases', number.format(s.cases)),
      figure('periodic.summary.highRisk', number.format(s.highRisk)),
      figure('periodic.summary.campus', number.format(s.campusReports)),
      figure('periodic.summary.campaigns', number.format(s.campaigns)),
      figure('periodic.summary.referrals', number.format(s.referrals)),
      figure(
        'periodic.summary.ackMedian',
        r.text(s.ackMedianHours === null ? 'periodic.none' : 'periodic.hours', {
          hours: s.ackMedianHours ?? 0,
        }),
      ),
    ].join('')}</dl></section>`,
    `<section id="trend" aria-labelledby="trend-h"><h2 id="trend-h">${t('periodic.trend')}</h2><p>${t('periodic.trend.text')}</p>${chart(
      r.text('dashboards.chart.byMonth'),
      r.trend,
    )}${table(
      r.text('dashboards.chart.byMonth'),
      [r.text('dashboards.col.month'), r.text('dashboards.col.reports')],
      r.trend.map((b) => [b.label, b.count]),
    )}</section>`,
    bucketSection('tactics', 'periodic.tactics', 'periodic.tactics.text', r.tactics),
    bucketSection('communities', 'periodic.communities', 'periodic.communities.text', r.communities),
    bucketSection(
      'campuses',
      'periodic.campuses',
      'periodic.campuses.text',
      r.campuses,
      'periodic.campuses.none',
    ),
    bucketSection('suspected-state', 'periodic.suspectedState', null, r.suspectedStates),
    bucketSection('provinces', 'periodic.provinces', null, r.provinces),
    `<section id="campaigns" aria-labelledby="campaigns-h"><h2 id="campaigns-h">${t('periodic.campaigns')}</h2><p>${t('periodic.campaigns.text')}</p>${
      r.campaigns.length === 0
        ? `<p>${t('periodic.campaigns.none')}</p>`
        : `${chart(
            r.text('periodic.campaigns'),
            r.campaigns.map((c) => ({ key: c.label, label: c.label, count: c.reports })),
          )}${table(
            r.text('periodic.campaigns'),
            [
              r.text('dashboards.col.campaign'),
              r.text('dashboards.col.status'),
              r.text('dashboards.col.cases'),
              r.text('dashboards.col.reports'),
              r.text('dashboards.col.span'),
            ],
            r.campaigns.map((c) => [c.label, c.status, c.cases, c.reports, c.span]),
          )}`
    }</section>`,
    `<section id="referrals" aria-labelledby="referrals-h"><h2 id="referrals-h">${t('periodic.referrals')}</h2><p>${t('periodic.referrals.text')}</p>${
      r.referrals.length === 0
        ? `<p>${t('periodic.referrals.none')}</p>`
        : `${chart(r.text('dashboards.chart.referralOutcomes'), r.referralOutcomes)}${table(
            r.text('dashboards.chart.referrals'),
            [
              r.text('dashboards.col.partnerKind'),
              r.text('dashboards.col.outcome'),
              r.text('dashboards.col.count'),
            ],
            r.referrals.map((x) => [x.partnerKind, x.outcome, x.count]),
          )}`
    }</section>`,
    `<section id="registered" aria-labelledby="registered-h"><h2 id="registered-h">${t('periodic.registered')}</h2><p>${t('periodic.registered.text')}</p>${
      r.registeredActors.length === 0
        ? `<p>${t('periodic.registered.none')}</p>`
        : table(
            r.text('periodic.registered'),
            [
              r.text('periodic.registered.principal'),
              r.text('dashboards.col.status'),
              r.text('dashboards.col.reports'),
            ],
            r.registeredActors.map((x) => [x.principal, x.status, x.reports]),
          )
    }</section>`,
    `<section id="acknowledge" aria-labelledby="acknowledge-h"><h2 id="acknowledge-h">${t('periodic.acknowledge')}</h2><p>${t('periodic.acknowledge.text')}</p>${table(
      r.text('dashboards.chart.ack'),
      [
        r.text('dashboards.col.risk'),
        r.text('dashboards.col.acknowledged'),
        r.text('dashboards.col.median'),
        r.text('dashboards.col.p90'),
      ],
      r.acknowledge.map((a) => [a.riskLabel, a.acknowledged, hours(a.medianHours), hours(a.p90Hours)]),
    )}</section>`,
  ];
  return `<!doctype html>
<html lang="${r.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('periodic.title')}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${t('periodic.title')}</h1>
<p>${t('periodic.subtitle', { from: fmtDay(r.from), to: fmtDay(r.to) })}</p>
<p>${t('periodic.generated', { date: fmtDay(r.generatedAt) })}</p>
<p class="note">${t('periodic.confidential')}</p>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
