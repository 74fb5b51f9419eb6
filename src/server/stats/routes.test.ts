import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicStatistics } from '../../shared/contracts/stats.ts';
import { insertReport } from '../exports/test-factory.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(new Date('2026-02-10T09:00:00Z'));
  const seeds = [
    ...Array.from({ length: 7 }, () => ({ receivedAt: at('2025-01-10'), province: 'ON' })),
    ...Array.from({ length: 2 }, () => ({
      receivedAt: at('2025-01-20'),
      province: 'QC',
      tactics: ['doxxing'],
      communities: ['tibetan'],
    })),
    ...Array.from({ length: 6 }, () => ({
      receivedAt: at('2025-02-03'),
      province: 'ON',
      tactics: ['death_threat', 'doxxing'],
    })),
    // Never counted: no consent, spam, asked for deletion is not modelled here, synthetic in a real install.
    { receivedAt: at('2025-01-11'), province: 'QC', consentStatistics: false },
    { receivedAt: at('2025-01-12'), province: 'QC', spam: true },
    { receivedAt: at('2025-01-13'), province: 'QC', synthetic: true },
    // A month that is not over yet is not published.
    { receivedAt: at('2026-02-01'), province: 'ON' },
  ];
  for (const seed of seeds) await insertReport(ctx.deps, seed);
});

afterAll(async () => ctx?.close());

async function fetchStats(query = ''): Promise<PublicStatistics> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/public/statistics${query}` });
  expect(res.statusCode).toBe(200);
  return res.json() as PublicStatistics;
}

function everyCount(s: PublicStatistics) {
  return [
    s.total,
    ...s.monthTotals,
    ...s.tables.flatMap((t) => [...t.rows.flatMap((r) => r.cells), ...t.categoryTotals]),
  ];
}

describe('GET /api/v1/public/statistics', () => {
  it('publishes a calendar year of consented, non-spam, real reports without any count from 1 to 4', async () => {
    const s = await fetchStats('?year=2025');
    expect(s.period).toEqual({ year: 2025, from: '2025-01', to: '2025-12' });
    expect(s.demonstration).toBe(false);
    expect(s.months).toHaveLength(12);
    expect(s.total).toEqual({ count: 15, suppressed: false });
    // Published month totals are true; with two months this small, complementary suppression hides them.
    const truth = [9, 6, 0];
    s.monthTotals.slice(0, 3).forEach((c, m) => {
      if (!c.suppressed) expect(c.count).toBe(truth[m]);
    });
    expect(s.monthTotals[2]).toEqual({ count: 0, suppressed: false });
    for (const c of everyCount(s)) {
      if (c.suppressed) expect(c.count).toBeNull();
      else expect(c.count === 0 || (c.count ?? 0) >= 5).toBe(true);
    }
    const province = s.tables.find((t) => t.dimension === 'province')!;
    const jan = province.rows[0]!.cells;
    const qc = province.categories.indexOf('QC');
    const on = province.categories.indexOf('ON');
    // 2 reports from Quebec are hidden, and so is Ontario's 7, or 9 - 7 would give the 2 away.
    expect(jan[qc]).toEqual({ count: null, suppressed: true });
    expect(jan[on]).toEqual({ count: null, suppressed: true });
    expect(province.categories.at(-1)).toBe('unspecified');
    const tactic = s.tables.find((t) => t.dimension === 'tactic')!;
    expect(tactic.multiValued).toBe(true);
    // 7 + 6 reports with death threats, 2 + 6 with doxxing: totals of this size are published.
    expect(tactic.categoryTotals[tactic.categories.indexOf('death_threat')]).toEqual({
      count: 13,
      suppressed: false,
    });
    expect(tactic.categoryTotals[tactic.categories.indexOf('doxxing')]).toEqual({
      count: 8,
      suppressed: false,
    });
  });

  it('defaults to the year of the last complete month and never shows the current month', async () => {
    const s = await fetchStats();
    expect(s.period).toEqual({ year: 2026, from: '2026-01', to: '2026-01' });
    expect(s.months).toEqual(['2026-01']);
    expect(s.total).toEqual({ count: 0, suppressed: false });
  });

  it('is public, cacheable and documented', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/statistics?year=2025' });
    expect(res.headers['cache-control']).toContain('public');
    expect(res.headers['set-cookie']).toBeUndefined();
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/statistics?year=abc' });
    expect(bad.statusCode).toBe(400);
    const openapi = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(openapi.paths['/api/v1/public/statistics']).toBeDefined();
  });
});

describe('/{locale}/statistics', () => {
  it('renders the year as charts and tables, with suppressed counts labelled, in English and French', async () => {
    const en = await ctx.app.inject({ method: 'GET', url: '/en/statistics?year=2025' });
    expect(en.statusCode).toBe(200);
    expect(en.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(en.body).toContain('Reports counted in 2025: 15');
    expect(en.body).toContain('Reports by province or territory, 2025');
    const svgs = en.body.match(/<svg [^>]*role="img"/g) ?? [];
    // Months, provinces, tactics, communities, channels and suspected states.
    expect(svgs.length).toBe(6);
    expect(en.body).toContain('Reports by the state suspected to be behind them, 2025');
    expect(en.body).toMatch(/<em>suppressed<\/em>/);
    expect(en.body).not.toMatch(/<svg[\s\S]*?\sstyle=/);
    expect(en.body).not.toMatch(/<script(?![^>]*src=)/);
    const fr = await ctx.app.inject({ method: 'GET', url: '/fr/statistics?year=2025' });
    expect(fr.body).toContain('Signalements comptés en 2025 : 15');
    expect(fr.body).toContain('<em>masqué</em>');
  });

  it('says so when a year has no complete month yet', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/en/statistics?year=2027' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('There is no complete month to show for 2027 yet.');
  });
});

describe('a demonstration installation', () => {
  it('counts synthetic reports, and says the figures are demonstration data', async () => {
    const demo = await startTestContext();
    try {
      demo.clock.set(new Date('2026-02-10T09:00:00Z'));
      for (let i = 0; i < 6; i++)
        await insertReport(demo.deps, { synthetic: true, receivedAt: at('2025-05-02') });
      const res = await demo.app.inject({ method: 'GET', url: '/api/v1/public/statistics?year=2025' });
      const s = res.json() as PublicStatistics;
      expect(s.demonstration).toBe(true);
      expect(s.total).toEqual({ count: 6, suppressed: false });
      const page = await demo.app.inject({ method: 'GET', url: '/en/statistics?year=2025' });
      expect(page.body).toContain('These figures come from demonstration data');
    } finally {
      await demo.close();
    }
  });
});
