import { describe, expect, it } from 'vitest';
import { renderBarChartSvg } from './svg-chart.ts';

describe('renderBarChartSvg', () => {
  const series = [
    { label: 'Death threat', value: 12 },
    { label: 'Doxxing <script>', value: 6 },
    { label: 'Spyware', value: null, suppressed: true },
  ];

  it('is an accessible image with a title, bars in proportion and no script or inline style', () => {
    const svg = renderBarChartSvg(series, {
      title: 'Reports by tactic, 2025',
      locale: 'en',
      suppressedLabel: 'suppressed',
    });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="chart-[0-9a-f]{10}-title"/);
    expect(svg).toContain('>Reports by tactic, 2025</title>');
    expect(svg).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    expect(svg).toContain('Doxxing &lt;script&gt;');
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBe(widths[1]! * 2);
    expect(widths[2]).toBe(1); // a suppressed value has no bar, only its label
    expect(svg).toContain('>suppressed</text>');
    expect(svg).not.toContain('>0</text>');
  });

  it('formats numbers for the locale and mirrors for right-to-left', () => {
    const fr = renderBarChartSvg([{ label: 'Total', value: 12345 }], { title: 'T', locale: 'fr' });
    expect(fr).toMatch(/>12\s345<\/text>/u);
    const ug = renderBarChartSvg(series, { title: 'T', locale: 'ug' });
    expect(ug).toContain('direction="rtl"');
    expect(ug).toContain('text-anchor="end" font-size="14" fill="#1b1f24">Death threat');
    const long = renderBarChartSvg([{ label: 'Threats against family in the origin state', value: 3 }], {
      title: 'T',
      locale: 'en',
    });
    expect(long).toContain(
      '<title>Threats against family in the origin state</title>Threats against family…',
    );
  });
});
