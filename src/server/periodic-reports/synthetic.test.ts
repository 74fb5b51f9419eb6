import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboardSummary } from '../dashboards/service.ts';
import { seedReport } from '../dashboards/test-factory.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { renderPeriodicReportHtml } from './html.ts';
import { buildPeriodicReport } from './model.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
  // January: 2 real reports and 3 synthetic ones; May: 4 synthetic ones only.
  for (let i = 0; i < 2; i++) await seedReport(ctx.deps, { receivedAt: new Date(`2026-01-1${i}T10:00:00Z`) });
  for (let i = 0; i < 3; i++)
    await seedReport(ctx.deps, { receivedAt: new Date(`2026-01-2${i}T10:00:00Z`), synthetic: true });
  for (let i = 0; i < 4; i++)
    await seedReport(ctx.deps, { receivedAt: new Date(`2026-05-0${i + 1}T10:00:00Z`), synthetic: true });
});
afterAll(() => ctx?.close());

describe('the periodic report and synthetic (demo) reports', () => {
  it('counts the real reports only when the period has any', async () => {
    const r = await buildPeriodicReport(ctx.deps, { from: '2026-01-01', to: '2026-05-31', lang: 'en' });
    expect(r.demo).toBe(false);
    expect(r.summary.reports).toBe(2);
    expect(r.trend.map((m) => m.count)).toEqual([2, 0, 0, 0, 0]);
    expect(renderPeriodicReportHtml(r)).not.toContain('Demonstration data');
  });

  it('counts the synthetic ones only, and says so first, when there is no real report', async () => {
    const r = await buildPeriodicReport(ctx.deps, { from: '2026-04-01', to: '2026-05-31', lang: 'fr' });
    expect(r.demo).toBe(true);
    expect(r.summary.reports).toBe(4);
    expect(renderPeriodicReportHtml(r)).toContain('Données de démonstration');
  });
});

describe('the dashboard by month', () => {
  it('shows every month of the period, those without reports as zero', async () => {
    const s = await buildDashboardSummary(ctx.deps, { from: '2026-01-01', to: '2026-06-30' });
    expect(s.byMonth).toEqual([
      { month: '2026-01', count: 5 },
      { month: '2026-02', count: 0 },
      { month: '2026-03', count: 0 },
      { month: '2026-04', count: 0 },
      { month: '2026-05', count: 4 },
      { month: '2026-06', count: 0 },
    ]);
    // Without a period: from the first month with reports to the last.
    const all = await buildDashboardSummary(ctx.deps, {});
    expect(all.byMonth.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    const real = await buildDashboardSummary(ctx.deps, { synthetic: 'exclude' });
    expect(real.totals.reports).toBe(2);
  });
});
