import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../shared/contracts/dashboards.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { seedReport } from './test-factory.ts';

let ctx: TestContext;
let analyst: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  analyst = await signInAs(ctx, 'analyst');
  // Concordia: 5 reports (3 of phishing); Bishop's: 2; one not on the list (its name sealed): 1; one none.
  const institutions = [
    ...Array.from({ length: 5 }, () => 'qc_concordia'),
    'qc_bishops',
    'qc_bishops',
    'other',
    undefined,
  ];
  for (const [i, institution] of institutions.entries()) {
    await seedReport(ctx.deps, {
      receivedAt: new Date(`2026-03-${String(i + 1).padStart(2, '0')}T10:00:00Z`),
      tactics: i < 3 ? ['phishing'] : ['death_threat'],
      ...(institution ? { institution } : {}),
    });
  }
});

afterAll(async () => {
  await ctx?.close();
});

async function institutions(query: string): Promise<DashboardSummary> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/dashboards/summary?from=2026-01-01&to=2026-12-31&${query}`,
    headers: analyst.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DashboardSummary>();
}

describe('named institutions on the dashboard', () => {
  it('names an institution from 5 reports up and counts the others together, last, in English and French', async () => {
    const en = await institutions('lang=en');
    expect(en.totals.campusReports).toBe(8);
    expect(en.by.institution).toEqual([
      { key: 'qc_concordia', label: 'Concordia University', count: 5 },
      { key: 'other', label: 'Other institutions (not on the list, or fewer than 5 reports each)', count: 3 },
    ]);
    const fr = await institutions('lang=fr');
    expect(fr.by.institution[0]).toEqual({ key: 'qc_concordia', label: 'Université Concordia', count: 5 });
    expect(fr.by.institution.at(-1)).toEqual({
      key: 'other',
      label: 'Autres établissements (hors de la liste, ou moins de 5 signalements chacun)',
      count: 3,
    });
    for (const body of [JSON.stringify(en), JSON.stringify(fr)]) {
      expect(body).not.toContain('qc_bishops');
      expect(body).not.toContain('Bishop');
    }
  });

  it('applies the threshold to the selection shown: a filter that leaves an institution 3 reports hides its name', async () => {
    const s = await institutions('tactic=phishing');
    expect(s.by.institution).toEqual([
      { key: 'other', label: 'Other institutions (not on the list, or fewer than 5 reports each)', count: 3 },
    ]);
  });
});
