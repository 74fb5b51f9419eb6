import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { seedDemo } from './seed.ts';

describe('demo seed', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestContext();
  });
  afterAll(() => ctx.close());

  it('adds synthetic reports, sealed, flagged synthetic, spread over months and linked into campaigns', async () => {
    const progress: number[] = [];
    const result = await seedDemo(ctx.deps, {
      reports: 60,
      seed: 3,
      onProgress: (done) => progress.push(done),
    });
    expect(result.reports).toBe(60);
    expect(result.campaigns).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(60);
    const { rows } = await ctx.deps.db.query<{ n: number; synthetic: number; cases: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE synthetic)::int AS synthetic,
              (SELECT count(*)::int FROM cases) AS cases FROM reports`,
    );
    expect(rows[0]).toEqual({ n: 60, synthetic: 60, cases: 60 });
    const narrative = await ctx.deps.db.query(
      "SELECT 1 FROM reports WHERE narrative_sealed::text LIKE '%SYNTHETIC%'",
    );
    expect(narrative.rows).toHaveLength(0);
    const months = await ctx.deps.db.query<{ n: number }>(
      "SELECT count(DISTINCT date_trunc('month', received_at))::int AS n FROM reports",
    );
    expect(months.rows[0]!.n).toBeGreaterThan(6);
  });
});
