import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../shared/contracts/dashboards.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { seedCampaign, seedReferral, seedReport } from './test-factory.ts';

let ctx: TestContext;
let analyst: SignedIn;
let supervisor: SignedIn;

const count = (buckets: { key: string; count: number }[], key: string) =>
  buckets.find((b) => b.key === key)?.count ?? 0;

beforeAll(async () => {
  ctx = await startTestContext();
  analyst = await signInAs(ctx, 'analyst');
  supervisor = await signInAs(ctx, 'supervisor');
  // January: three Uyghur reports in Ontario, one at a university, acknowledged after 2, 4 and 30 hours.
  const a = await seedReport(ctx.deps, {
    receivedAt: new Date('2026-01-10T10:00:00Z'),
    tactics: ['death_threat', 'family_pressure'],
    perpetratorTypes: ['unknown'],
    institution: 'on_utoronto',
    risk: 'high',
    status: 'triaged',
    acknowledgedAfterHours: 2,
  });
  const b = await seedReport(ctx.deps, {
    receivedAt: new Date('2026-01-20T10:00:00Z'),
    risk: 'high',
    status: 'referred',
    acknowledgedAfterHours: 4,
  });
  await seedReport(ctx.deps, {
    receivedAt: new Date('2026-01-25T10:00:00Z'),
    risk: 'high',
    acknowledgedAfterHours: 30,
  });
  // February: two Tibetan reports in Quebec over WeChat, one at McGill, one not yet acknowledged.
  const d = await seedReport(ctx.deps, {
    receivedAt: new Date('2026-02-05T10:00:00Z'),
    province: 'QC',
    tactics: ['phishing'],
    communities: ['tibetan'],
    channels: ['wechat'],
    suspectedState: null,
    institution: 'qc_mcgill',
    risk: 'low',
    acknowledgedAfterHours: 1,
  });
  await seedReport(ctx.deps, {
    receivedAt: new Date('2026-02-06T10:00:00Z'),
    province: 'QC',
    tactics: ['phishing'],
    communities: ['tibetan'],
    risk: 'low',
  });
  // Left out: spam, and a report outside the period.
  await seedReport(ctx.deps, { receivedAt: new Date('2026-01-15T10:00:00Z'), spam: true });
  await seedReport(ctx.deps, { receivedAt: new Date('2025-06-15T10:00:00Z') });

  const police = await createPartnerOrg(ctx, { kind: 'police' });
  const campus = await createPartnerOrg(ctx, { kind: 'university' });
  await seedReferral(ctx.deps, {
    caseId: b.caseId,
    partnerOrgId: police,
    createdBy: supervisor.userId,
    outcome: 'investigating',
  });
  await seedReferral(ctx.deps, { caseId: a.caseId, partnerOrgId: campus, createdBy: supervisor.userId });
  await seedCampaign(ctx.deps, { status: 'confirmed', caseIds: [a.caseId, b.caseId] });
  await seedCampaign(ctx.deps, { status: 'suggested', caseIds: [d.caseId] });
});

afterAll(async () => {
  await ctx?.close();
});

async function summary(who: SignedIn, query: string): Promise<DashboardSummary> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/dashboards/summary?${query}`,
    headers: who.headers,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<DashboardSummary>();
}

describe('GET /api/v1/dashboards/summary', () => {
  it('counts the period’s reports by every dimension, leaving spam out', async () => {
    const s = await summary(analyst, 'from=2026-01-01&to=2026-06-30');
    expect(s.totals).toEqual({ reports: 5, cases: 5, campusReports: 2, referrals: 2 });
    expect(s.byMonth).toEqual([
      { month: '2026-01', count: 3 },
      { month: '2026-02', count: 2 },
    ]);
    expect(count(s.by.tactic, 'death_threat')).toBe(3);
    expect(count(s.by.tactic, 'family_pressure')).toBe(1);
    expect(count(s.by.tactic, 'phishing')).toBe(2);
    expect(count(s.by.community, 'uyghur')).toBe(3);
    expect(count(s.by.community, 'tibetan')).toBe(2);
    expect(count(s.by.suspectedState, 'CN')).toBe(4);
    expect(count(s.by.suspectedState, 'unspecified')).toBe(1);
    expect(count(s.by.province, 'ON')).toBe(3);
    expect(count(s.by.province, 'QC')).toBe(2);
    expect(count(s.by.channel, 'messaging_app')).toBe(4);
    expect(count(s.by.channel, 'wechat')).toBe(1);
    // One report each: counted together, not named (institutions.test.ts).
    expect(s.by.institution.map((b) => [b.key, b.count])).toEqual([['other', 2]]);
    expect(count(s.by.perpetrator, 'unknown')).toBe(1);
    expect(count(s.by.perpetrator, 'unspecified')).toBe(4);
    expect(count(s.by.risk, 'high')).toBe(3);
    expect(count(s.by.risk, 'low')).toBe(2);
    expect(count(s.by.status, 'new')).toBe(3);
    expect(count(s.by.status, 'triaged')).toBe(1);
    expect(count(s.by.status, 'referred')).toBe(1);
    // Labels come from the taxonomy, in the requested language.
    expect(s.by.tactic.find((b) => b.key === 'phishing')?.label).not.toBe('phishing');
    expect(s.by.risk.find((b) => b.key === 'high')?.label).toBe('High');
  });

  it('gives the median and 90th percentile of the time to acknowledge by risk', async () => {
    const s = await summary(analyst, 'from=2026-01-01&to=2026-06-30');
    const high = s.timeToAcknowledge.find((a) => a.risk === 'high')!;
    expect(high.acknowledged).toBe(3);
    expect(high.medianHours).toBeCloseTo(4, 5);
    // Continuous percentile over 2, 4, 30 hours: 4 + 0.8 × (30 − 4).
    expect(high.p90Hours).toBeCloseTo(24.8, 5);
    const low = s.timeToAcknowledge.find((a) => a.risk === 'low')!;
    expect(low).toMatchObject({ acknowledged: 1, medianHours: 1, p90Hours: 1 });
    expect(s.timeToAcknowledge.find((a) => a.risk === 'immediate')).toMatchObject({
      acknowledged: 0,
      medianHours: null,
    });
  });

  it('counts referrals by partner kind and outcome, and campaigns by status', async () => {
    const s = await summary(supervisor, 'from=2026-01-01&to=2026-06-30');
    expect(s.referrals).toEqual([
      { partnerKind: 'police', outcome: 'investigating', count: 1 },
      { partnerKind: 'university', outcome: 'awaiting', count: 1 },
    ]);
    expect(s.campaigns.map((c) => [c.key, c.count]).sort()).toEqual([
      ['confirmed', 1],
      ['suggested', 1],
    ]);
  });

  it('applies each filter', async () => {
    const tibetan = await summary(analyst, 'from=2026-01-01&to=2026-06-30&community=tibetan');
    expect(tibetan.totals.reports).toBe(2);
    expect(tibetan.campaigns.map((c) => c.key)).toEqual(['suggested']);
    expect(tibetan.referrals).toEqual([]);
    expect((await summary(analyst, 'tactic=death_threat&from=2026-01-01')).totals.reports).toBe(3);
    expect((await summary(analyst, 'province=QC&channel=wechat')).totals.reports).toBe(1);
    expect((await summary(analyst, 'risk=high&status=new&from=2026-01-01')).totals.reports).toBe(1);
    // The upper bound is a whole day: reports of 20 January count when `to` is 2026-01-20.
    expect((await summary(analyst, 'from=2026-01-20&to=2026-01-20')).totals.reports).toBe(1);
    // Without a period: everything but spam, including 2025.
    expect((await summary(analyst, '')).totals.reports).toBe(6);
    const none = await summary(analyst, 'from=2027-01-01');
    expect(none.totals.reports).toBe(0);
    expect(none.byMonth).toEqual([]);
  });

  it('labels in French when asked', async () => {
    const s = await summary(analyst, 'from=2026-01-01&lang=fr');
    expect(s.by.risk.find((b) => b.key === 'high')?.label).toBe('Élevé');
    expect(s.by.suspectedState.find((b) => b.key === 'unspecified')?.label).toBe('Non précisé');
  });

  it('is closed to other roles and rejects a malformed filter', async () => {
    const caseworker = await signInAs(ctx, 'caseworker');
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dashboards/summary',
      headers: caseworker.headers,
    });
    expect(res.statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/dashboards/summary' })).statusCode).toBe(401);
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/dashboards/summary?risk=extreme',
      headers: analyst.headers,
    });
    expect(bad.statusCode).toBe(400);
  });
});
