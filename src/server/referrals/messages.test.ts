import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReferralMessage, ReferralMessageList } from '../../shared/contracts/referrals.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../platform/mail/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

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

const call = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
const mailTo = (address: string) => inbox.filter((m) => m.to.includes(address)).map((m) => m.raw);

describe('messages on a referral between the partner and the focal point', () => {
  it('go both ways, sealed, audited without their text, each side told by e-mail without it', async () => {
    const org = await createPartnerOrg(ctx, { name: 'Message Police', kind: 'police' });
    const otherOrg = await createPartnerOrg(ctx, { name: 'Other Police', kind: 'police' });
    const [caseworker, partner, stranger, intake, analyst] = await Promise.all([
      signInAs(ctx, 'caseworker', { email: 'cw-messages@focalpoint.test' }),
      signInAs(ctx, 'partner', { partnerOrgId: org, email: 'liaison-messages@police.test', locale: 'fr' }),
      signInAs(ctx, 'partner', { partnerOrgId: otherOrg }),
      signInAs(ctx, 'intake_officer'),
      signInAs(ctx, 'analyst'),
    ]);
    const kase = await seedReport(ctx.deps);
    await ctx.deps.db.query('UPDATE reports SET consent_referral_police = true WHERE id = $1', [
      kase.reportId,
    ]);
    await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [
      kase.caseId,
      caseworker.userId,
    ]);
    const made = await call(caseworker, 'POST', `/api/v1/cases/${kase.caseId}/referrals`, {
      partnerOrgId: org,
      basis: 'consent',
      purpose: 'Identify the caller',
    });
    expect(made.statusCode, made.body).toBe(201);
    const url = `/api/v1/referrals/${made.json().id as string}/messages`;

    const asked = await call(partner, 'POST', url, { body: 'Can the person meet us on Tuesday morning?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ from: 'partner', mine: true });
    ctx.clock.set(ctx.clock.now().getTime() + 60_000);
    const answered = await call(caseworker, 'POST', url, {
      body: 'Yes, from 9 o’clock; she prefers French.',
    });
    expect(answered.statusCode, answered.body).toBe(201);

    // The partner sees the focal point as one voice; staff see which partner user wrote.
    const partnerView = (await call(partner, 'GET', url)).json() as ReferralMessageList;
    expect(partnerView.items.map((m) => [m.from, m.mine, m.author, m.body])).toEqual([
      ['partner', true, 'liaison-messages@police.test', 'Can the person meet us on Tuesday morning?'],
      ['focal_point', false, null, 'Yes, from 9 o’clock; she prefers French.'],
    ]);
    const staffView = (await call(intake, 'GET', url)).json() as ReferralMessageList;
    expect(staffView.items.map((m: ReferralMessage) => [m.from, m.mine])).toEqual([
      ['partner', false],
      ['focal_point', true],
    ]);

    // Intake officers read but do not write; analysts and another organisation's partner see nothing.
    expect((await call(intake, 'POST', url, { body: 'x' })).statusCode).toBe(403);
    expect((await call(analyst, 'GET', url)).statusCode).toBe(403);
    expect((await call(stranger, 'GET', url)).statusCode).toBe(404);
    expect((await call(stranger, 'POST', url, { body: 'x' })).statusCode).toBe(404);
    const empty = await call(partner, 'POST', url, { body: '   ' });
    expect(empty.statusCode).toBe(400);

    // Sealed at rest; the audit log says who wrote and read, never what.
    const { rows } = await ctx.deps.db.query<{ body_sealed: Buffer }>(
      'SELECT body_sealed FROM referral_messages',
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Buffer.from(r.body_sealed).includes(Buffer.from('Tuesday'))).toBe(false);
    const { rows: audit } = await ctx.deps.db.query<{ action: string; meta: unknown }>(
      `SELECT action, meta FROM audit_log WHERE action LIKE 'referral.message%' ORDER BY seq`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'referral.message.sent',
      'referral.message.sent',
      'referral.messages.read',
      'referral.messages.read',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Tuesday|French/);

    // Each side hears that a message waits (in their language), with a link and never the text.
    await vi.waitFor(
      () => {
        expect(mailTo('cw-messages@focalpoint.test')).toHaveLength(1);
        expect(mailTo('liaison-messages@police.test')).toHaveLength(2); // the referral, then the reply
      },
      { timeout: 10_000 },
    );
    expect(mailTo('cw-messages@focalpoint.test')[0]).toContain(`New message on referral ${kase.reference}`);
    expect(mailTo('liaison-messages@police.test')[1]).toContain(
      `Nouveau message sur le renvoi ${kase.reference}`,
    );
    for (const mail of inbox) expect(mail.raw).not.toMatch(/Tuesday|French/);
  });
});
