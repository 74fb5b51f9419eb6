import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DashboardQuery } from '../../shared/contracts/dashboards.ts';
import { CASE_SCOPES, type RetentionSettingsPatch } from '../../shared/contracts/retention.ts';
import { createPartnerOrg, signInAs } from '../auth/testing.ts';
import { buildDashboardSummary } from '../dashboards/service.ts';
import { seedReferral } from '../dashboards/test-factory.ts';
import { bulkLoadReports } from '../demo/bulk-load.ts';
import { buildPublicStatistics } from '../stats/service.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { planRetention, runRetention } from './run-retention.ts';
import { updateSettings } from './schedule.ts';

/**
 * Every published figure is unchanged by disposal: the public statistics and the dashboard's counts (read
 * directly and from the rollup) are the same before and after a retention run that de-identifies or
 * destroys thousands of demonstration cases — closed for every reason, referred with outcomes, in
 * campaigns, marked as spam — because what statistics count is exactly what disposal keeps.
 */

let ctx: TestContext;
const REPORTS = 3000;

/**
 * Selections read both directly and from the rollup (a rollup read refreshes it first, which takes seconds
 * here: two of them), and selections read directly.
 */
const QUERIES: DashboardQuery[] = [{}, { status: 'closed' }];
const DIRECT_ONLY: DashboardQuery[] = [
  { status: 'new' },
  { province: 'ON', from: '2026-01-01', to: '2026-06-30' },
  { tactic: 'abusive_messages' },
  { community: 'uyghur', risk: 'high' },
];

async function figures() {
  const stats = [];
  for (const year of [2025, 2026])
    stats.push(await buildPublicStatistics(ctx.deps, { year, includeSynthetic: true }));
  const dashboards = [];
  for (const q of QUERIES)
    for (const source of ['direct', 'rollup'] as const)
      dashboards.push(await buildDashboardSummary(ctx.deps, q, { source }));
  for (const q of DIRECT_ONLY)
    dashboards.push(await buildDashboardSummary(ctx.deps, q, { source: 'direct' }));
  const strip = <T extends { generatedAt: string }>({ generatedAt: _g, ...rest }: T) => rest;
  return { stats: stats.map(strip), dashboards: dashboards.map(strip) };
}

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(Date.UTC(2026, 11, 15, 12));
  // Demonstration cases as the bulk loader writes them: cases, reports, identifiers, search tokens, campaigns.
  await bulkLoadReports(ctx.deps, { count: REPORTS, seed: 21, batchSize: 500 });
  // Give the cases lives: a third closed for every reason after a first answer, a third being worked on,
  // the rest never acted on; some marked as spam; referrals with outcomes on closed ones.
  await ctx.deps.db.query(
    `UPDATE cases SET status = 'closed', acknowledged_at = opened_at + interval '3 hours',
            closed_at = opened_at + interval '12 days', updated_at = opened_at + interval '12 days',
            closing_reason = (ARRAY['resolved', 'referred_and_completed', 'no_further_action_wanted',
              'unable_to_contact', 'out_of_mandate', 'spam_or_invalid'])[1 + abs(hashtext(id::text)) % 6]
      WHERE abs(hashtext(id::text || 'a')) % 3 = 0`,
  );
  await ctx.deps.db.query(
    `UPDATE cases SET status = 'in_progress', acknowledged_at = opened_at + interval '30 hours',
            updated_at = opened_at + interval '30 hours'
      WHERE abs(hashtext(id::text || 'a')) % 3 = 1`,
  );
  await ctx.deps.db.query(`UPDATE cases SET spam = true WHERE closing_reason = 'spam_or_invalid'`);
  const supervisor = await signInAs(ctx, 'supervisor');
  const police = await createPartnerOrg(ctx, { kind: 'police' });
  const { rows } = await ctx.deps.db.query<{ id: string }>(
    `SELECT id FROM cases WHERE closing_reason = 'referred_and_completed' ORDER BY id LIMIT 60`,
  );
  for (const [i, r] of rows.entries()) {
    await seedReferral(ctx.deps, {
      caseId: r.id,
      partnerOrgId: police,
      createdBy: supervisor.userId,
      outcome: i % 3 === 0 ? null : i % 3 === 1 ? 'investigating' : 'charges_laid',
    });
  }
}, 600_000);

afterAll(async () => {
  await ctx?.close();
});

it('leaves every public statistic and dashboard count as it was, over thousands of cases', async () => {
  const before = await figures();
  expect(before.dashboards[0]?.totals.reports).toBe(REPORTS - (await spam()));

  // Closed cases: de-identified after a minute, destroyed after two; cases nobody acted on: de-identified.
  const patch: RetentionSettingsPatch = {};
  for (const scope of CASE_SCOPES) {
    patch[`${scope}.deidentify`] = 1;
    patch[`${scope}.destroy`] = scope === 'not_acted_on' ? null : 2;
  }
  await updateSettings(ctx.deps, { type: 'cli' }, patch);
  ctx.clock.set(ctx.clock.ms() + 5 * 60_000);

  const plan = await planRetention(ctx.deps, { limit: REPORTS });
  const disposed = [];
  for (;;) {
    const run = await runRetention(ctx.deps, { actor: { type: 'cli' } });
    disposed.push(...run.items);
    if (!run.more) break;
  }
  // The dry run listed what the run did.
  expect(disposed.map((i) => `${i.caseId} ${i.action} ${i.rule}`).sort()).toEqual(
    plan.items.map((i) => `${i.caseId} ${i.action} ${i.rule}`).sort(),
  );
  const { rows } = await ctx.deps.db.query<{ deidentified: number; destroyed: number; content: number }>(
    `SELECT count(*) FILTER (WHERE deidentified_at IS NOT NULL)::int AS deidentified,
            count(*) FILTER (WHERE destroyed_at IS NOT NULL)::int AS destroyed,
            count(*) FILTER (WHERE narrative_sealed IS NOT NULL)::int AS content
       FROM reports`,
  );
  // About a third destroyed, a third de-identified, a third (being worked on) untouched.
  expect(rows[0]!.destroyed).toBeGreaterThan(REPORTS / 4);
  expect(rows[0]!.deidentified - rows[0]!.destroyed).toBeGreaterThan(REPORTS / 4);
  expect(rows[0]!.content).toBeGreaterThan(REPORTS / 4);
  expect(rows[0]!.deidentified + rows[0]!.content).toBe(REPORTS);

  expect(await figures()).toEqual(before);
}, 600_000);

async function spam(): Promise<number> {
  const { rows } = await ctx.deps.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM reports r JOIN cases c ON c.id = r.case_id WHERE c.spam',
  );
  return rows[0]!.n;
}
