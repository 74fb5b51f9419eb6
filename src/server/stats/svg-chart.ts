import { createHash } from 'node:crypto';
import { LOCALE_INFO, type Locale } from '../../shared/i18n/locales.ts';

/**
 * A horizontal bar chart as an SVG string: server-rendered, so the public statistics need no script.
 * Accessible (role="img" named by its <title> and <desc>; the page also shows the same numbers in a
 * table), no inline style attribute and no script, only presentation attributes, so the strict CSP holds.
 * Suppressed values get no bar, only their label ("suppressed" in the reader's language), never a zero.
 * Right-to-left locales (Uyghur) mirror the chart: labels on the right, bars growing leftwards. It scales
 * to its container's width (viewBox, width 100%), so it reads on a phone too.
 */
export type BarDatum = { label: string; value: number | null; suppressed?: boolean };

export type BarChartOptions = {
  title: string;
  locale: Locale;
  description?: string;
  /** Shown instead of a number for suppressed values. */
  suppressedLabel?: string;
  width?: number;
};

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

const ROW = 28;
const BAR = 18;
const TOP = 8;
const LABEL_WIDTH = 210;
const VALUE_WIDTH = 90;
const MAX_LABEL = 24;

export function renderBarChartSvg(series: readonly BarDatum[], opts: BarChartOptions): string {
  const width = opts.width ?? 560;
  const rtl = LOCALE_INFO[opts.locale].dir === 'rtl';
  const number = new Intl.NumberFormat(LOCALE_INFO[opts.locale].htmlLang);
  const max = Math.max(1, ...series.map((d) => (d.suppressed ? 0 : (d.value ?? 0))));
  const plot = width - LABEL_WIDTH - VALUE_WIDTH;
  const height = TOP * 2 + Math.max(1, series.length) * ROW;
  // Ids derived from the content: stable, and distinct for distinct charts on one page.
  const id = `chart-${createHash('sha256').update(opts.title).update(JSON.stringify(series)).digest('hex').slice(0, 10)}`;
  const x = (pos: number, w = 0) => (rtl ? width - pos - w : pos);
  // With direction="rtl", "start" is the right edge: the same anchors then mirror by themselves.
  const anchorStart = 'start';
  const anchorEnd = 'end';

  const rows = series.map((d, i) => {
    const y = TOP + i * ROW;
    const suppressed = d.suppressed || d.value === null;
    const value = suppressed ? 0 : (d.value ?? 0);
    const w = Math.round((value / max) * plot);
    const text = suppressed ? (opts.suppressedLabel ?? '—') : number.format(value);
    // Long labels are shortened to fit; the full label is the row's tooltip and is in the table below.
    const chars = [...d.label];
    const short =
      chars.length > MAX_LABEL
        ? `${chars
            .slice(0, MAX_LABEL - 1)
            .join('')
            .trimEnd()}…`
        : d.label;
    const label = `<text x="${x(LABEL_WIDTH - 8)}" y="${y + BAR - 4}" text-anchor="${anchorEnd}" font-size="14" fill="#1b1f24">${short !== d.label ? `<title>${esc(d.label)}</title>` : ''}${esc(short)}</text>`;
    const bar =
      w > 0
        ? `<rect x="${x(LABEL_WIDTH, w)}" y="${y}" width="${w}" height="${BAR}" fill="#1d4f91"></rect>`
        : `<rect x="${x(LABEL_WIDTH, 1)}" y="${y}" width="1" height="${BAR}" fill="#8a939e"></rect>`;
    const valueText = `<text x="${x(LABEL_WIDTH + w + 6)}" y="${y + BAR - 4}" text-anchor="${anchorStart}" font-size="14" fill="${suppressed ? '#4a5360' : '#1b1f24'}"${suppressed ? ' font-style="italic"' : ''}>${esc(text)}</text>`;
    return `<g>${label}${bar}${valueText}</g>`;
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title${opts.description ? ` ${id}-desc` : ''}" viewBox="0 0 ${width} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" direction="${rtl ? 'rtl' : 'ltr'}" font-family="system-ui, sans-serif">`,
    `<title id="${id}-title">${esc(opts.title)}</title>`,
    opts.description ? `<desc id="${id}-desc">${esc(opts.description)}</desc>` : '',
    `<line x1="${x(LABEL_WIDTH)}" y1="${TOP - 4}" x2="${x(LABEL_WIDTH)}" y2="${height - TOP + 4}" stroke="#8a939e" stroke-width="1"></line>`,
    ...rows,
    '</svg>',
  ].join('');
}
