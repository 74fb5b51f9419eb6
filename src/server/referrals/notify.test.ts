import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPartnerOrg, signInAs } from '../auth/testing.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { updateConsents } from '../followup/service.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../platform/mail/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { notifyConsentWithdrawn } from './notify.ts';

let ctx: TestContext;
let smtp: TestSmtp;
const inbox: ReceivedMail[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp(inbox);
  ctx = await startTestContext({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_FROM: 'FocalPoint <alerts@focalpoint.test>',
    PUBLIC_URL: 'https://focalpoint.example',
  });
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
const to = (address: string) => inbox.filter((m) => m.to.includes(address)).map((m) => decoded(m.raw));

describe('referral e-mails over real SMTP', () => {
  it('asks supervisors to approve an override, then tells the partner users — reference and link only', async () => {
    const org = await createPartnerOrg(ctx, { name: 'Mail Police', kind: 'police' });
    await createUser(ctx.deps, { email: 'liaison-en@police.test', role: 'partner', org }, { type: 'cli' });
    await createUser(
      ctx.deps,
      { email: 'liaison-fr@police.test', role: 'partner', org, locale: 'fr' },
      { type: 'cli' },
    );
    const caseworker = await signInAs(ctx, 'caseworker');
    const supervisor = await signInAs(ctx, 'supervisor', { email: 'boss@focalpoint.test' });
    const kase = await seedReport(ctx.deps, { narrative: 'Secret narrative about the threats' });
    await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [
      kase.caseId,
      caseworker.userId,
    ]);

    const requested = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${kase.caseId}/referrals`,
      headers: caseworker.headers,
      payload: {
        partnerOrgId: org,
        basis: 'imminent_danger',
        purpose: 'p',
        overrideReason: 'Sealed knife reason',
      },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    await vi.waitFor(() => expect(to('boss@focalpoint.test')).toHaveLength(1), { timeout: 10_000 });
    const ask = to('boss@focalpoint.test')[0]!;
    expect(ask).toContain(`Imminent danger: a referral of ${kase.reference} awaits your approval`);
    expect(ask).toContain(`https://focalpoint.example/console/cases/${kase.caseId}`);
    expect(to('liaison-en@police.test')).toHaveLength(0);

    const approved = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/referrals/${requested.json().id}/approve`,
      headers: supervisor.headers,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    await vi.waitFor(
      () => {
        expect(to('liaison-en@police.test')).toHaveLength(1);
        expect(to('liaison-fr@police.test')).toHaveLength(1);
      },
      { timeout: 10_000 },
    );
    expect(to('liaison-en@police.test')[0]).toContain(`New referral ${kase.reference} from the focal point`);
    expect(to('liaison-fr@police.test')[0]).toContain(`Nouveau renvoi ${kase.reference}`);
    for (const mail of inbox.map((m) => decoded(m.raw))) {
      expect(mail).not.toContain('Secret narrative');
      expect(mail).not.toContain('knife');
    }
  });

  it('tells the partner when the reporter withdraws the consent a referral relied on', async () => {
    const org = await createPartnerOrg(ctx, { name: 'Withdrawn Police', kind: 'police' });
    await createUser(ctx.deps, { email: 'liaison-w@police.test', role: 'partner', org }, { type: 'cli' });
    const supervisor = await signInAs(ctx, 'supervisor');
    const kase = await seedReport(ctx.deps);
    await ctx.deps.db.query('UPDATE reports SET consent_referral_police = true WHERE id = $1', [
      kase.reportId,
    ]);
    const made = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${kase.caseId}/referrals`,
      headers: supervisor.headers,
      payload: { partnerOrgId: org, basis: 'consent', purpose: 'p' },
    });
    expect(made.statusCode, made.body).toBe(201);
    await vi.waitFor(() => expect(to('liaison-w@police.test')).toHaveLength(1), { timeout: 10_000 });

    // Nothing withdrawn yet: nobody is told.
    expect((await notifyConsentWithdrawn(ctx.deps, kase.reportId)).recipients).toBe(0);
    // Withdrawing it through follow-up tells the partner by itself, after the change is committed.
    await updateConsents(ctx.deps, { receipt: kase.receipt, consents: { referralToPolice: false } });
    await vi.waitFor(() => expect(to('liaison-w@police.test')).toHaveLength(2), { timeout: 10_000 });
    expect(to('liaison-w@police.test')[1]).toContain(`Consent withdrawn: referral ${kase.reference}`);
  });
});
