import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardQuery, DashboardSummary } from '../../shared/contracts/dashboards.ts';
import { createPartnerOrg, signInAs } from '../auth/testing.ts';
import { seedReportRow } from '../exports/test-factory.ts';
import { insertReports } from '../reports/insert.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { refreshDashboardRollup } from './refresh-rollup.ts';
import { buildDashboardSummary } from './service.ts';
import { seedCampaign, seedReferral, seedReport } from './test-factory.ts';

/**
 * The rollup must answer exactly what the direct queries answer, for the same data: random reports
 * (several per case, spam, every dimension, acknowledgement times down to the microsecond), every
 * period shape (whole months, partial months at either edge, one day, open ends) and every single
 * filter — then again after new reports, status, risk and classification changes, merges, referral
 * outcomes and spam marks, which nobody tells the rollup about.
 */
let ctx: TestContext;
let userId: string;
let partners: string[];
const seed = Number(process.env.DASHBOARD_TEST_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failure can be replayed with DASHBOARD_TEST_SEED. */
function generator(s: number) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(seed);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const some = <T>(values: readonly T[], max: number): T[] =>
  Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(values));

const TACTICS = ['death_threat', 'phishing', 'doxxing', 'surveillance'];
const COMMUNITIES = ['uyghur', 'tibetan', 'hong_kong'];
const CHANNELS = ['wechat', 'phone', 'email'];
const PROVINCES = ['ON', 'QC', 'BC', null];
const RISKS = ['immediate', 'high', 'medium', 'low'] as const;
const STATUSES = ['new', 'triaged', 'in_progress', 'referred', 'closed'] as const;
const caseIds: string[] = [];

async function addReports(count: number) {
  for (let i = 0; i < count; i++) {
    // Three months and a bit, so that periods have whole months and partial edges.
    const receivedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 100 * 86_400_000));
    const intoExisting = caseIds.length > 0 && random() < 0.15;
    const made = await seedReport(ctx.deps, {
      receivedAt,
      tactics: some(TACTICS, 3),
      communities: some(COMMUNITIES, 2),
      channels: some(CHANNELS, 2),
      perpetratorTypes: some(['unknown', 'state_agent'], 1),
      province: pick(PROVINCES),
      suspectedState: pick(['CN', 'RU', null, '']),
      risk: pick(RISKS),
      status: pick(STATUSES),
      spam: random() < 0.1,
      ...(random() < 0.3 ? { institution: pick(['qc_mcgill', 'bc_ubc']) } : {}),
      ...(intoExisting ? { caseId: pick(caseIds) } : {}),
      ...(!intoExisting && random() < 0.7
        ? { acknowledgedAfterHours: pick([0, 1, 2.5, random() * 100, random() * 1000]) }
        : {}),
    });
    if (!intoExisting) caseIds.push(made.caseId);
    if (random() < 0.2) {
      await seedReferral(ctx.deps, {
        caseId: made.caseId,
        partnerOrgId: pick(partners),
        createdBy: userId,
        outcome: pick([null, 'investigating', 'closed']),
      });
    }
  }
}

function queries(): DashboardQuery[] {
  const periods: Pick<DashboardQuery, 'from' | 'to'>[] = [
    {},
    { from: '2026-02-01', to: '2026-03-31' },
    { from: '2026-01-17', to: '2026-03-09' },
    { from: '2026-02-10', to: '2026-02-20' },
    { from: '2026-02-14', to: '2026-02-14' },
    { from: '2026-02-12' },
    { to: '2026-03-03' },
    { from: '2026-03-01' },
    { from: '2027-01-01' },
  ];
  const filters: Omit<DashboardQuery, 'from' | 'to' | 'lang'>[] = [
    {},
    { tactic: pick(TACTICS) },
    { community: pick(COMMUNITIES) },
    { channel: pick(CHANNELS) },
    { province: 'QC' },
    { suspectedState: 'RU' },
    { risk: pick(RISKS) },
    { status: pick(STATUSES) },
  ];
  return periods.flatMap((p) => filters.map((f) => ({ ...p, ...f })));
}

const without = (s: DashboardSummary) => ({ ...s, generatedAt: '' });

async function expectRollupToMatch(stage: string) {
  for (const query of queries()) {
    const direct = await buildDashboardSummary(ctx.deps, query, { source: 'direct' });
    const rolled = await buildDashboardSummary(ctx.deps, query, { source: 'rollup' });
    expect(without(rolled), `${stage}, seed ${seed}, ${JSON.stringify(query)}`).toEqual(without(direct));
  }
}

beforeAll(async () => {
  ctx = await startTestContext();
  userId = (await signInAs(ctx, 'supervisor')).userId;
  partners = [
    await createPartnerOrg(ctx, { kind: 'police' }),
    await createPartnerOrg(ctx, { kind: 'university' }),
  ];
  await addReports(45);
  await seedCampaign(ctx.deps, { status: 'confirmed', caseIds: caseIds.slice(0, 4) });
  await seedCampaign(ctx.deps, { status: 'suggested', caseIds: caseIds.slice(3, 6) });
});

afterAll(async () => {
  await ctx?.close();
});

describe('dashboard rollup', () => {
  it('answers exactly as the direct queries over random data', async () => {
    // Not all zero: the comparison means something.
    const all = await buildDashboardSummary(ctx.deps, {}, { source: 'rollup' });
    expect(all.totals.reports).toBeGreaterThan(30);
    expect(all.timeToAcknowledge.some((a) => a.medianHours !== null)).toBe(true);
    await expectRollupToMatch('initial');
  });

  it('catches up, unasked, with new reports and with changes to cases, reports and referrals', async () => {
    await addReports(12);
    const now = () => new Date();
    const [a, b, c, d, e] = caseIds.slice(-10);
    await ctx.deps.db.query(
      `UPDATE cases SET status = 'closed', risk = 'immediate', version = version + 1, updated_at = $2 WHERE id = $1`,
      [a, now()],
    );
    await ctx.deps.db.query(
      `UPDATE cases SET acknowledged_at = opened_at + interval '3 hours 0.000123 seconds', updated_at = $2
        WHERE id = $1`,
      [b, now()],
    );
    await ctx.deps.db.query('UPDATE cases SET spam = true, updated_at = $2 WHERE id = $1', [c, now()]);
    // A reclassification, as cases/update-case.ts does it: the report changes, the case's updated_at with it.
    await ctx.deps.db.query(
      `UPDATE reports SET tactics = '{doxxing,phishing}', province = 'BC' WHERE case_id = $1`,
      [d],
    );
    await ctx.deps.db.query('UPDATE cases SET updated_at = $2 WHERE id = $1', [d, now()]);
    // A merge: e's reports move into a, e is closed as a duplicate.
    await ctx.deps.db.query('UPDATE reports SET case_id = $2 WHERE case_id = $1', [e, a]);
    await ctx.deps.db.query(
      `UPDATE cases SET merged_into_id = $2, status = 'closed', updated_at = $3 WHERE id = $1`,
      [e, a, now()],
    );
    await ctx.deps.db.query('UPDATE cases SET updated_at = $2 WHERE id = $1', [a, now()]);
    await ctx.deps.db.query(
      `UPDATE referrals SET outcome = 'charges_laid', outcome_at = $1, updated_at = $1
        WHERE id = (SELECT id FROM referrals ORDER BY created_at LIMIT 1)`,
      [now()],
    );
    // Campaigns: one rejected, one new, one case taken out of another.
    await ctx.deps.db.query(
      `UPDATE campaigns SET status = 'rejected', updated_at = $1 WHERE status = 'confirmed'`,
      [now()],
    );
    await seedCampaign(ctx.deps, { status: 'suggested', caseIds: caseIds.slice(-6, -3) });
    await ctx.deps.db.query(
      `DELETE FROM campaign_members WHERE case_id = $1 AND campaign_id = (SELECT id FROM campaigns WHERE status = 'suggested' ORDER BY created_at LIMIT 1)`,
      [caseIds[4]],
    );
    await expectRollupToMatch('after changes');
  });

  it('finds by recounting what timestamps do not show: old reports loaded in bulk, deletions', async () => {
    // As the demo bulk loader writes them: already indexed, updated_at = opened_at, months ago.
    const old = new Date('2026-02-03T08:00:00Z');
    await ctx.deps.db.transaction(async (tx) => {
      await insertReports(tx, [
        await seedReportRow(ctx.deps, tx, {
          receivedAt: old,
          indexedAt: old,
          tactics: ['phishing'],
          communities: [],
          channels: [],
          province: null,
          suspectedState: null,
          risk: 'low',
          synthetic: true,
        }),
      ]);
      const victim = caseIds[7]!;
      await tx.query('DELETE FROM referrals WHERE case_id = $1', [victim]);
      await tx.query('DELETE FROM campaign_members WHERE case_id = $1', [victim]);
      for (const table of ['evidence_files', 'indicator_occurrences', 'search_tokens']) {
        await tx.query(
          `DELETE FROM ${table} WHERE report_id IN (SELECT id FROM reports WHERE case_id = $1)`,
          [victim],
        );
      }
      await tx.query('DELETE FROM reports WHERE case_id = $1', [victim]);
    });
    expect(await refreshDashboardRollup(ctx.deps, { mode: 'recount', wait: true })).toBe('recount');
    await expectRollupToMatch('after a bulk load and a deletion');
    expect(await refreshDashboardRollup(ctx.deps, { mode: 'rebuild', wait: true })).toBe('rebuild');
    await expectRollupToMatch('after a full rebuild');
  });

  it('reads the rollup for the default view and single filters, directly for combinations', async () => {
    await expect(
      buildDashboardSummary(ctx.deps, { tactic: 'phishing', province: 'QC' }, { source: 'rollup' }),
    ).rejects.toThrow();
    const combined = { tactic: 'phishing', province: 'QC', from: '2026-01-05' } as const;
    expect(without(await buildDashboardSummary(ctx.deps, combined))).toEqual(
      without(await buildDashboardSummary(ctx.deps, combined, { source: 'direct' })),
    );
  });
});
