import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postReport } from '../intake/testing/http.ts';
import { DEFAULT_PRESSURE } from '../platform/jobs/pressure.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { SWEEP_INTERVAL_MS, SWEEP_MAX_DEFER_MS } from './sweep.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

const submitHighRisk = () =>
  postReport(ctx.app, {
    language: 'en',
    narrative: 'They said they would kill my brother.',
    tactics: ['death_threat'],
  });

const claimed = async () =>
  (
    await ctx.deps.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM notification_log WHERE kind = 'high_risk_report'",
    )
  ).rows[0]!.n;

describe('the notification sweeper during a flood of reports', () => {
  it('steps aside while people are reporting in numbers, but announces within its bound', async () => {
    const flood = Array.from({ length: DEFAULT_PRESSURE.busySubmissions }, () =>
      ctx.deps.runtime.pressure.underWay(),
    );
    try {
      await submitHighRisk();
      await ctx.advance(SWEEP_INTERVAL_MS);
      expect(await claimed()).toBe(0); // the due sweep waits
      await ctx.advance(SWEEP_MAX_DEFER_MS - 100);
      expect(await claimed()).toBe(0);
      await ctx.advance(200);
      expect(await claimed()).toBe(1); // …but not beyond its bound
    } finally {
      for (const done of flood) done();
    }

    // Once intake is calm again, the sweeper runs at its pace.
    await ctx.advance(DEFAULT_PRESSURE.calmAfterMs);
    await submitHighRisk();
    await ctx.advance(SWEEP_INTERVAL_MS);
    expect(await claimed()).toBe(2);
  });
});
