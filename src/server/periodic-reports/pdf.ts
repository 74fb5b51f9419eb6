import PDFDocument from 'pdfkit';
import type { Bucket } from '../../shared/contracts/dashboards.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import { type PeriodicReport, SECTION_CHART_TITLE } from './model.ts';

/**
 * The periodic report as an A4 PDF: a title page with the contents, then one section per topic with a
 * short explanation, a bar chart drawn with rectangles and the table behind it, and page numbers. Set in
 * the built-in Helvetica: the report is in English or French, and any character outside WinAnsi (an
 * institution named in another script) is replaced rather than drawn wrongly.
 */
const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#1f5fa8';
const RULE = '#cbd2d9';
const MARGIN = 56;

const WIN_ANSI_CHAR =
  /[\s\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u20ac\u2122]/u;
const printable = (s: string) => [...s].map((c) => (WIN_ANSI_CHAR.test(c) ? c : '?')).join('');

export async function renderPeriodicReportPdf(r: PeriodicReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: printable(r.text('periodic.title')), Creator: 'FocalPoint' },
    lang: r.lang,
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  doc.registerFont('body', 'Helvetica');
  doc.registerFont('bold', 'Helvetica-Bold');

  const t = (key: MessageKey, params?: Record<string, string | number>) => printable(r.text(key, params));
  const locale = r.lang === 'fr' ? 'fr-CA' : 'en-CA';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Intl in French groups thousands with a narrow no-break space, which WinAnsi lacks.
  const n = (v: number) => number.format(v).replace(/[\u202f\u00a0]/g, ' ');
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const fmtDay = (d: string) => day.format(new Date(`${d.slice(0, 10)}T00:00:00Z`));
  const hours = (h: number | null) =>
    h === null ? t('periodic.none') : t('periodic.hours', { hours: h }).replace(/\u202f|\u00a0/g, ' ');
  const width = doc.page.width - MARGIN * 2;
  const bottom = () => doc.page.height - MARGIN - 20;
  const ensure = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };

  // Title page.
  doc.rect(0, 0, doc.page.width, 12).fill(ACCENT);
  doc.y = 200;
  doc.font('bold').fontSize(26).fillColor(INK).text(t('periodic.title'), MARGIN, doc.y, { width });
  doc.moveDown(0.6);
  doc
    .font('body')
    .fontSize(14)
    .fillColor(INK)
    .text(t('periodic.subtitle', { from: fmtDay(r.from), to: fmtDay(r.to) }), { width });
  doc.moveDown(0.3);
  doc
    .fontSize(11)
    .fillColor(MUTED)
    .text(t('periodic.generated', { date: fmtDay(r.generatedAt) }), { width });
  doc.moveDown(2);
  const noteTop = doc.y;
  doc
    .font('body')
    .fontSize(10.5)
    .fillColor(INK)
    .text(t('periodic.confidential'), MARGIN + 14, noteTop + 8, { width: width - 28 });
  const noteBottom = doc.y + 8;
  doc.rect(MARGIN, noteTop, 4, noteBottom - noteTop).fill(ACCENT);
  doc.y = noteBottom + 30;
  doc.font('bold').fontSize(13).fillColor(INK).text(t('periodic.contents'), MARGIN, doc.y);
  doc.moveDown(0.4);
  const contents: MessageKey[] = [
    'periodic.summary',
    'periodic.trend',
    'periodic.tactics',
    'periodic.communities',
    'periodic.campuses',
    'periodic.suspectedState',
    'periodic.provinces',
    'periodic.campaigns',
    'periodic.referrals',
    'periodic.registered',
    'periodic.acknowledge',
  ];
  contents.forEach((key, i) => {
    doc
      .font('body')
      .fontSize(11)
      .fillColor(INK)
      .text(`${i + 1}.  ${t(key)}`, MARGIN + 10);
  });

  let section = 0;
  const heading = (key: MessageKey, newPage = false) => {
    section++;
    if (newPage) doc.addPage();
    else ensure(120);
    doc.moveDown(doc.y > MARGIN + 5 ? 1 : 0);
    doc
      .font('bold')
      .fontSize(17)
      .fillColor(ACCENT)
      .text(`${section}. ${t(key)}`, MARGIN, doc.y, { width });
    const y = doc.y + 3;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + width, y)
      .lineWidth(0.8)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 8;
  };
  const para = (key: MessageKey) => {
    doc.font('body').fontSize(10.5).fillColor(INK).text(t(key), MARGIN, doc.y, { width });
    doc.moveDown(0.6);
  };

  /** Horizontal bars: label, bar proportional to the largest value, the value after the bar. */
  const barChart = (title: string, data: { label: string; value: number }[]) => {
    const row = 17;
    const labelW = 170;
    const valueW = 50;
    const plot = width - labelW - valueW - 10;
    ensure(30 + Math.min(data.length, 8) * row);
    doc.font('bold').fontSize(10).fillColor(MUTED).text(printable(title), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    const max = Math.max(1, ...data.map((d) => d.value));
    for (const d of data) {
      ensure(row);
      const y = doc.y;
      doc
        .font('body')
        .fontSize(9)
        .fillColor(INK)
        .text(printable(d.label), MARGIN, y + 3, {
          width: labelW - 8,
          height: 11,
          align: 'right',
          ellipsis: true,
        });
      const w = Math.max(d.value > 0 ? 2 : 0, Math.round((d.value / max) * plot));
      if (w > 0) doc.rect(MARGIN + labelW, y + 2, w, row - 5).fill(ACCENT);
      doc
        .font('body')
        .fontSize(9)
        .fillColor(INK)
        .text(n(d.value), MARGIN + labelW + w + 5, y + 3, { lineBreak: false });
      doc.x = MARGIN;
      doc.y = y + row;
    }
    doc.moveDown(0.8);
  };

  /** A table with a bold header row and light rules; numbers right-aligned. */
  const table = (head: string[], rows: (string | number)[][], widths: number[]) => {
    const rowH = 16;
    const total = widths.reduce((a, b) => a + b, 0);
    const cols = widths.map((w) => (w / total) * width);
    const numeric = (rows[0] ?? []).map((c) => typeof c === 'number');
    const drawRow = (cells: (string | number)[], bold: boolean) => {
      ensure(rowH + 2);
      const y = doc.y;
      let x = MARGIN;
      cells.forEach((c, i) => {
        const w = cols[i] ?? 60;
        const isNum = typeof c === 'number';
        const right = isNum || (bold && numeric[i] === true);
        doc
          .font(bold ? 'bold' : 'body')
          .fontSize(9)
          .fillColor(INK)
          .text(isNum ? n(c) : printable(String(c)), x + 4, y + 4, {
            width: w - 8,
            height: 11,
            align: right ? 'right' : 'left',
            ellipsis: true,
          });
        x += w;
      });
      doc
        .moveTo(MARGIN, y + rowH)
        .lineTo(MARGIN + width, y + rowH)
        .lineWidth(bold ? 0.9 : 0.4)
        .strokeColor(bold ? INK : RULE)
        .stroke();
      doc.x = MARGIN;
      doc.y = y + rowH;
    };
    drawRow(head, true);
    for (const row of rows) drawRow(row, false);
    doc.moveDown(1);
  };

  const bucketSection = (
    key: MessageKey,
    intro: MessageKey | null,
    buckets: Bucket[],
    empty?: MessageKey,
  ) => {
    heading(key);
    if (intro) para(intro);
    if (buckets.length === 0) {
      para(empty ?? 'dashboards.noData');
      return;
    }
    barChart(
      r.text(SECTION_CHART_TITLE[key] ?? key),
      buckets.map((b) => ({ label: b.label, value: b.count })),
    );
    table(
      [t('dashboards.col.category'), t('dashboards.col.reports')],
      buckets.map((b) => [b.label, b.count]),
      [3, 1],
    );
  };

  // 1. Summary figures, as a grid of boxes.
  doc.addPage();
  heading('periodic.summary');
  const s = r.summary;
  const figures: [MessageKey, string][] = [
    ['periodic.summary.reports', n(s.reports)],
    ['periodic.summary.cases', n(s.cases)],
    ['periodic.summary.highRisk', n(s.highRisk)],
    ['periodic.summary.campus', n(s.campusReports)],
    ['periodic.summary.campaigns', n(s.campaigns)],
    ['periodic.summary.referrals', n(s.referrals)],
    ['periodic.summary.ackMedian', hours(s.ackMedianHours)],
  ];
  const boxW = (width - 12) / 2;
  const boxH = 64;
  const top = doc.y;
  figures.forEach(([key, value], i) => {
    const x = MARGIN + (i % 2) * (boxW + 12);
    const y = top + Math.floor(i / 2) * (boxH + 10);
    doc.rect(x, y, boxW, boxH).lineWidth(0.8).strokeColor(RULE).stroke();
    doc.rect(x, y, 4, boxH).fill(ACCENT);
    doc
      .font('body')
      .fontSize(9.5)
      .fillColor(MUTED)
      .text(t(key), x + 14, y + 9, { width: boxW - 24 });
    doc
      .font('bold')
      .fontSize(20)
      .fillColor(INK)
      .text(value, x + 14, Math.max(y + 27, doc.y + 3), { width: boxW - 24, lineBreak: false });
  });
  doc.x = MARGIN;
  doc.y = top + Math.ceil(figures.length / 2) * (boxH + 10) + 10;

  // 2. Trend.
  heading('periodic.trend');
  para('periodic.trend.text');
  barChart(
    r.text('dashboards.chart.byMonth'),
    r.trend.map((b) => ({ label: b.label, value: b.count })),
  );
  table(
    [t('dashboards.col.month'), t('dashboards.col.reports')],
    r.trend.map((b) => [b.label, b.count]),
    [3, 1],
  );

  bucketSection('periodic.tactics', 'periodic.tactics.text', r.tactics);
  bucketSection('periodic.communities', 'periodic.communities.text', r.communities);
  bucketSection('periodic.campuses', 'periodic.campuses.text', r.campuses, 'periodic.campuses.none');
  bucketSection('periodic.suspectedState', null, r.suspectedStates);
  bucketSection('periodic.provinces', null, r.provinces);

  heading('periodic.campaigns');
  para('periodic.campaigns.text');
  if (r.campaigns.length === 0) para('periodic.campaigns.none');
  else {
    barChart(
      r.text('periodic.campaigns'),
      r.campaigns.map((c) => ({ label: c.label, value: c.reports })),
    );
    table(
      [
        t('dashboards.col.campaign'),
        t('dashboards.col.status'),
        t('dashboards.col.cases'),
        t('dashboards.col.reports'),
        t('dashboards.col.span'),
      ],
      r.campaigns.map((c) => [c.label, c.status, c.cases, c.reports, c.span]),
      [2, 2, 1, 1, 2],
    );
  }

  heading('periodic.referrals');
  para('periodic.referrals.text');
  if (r.referrals.length === 0) para('periodic.referrals.none');
  else {
    barChart(
      r.text('dashboards.chart.referralOutcomes'),
      r.referralOutcomes.map((b) => ({ label: b.label, value: b.count })),
    );
    table(
      [t('dashboards.col.partnerKind'), t('dashboards.col.outcome'), t('dashboards.col.count')],
      r.referrals.map((x) => [x.partnerKind, x.outcome, x.count]),
      [2, 2, 1],
    );
  }

  heading('periodic.registered');
  para('periodic.registered.text');
  if (r.registeredActors.length === 0) para('periodic.registered.none');
  else
    table(
      [t('periodic.registered.principal'), t('dashboards.col.status'), t('dashboards.col.reports')],
      r.registeredActors.map((x) => [x.principal, x.status, x.reports]),
      [4, 2, 1],
    );

  heading('periodic.acknowledge');
  para('periodic.acknowledge.text');
  table(
    [
      t('dashboards.col.risk'),
      t('dashboards.col.acknowledged'),
      t('dashboards.col.median'),
      t('dashboards.col.p90'),
    ],
    r.acknowledge.map((a) => [a.riskLabel, a.acknowledged, hours(a.medianHours), hours(a.p90Hours)]),
    [2, 2, 2, 2],
  );

  // Page numbers on every page but the title page.
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit open a new page: lift the margin for the footer.
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(
        `${t('periodic.title')} · ${t('periodic.page', { n: i + 1, total: range.count })}`,
        MARGIN,
        doc.page.height - MARGIN + 10,
        { width, align: 'center', lineBreak: false },
      );
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
