import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FollowupView } from '../../shared/contracts/followup.ts';
import type { DeletionRequestList } from '../../shared/contracts/retention.ts';
import { messages } from '../../shared/i18n/messages.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../platform/mail/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { type Sent, sendReport } from './testing.ts';

/**
 * Deletion on request: the reporter asks in follow-up, a supervisor approves (the report is destroyed at
 * once, partners that received it are told the person withdrew) or refuses with a reason the reporter
 * reads in their own language; a legal hold blocks approval until it is lifted.
 */

let ctx: TestContext;
let smtp: TestSmtp;
const inbox: ReceivedMail[] = [];
let supervisor: SignedIn;
let partner: SignedIn;

/** The e-mails a partner user received, by subject (quoted-printable soft breaks undone). */
const subjectsTo = (address: string) =>
  inbox
    .filter((m) => m.to.includes(address))
    .map((m) => /^Subject: (.*)$/m.exec(m.raw.replace(/=\r?\n/g, ''))?.[1] ?? '');

async function askDeletion(s: Sent) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/followup/deletion-request',
    headers: { authorization: `Receipt ${s.receipt}` },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(202);
}

const decide = (s: Sent, payload: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/retention/deletion-requests/${s.reportId}/decision`,
    headers: supervisor.headers,
    payload,
  });

async function requests(): Promise<DeletionRequestList['items']> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/retention/deletion-requests',
    headers: supervisor.headers,
  });
  expect(res.statusCode).toBe(200);
  return (res.json() as DeletionRequestList).items;
}

const view = async (s: Sent, locale = 'en') => {
  const res = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/followup',
    headers: { authorization: `Receipt ${s.receipt}`, 'accept-language': locale },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(200);
  return res.json() as FollowupView;
};

/** The public follow-up page as a browser without JavaScript opens it: receipt posted, redirect followed. */
async function publicPage(s: Sent, locale: string): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/${locale}/follow-up`,
    payload: new URLSearchParams({ action: 'open', receipt: s.receipt }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(303);
  const page = await ctx.app.inject({ url: String(res.headers.location), remoteAddress: nextAddress() });
  expect(page.statusCode).toBe(200);
  return page.body;
}

beforeAll(async () => {
  smtp = await startTestSmtp(inbox);
  ctx = await startTestContext({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
  supervisor = await signInAs(ctx, 'supervisor');
  const police = await createPartnerOrg(ctx, { kind: 'police' });
  partner = await signInAs(ctx, 'partner', { partnerOrgId: police });
  partner.partnerOrgId = police;
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('deletion on request', () => {
  it('destroys the report once approved, tells the partner, and the reporter sees it done', async () => {
    const s = await sendReport(ctx);
    const referral = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${s.caseId}/referrals`,
      headers: supervisor.headers,
      payload: { partnerOrgId: partner.partnerOrgId, basis: 'consent', purpose: 'Threats by phone' },
    });
    expect(referral.statusCode).toBe(201);
    const referralId = (referral.json() as { id: string }).id;

    await askDeletion(s);
    expect((await view(s)).status.code).toBe('deletion_requested');
    expect((await requests()).map((r) => [r.reference, r.decision, r.referred])).toEqual([
      [s.reference, null, true],
    ]);

    const approved = await decide(s, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(await requests()).toEqual([]);

    const seen = await view(s);
    expect(seen.status.code).toBe('deleted');
    expect(seen.messages).toEqual([]);
    expect(seen.evidence).toEqual([]);
    expect(seen.receiptUntil).not.toBeNull();
    // In the reporter's language too.
    expect((await view(s, 'bo')).status.text).toBe(messages.bo['followup.status.deleted']);

    const { rows } = await ctx.deps.db.query<{ narrative: boolean; destroyed: boolean; rule: string }>(
      `SELECT r.narrative_sealed IS NOT NULL AS narrative, c.destroyed_at IS NOT NULL AS destroyed, t.rule
         FROM reports r JOIN cases c ON c.id = r.case_id JOIN retention_tombstones t ON t.report_id = r.id
        WHERE r.id = $1`,
      [s.reportId],
    );
    expect(rows).toEqual([{ narrative: false, destroyed: true, rule: 'deletion_request' }]);

    // The partner's referral says the person withdrew, and its package is gone.
    const seenByPartner = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/referrals/${referralId}`,
      headers: partner.headers,
    });
    expect(seenByPartner.json()).toMatchObject({ consentWithdrawn: true, deletionRequested: true });
    const pkg = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/referrals/${referralId}/package.json`,
      headers: partner.headers,
    });
    expect(pkg.statusCode).toBe(409);
    // And its people are told by e-mail (the reference only, never content).
    await vi.waitFor(
      () => expect(subjectsTo(partner.email)).toContain(`Consent withdrawn: referral ${s.reference}`),
      { timeout: 10_000 },
    );
  });

  it('refuses while a legal hold stands, tells the reporter why, and approves once it is lifted', async () => {
    const s = await sendReport(ctx);
    const hold = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/retention/holds',
      headers: supervisor.headers,
      payload: { reference: s.reference, basis: 'litigation', reason: 'Civil claim', reviewOn: '2027-01-31' },
    });
    expect(hold.statusCode).toBe(201);
    await askDeletion(s);

    const blocked = await decide(s, { decision: 'approve' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.message).toMatch(/legal hold/);

    expect((await decide(s, { decision: 'refuse', refusal: 'legal_hold' })).statusCode).toBe(200);
    const seen = await view(s, 'fr');
    expect(seen.status.code).toBe('deletion_refused');
    expect(seen.refusal).toEqual({ code: 'legal_hold', text: messages.fr['followup.refusal.legal_hold'] });
    // The public follow-up page (no JavaScript) says the same.
    const page = await publicPage(s, 'fr');
    expect(page).toContain(messages.fr['followup.status.deletion_refused']);
    expect(page).toContain(messages.fr['followup.refusal.legal_hold']);
    expect((await requests()).find((r) => r.reportId === s.reportId)).toMatchObject({
      decision: 'refused',
      refusal: 'legal_hold',
      held: true,
    });

    const lift = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/retention/holds/${(hold.json() as { id: string }).id}/lift`,
      headers: supervisor.headers,
    });
    expect(lift.statusCode).toBe(200);
    expect((await decide(s, { decision: 'approve' })).statusCode).toBe(200);
    expect((await view(s)).status.code).toBe('deleted');
    const done = await publicPage(s, 'en');
    expect(done).toContain(messages.en['followup.status.deleted']);
    expect(done).toMatch(/This receipt will stop working on /);
    // Nothing left to write to, nor to withdraw.
    expect(done).not.toContain('name="action" value="message"');
    expect((await decide(s, { decision: 'approve' })).statusCode).toBe(409);
  });

  it('deletes one reporter’s report from a merged case and leaves the other’s whole', async () => {
    const kept = await sendReport(ctx);
    const gone = await sendReport(ctx);
    const merge = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${gone.caseId}/merge`,
      headers: supervisor.headers,
      payload: { intoReference: kept.reference },
    });
    expect(merge.statusCode).toBe(200);
    await askDeletion(gone);
    expect((await decide(gone, { decision: 'approve' })).statusCode).toBe(200);

    const { rows } = await ctx.deps.db.query<{ reference: string; narrative: boolean; destroyed: boolean }>(
      `SELECT reference, narrative_sealed IS NOT NULL AS narrative, destroyed_at IS NOT NULL AS destroyed
         FROM reports WHERE id = ANY($1::uuid[]) ORDER BY reference = $2 DESC`,
      [[kept.reportId, gone.reportId], kept.reference],
    );
    expect(rows).toEqual([
      { reference: kept.reference, narrative: true, destroyed: false },
      { reference: gone.reference, narrative: false, destroyed: true },
    ]);
    const kase = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${kept.caseId}`,
      headers: supervisor.headers,
    });
    const reports = (
      kase.json() as { reports: { reference: string; narrative: string | null; removedAt: string | null }[] }
    ).reports;
    expect(reports.find((r) => r.reference === kept.reference)?.narrative).toBe(kept.canaries.narrative);
    expect(reports.find((r) => r.reference === gone.reference)).toMatchObject({
      narrative: null,
      removedAt: expect.any(String),
    });
    expect((await view(kept)).status.code).not.toBe('deleted');
  });
});
