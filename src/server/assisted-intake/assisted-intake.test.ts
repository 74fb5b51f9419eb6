import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssistedReportAccepted, AssistedReportBody } from '../../shared/contracts/assisted-intake.ts';
import type { CaseView } from '../../shared/contracts/cases.ts';
import type { FollowupView } from '../../shared/contracts/followup.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { findStored } from '../testing/stored-everywhere.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * An intake officer takes a report by phone for a Tibetan-speaking person through an interpreter: the same
 * report as the public form's, sealed the same way, with how it came and each consent as asked; the person
 * gets a receipt (read out, or on a printable slip in Tibetan, shown once) and follows up like anyone else.
 */
let ctx: TestContext;
let officer: SignedIn;
let supervisor: SignedIn;
let analyst: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext({ PUBLIC_URL: 'https://focalpoint.example' });
  [officer, supervisor, analyst] = await Promise.all([
    signInAs(ctx, 'intake_officer'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'analyst'),
  ]);
}, 60_000);
afterAll(() => ctx?.close());

const tag = randomBytes(4).toString('hex').toUpperCase();
const canaries = {
  narrative: `Narrative-Canary-${tag}: two men waited outside the monastery hall and photographed us`,
  interpreter: `Interpreter-Canary-${tag} Amdo Tibetan`,
  callbackPhone: '+1 416 555 0172',
  callbackTimes: `Times-Canary-${tag} after prayers`,
};

const phoneReport = (over: Partial<AssistedReportBody> = {}): AssistedReportBody => ({
  language: 'bo',
  channel: 'phone',
  interpreterLanguage: canaries.interpreter,
  narrative: canaries.narrative,
  incident: { province: 'ON', city: 'Toronto', ongoing: true },
  tactics: ['physical_surveillance'],
  communities: ['tibetan'],
  reporter: { anonymous: true },
  consents: { contact: true, referralToPolice: false, anonymisedStatistics: true, updates: true },
  callback: { phone: canaries.callbackPhone, safeTimes: canaries.callbackTimes, language: 'བོད་སྐད།' },
  ...over,
});

const record = (who: SignedIn, body: unknown) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/assisted-reports',
    headers: who.headers,
    payload: body as object,
  });

const slip = (who: SignedIn | null, fields: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/assisted-reports/slip',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(who ? { cookie: who.cookie } : {}),
    },
    payload: new URLSearchParams(fields).toString(),
  });

describe('a report taken by phone', () => {
  let accepted: AssistedReportAccepted;

  it('is recorded like a public report, acknowledged, with who took it and how, and audited', async () => {
    const res = await record(officer, phoneReport());
    expect(res.statusCode, res.body).toBe(201);
    accepted = res.json() as AssistedReportAccepted;
    expect(accepted.reference).toMatch(/^FP-[A-Z0-9]{7}$/);
    expect(accepted.receipt).toMatch(/^([A-Z0-9]{4}-){4}[A-Z0-9]{4}$/);
    expect(accepted.language).toBe('bo');

    const view = (
      await ctx.app.inject({ url: `/api/v1/cases/${accepted.caseId}`, headers: supervisor.headers })
    ).json() as CaseView;
    expect(view.reports[0]?.narrative).toBe(canaries.narrative);
    expect(view.reports[0]?.language).toBe('bo');
    expect(view.reports[0]?.consents).toEqual({
      contact: true,
      referralToPolice: false,
      anonymisedStatistics: true,
      updates: true,
    });
    // Someone spoke with the person: acknowledged at once, so it never escalates.
    expect(view.acknowledgedAt).not.toBeNull();
    const taken = view.timeline.find((e) => e.kind === 'assisted_intake');
    expect(taken?.actor?.id).toBe(officer.userId);
    expect(taken?.data).toEqual({ channel: 'phone', interpreter: true });
    // The call-back the person asked for is a task with a due time.
    const task = view.tasks?.find((x) => x.callbackId);
    expect(task?.dueAt).not.toBeNull();

    const { rows } = await ctx.deps.db.query<{ actor_id: string; meta: Record<string, unknown> }>(
      `SELECT actor_id, meta FROM audit_log WHERE action = 'assisted_intake.recorded'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.actor_id).toBe(officer.userId);
    expect(rows[0]?.meta).toEqual({
      channel: 'phone',
      interpreter: true,
      callback: true,
      risk: 'medium',
      language: 'bo',
    });
  });

  it('hands the person a slip in Tibetan, once, never cached', async () => {
    const first = await slip(officer, { token: accepted.slipToken, receipt: accepted.receipt });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toContain('<html lang="bo" dir="ltr">');
    expect(first.body).toContain(accepted.receipt);
    expect(first.body).toContain('ལག་ཁྱེར།'); // "Receipt"
    expect(first.body).toContain('https://focalpoint.example/bo/follow-up');
    expect(first.body).toContain('/static/fonts/noto-serif-tibetan.css');
    expect(first.body).toContain('/static/slip.css');
    const css = await ctx.app.inject({ url: '/static/slip.css' });
    expect(css.body).toMatch(/@media print\{\.slip-staff\{display:none\}/);
    // The staff's own reminder is in their language, marked as such.
    expect(first.body).toContain('<div class="slip-staff" lang="en" dir="ltr">');

    // Reloading (the same post again) shows nothing: the slip is shown once.
    const again = await slip(officer, { token: accepted.slipToken, receipt: accepted.receipt });
    expect(again.statusCode).toBe(410);
    expect(again.body).not.toContain(accepted.receipt);
    expect(again.headers['cache-control']).toBe('no-store');
  });

  it('prints nothing for a receipt that is not the report’s, for nobody signed in, or for an analyst', async () => {
    const other = (
      await record(officer, phoneReport({ callback: undefined }))
    ).json() as AssistedReportAccepted;
    const wrong = await slip(officer, { token: other.slipToken, receipt: accepted.receipt });
    expect(wrong.statusCode).toBe(410);
    expect(wrong.body).not.toContain(accepted.receipt);
    expect((await slip(null, { token: 'x', receipt: 'y' })).statusCode).toBe(401);
    expect((await slip(analyst, { token: 'x', receipt: 'y' })).statusCode).toBe(403);
  });

  it('lets the person follow up with the receipt, in Tibetan, and see the call they asked for', async () => {
    const res = await ctx.app.inject({
      url: '/api/v1/followup?language=bo',
      headers: { authorization: `Receipt ${accepted.receipt}` },
    });
    expect(res.statusCode).toBe(200);
    const view = res.json() as FollowupView;
    expect(view.reference).toBe(accepted.reference);
    expect(view.status.code).toBe('received');
    expect(view.callbacks).toHaveLength(1);
    expect(view.callbacks[0]?.done).toBe(false);
    expect(view.callbacks[0]?.text).toContain('ང་ཚོས་ད་དུང་ཁ་པར་བཏང་མེད།'); // "we have not called yet"
  });

  it('asks each consent: one left unanswered is a problem on that field', async () => {
    const { consents: _c, ...rest } = phoneReport();
    const res = await record(officer, { ...rest, consents: { contact: true, referralToPolice: false } });
    expect(res.statusCode).toBe(400);
    const fields = (res.json() as { error: { fields: Record<string, string> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['consents.anonymisedStatistics', 'consents.updates']);
    const bad = await record(officer, phoneReport({ channel: 'fax' as never }));
    expect(bad.statusCode).toBe(400);
  });

  it('stores nothing the person said, nor the interpreter’s language, in clear', async () => {
    const { found, rows } = await findStored(
      ctx,
      Object.fromEntries(Object.entries(canaries).map(([k, v]) => [k, Buffer.from(v)])),
    );
    expect(rows).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
});
