import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnerOrg, PartnerOrgList } from '../../shared/contracts/referrals.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { referralNewsForReport } from './reporter-news.ts';

let ctx: TestContext;
let admin: SignedIn;
let caseworker: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  [admin, caseworker] = await Promise.all([signInAs(ctx, 'admin'), signInAs(ctx, 'caseworker')]);
}, 90_000);
afterAll(() => ctx?.close());

/** A case assigned to the caseworker whose reporter agreed to be contacted and to nothing else. */
async function contactOnlyCase(contact: boolean) {
  const report = await seedReport(ctx.deps);
  await ctx.deps.db.query(
    'UPDATE reports SET consent_referral_police = false, consent_contact = $2 WHERE id = $1',
    [report.reportId, contact],
  );
  await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [
    report.caseId,
    caseworker.userId,
  ]);
  return report;
}

const referTo = (caseId: string, partnerOrgId: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/referrals`,
    headers: caseworker.headers,
    payload: { partnerOrgId, basis: 'consent', purpose: 'Check the phone for spyware' },
  });

describe('digital-security partners', () => {
  it('are a kind of their own, seeded for the helpline, and take a referral on contact consent alone', async () => {
    const orgs = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/partner-orgs', headers: admin.headers })
    ).json() as PartnerOrgList;
    expect(orgs.items.find((o) => o.name === 'Digital-security helpline')?.kind).toBe('digital_security');

    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/partner-orgs',
      headers: admin.headers,
      payload: { name: 'Spyware clinic', kind: 'digital_security', jurisdiction: 'national' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const clinic = created.json() as PartnerOrg;

    const kase = await contactOnlyCase(true);
    const sent = await referTo(kase.caseId, clinic.id);
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ status: 'sent', basis: 'consent' });
    // The person reads in follow-up, in their language, who their report went to.
    const [en] = await referralNewsForReport(ctx.deps, kase.reportId, 'en');
    expect(en?.text).toMatch(/referred to a digital-security organisation\.$/);
    const [bo] = await referralNewsForReport(ctx.deps, kase.reportId, 'bo');
    expect(bo?.text).toContain('ཨང་ཀིའི་བདེ་འཇགས་ཀྱི་ལས་ཁུངས།');
  });

  it('are refused when the person did not agree to be contacted', async () => {
    const orgs = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/partner-orgs', headers: caseworker.headers })
    ).json() as PartnerOrgList;
    const helpline = orgs.items.find((o) => o.kind === 'digital_security');
    const kase = await contactOnlyCase(false);
    const refused = await referTo(kase.caseId, helpline?.id ?? '');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('referrals.error.noContactConsent');
  });
});
