import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardOverview } from '../../shared/contracts/dashboards.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let supervisor: SignedIn;
let caseworker: SignedIn;
const HOUR = 3_600_000;

beforeAll(async () => {
  ctx = await startTestContext();
  // 10 June 2026, noon (UTC). Targets (config defaults) are minutes per risk.
  ctx.clock.set(Date.parse('2026-06-10T12:00:00Z'));
  [supervisor, caseworker] = await Promise.all([signInAs(ctx, 'supervisor'), signInAs(ctx, 'caseworker')]);
  await ctx.deps.db.query('UPDATE users SET display_name = $2 WHERE id = $1', [caseworker.userId, 'Jun Li']);
  const now = ctx.clock.now().getTime();
  const { immediate, high } = ctx.deps.config.ackTargetsMinutes;
  // Overdue: an immediate-risk case opened twice its target ago, assigned to the caseworker.
  const late = await seedReport(ctx.deps, {
    risk: 'immediate',
    openedAt: new Date(now - 2 * immediate * 60_000),
  });
  await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [
    late.caseId,
    caseworker.userId,
  ]);
  // Acknowledged: one high-risk case within its target, one after it.
  for (const factor of [0.5, 3]) {
    const r = await seedReport(ctx.deps, {
      risk: 'high',
      openedAt: new Date(now - 10 * HOUR - high * 60_000 * 3),
    });
    await ctx.deps.db.query(
      `UPDATE cases SET acknowledged_at = opened_at + make_interval(mins => $2) WHERE id = $1`,
      [r.caseId, Math.round(high * factor)],
    );
  }
  // Reports: one last month (May), the three above this month.
  await seedReport(ctx.deps, { risk: 'low', openedAt: new Date('2026-05-20T08:00:00Z') });
  // An alert nobody has seen, and one seen.
  for (const seen of [[], [supervisor.userId]]) {
    await ctx.deps.db.query(
      'INSERT INTO link_alerts (id, case_id, created_at, seen_by) VALUES ($1, $2, $3, $4::uuid[])',
      [randomUUID(), late.caseId, ctx.clock.now(), seen],
    );
  }
}, 60_000);
afterAll(() => ctx?.close());

describe('the dashboard overview', () => {
  it('shows overdue cases, acknowledgement against targets, load per person, open alerts and two months', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dashboards/overview',
      headers: supervisor.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as DashboardOverview;
    expect(o.overdue.find((x) => x.risk === 'immediate')?.count).toBe(1);
    const high = o.acknowledgement.find((a) => a.risk === 'high')!;
    expect(high).toMatchObject({
      targetMinutes: ctx.deps.config.ackTargetsMinutes.high,
      acknowledged: 2,
      withinTarget: 1,
    });
    expect(o.load.find((l) => l.assignee?.displayName === 'Jun Li')).toEqual({
      assignee: { id: caseworker.userId, displayName: 'Jun Li' },
      open: 1,
      overdue: 1,
    });
    expect(o.load.find((l) => l.assignee === null)?.open).toBe(3);
    expect(o.openAlerts).toBe(1);
    expect(o.reports).toEqual({
      thisMonth: { month: '2026-06', count: 3 },
      lastMonth: { month: '2026-05', count: 1 },
    });
  });
});
