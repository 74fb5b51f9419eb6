import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_SUBMISSIONS, CALM_AFTER_MS, intakeUnderWay } from '../intake/pressure.ts';
import { postReport } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { notificationSweeper } from './sweep.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
    // A sweeper of its own, quick enough to watch: every 100 ms, deferred at most 1.5 s. (The app's own
    // sweeper runs every 10 s and defers up to 30 s during a flood: it does not run within this test.)
    const started = Date.now();
    const flood = Array.from({ length: BUSY_SUBMISSIONS }, () => intakeUnderWay(ctx.deps.db));
    const sweeper = Fastify();
    await sweeper.register(notificationSweeper(ctx.deps, 100, 1_500));
    await sweeper.ready();
    try {
      await submitHighRisk();
      await sleep(Math.max(0, started + 1_000 - Date.now()));
      expect(await claimed()).toBe(0); // ten sweeps skipped
      while ((await claimed()) === 0 && Date.now() - started < 10_000) await sleep(50);
      expect(await claimed()).toBe(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    } finally {
      for (const done of flood) done();
    }

    // Once intake is calm again, the sweeper runs at its pace.
    await sleep(CALM_AFTER_MS);
    const calmFrom = Date.now();
    await submitHighRisk();
    while ((await claimed()) < 2 && Date.now() - calmFrom < 10_000) await sleep(50);
    expect(await claimed()).toBe(2);
    expect(Date.now() - calmFrom).toBeLessThan(1_000);
    await sweeper.close();
  }, 30_000);
});
