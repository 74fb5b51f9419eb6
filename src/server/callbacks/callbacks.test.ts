import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallbackDetails, CallbackList, CallbackSummary } from '../../shared/contracts/callbacks.ts';
import type { CaseView } from '../../shared/contracts/cases.ts';
import type { FollowupView } from '../../shared/contracts/followup.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { nextAddress, postReport } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * A reporter asks to be called — a safe number, safe times, a language — in follow-up (the API and the
 * public page, without JavaScript) or on the report form; staff see a task with a due time, open the
 * request to call (audited), record the call, and the reporter reads in follow-up that we called.
 */
let ctx: TestContext;
let caseworker: SignedIn;
let otherCaseworker: SignedIn;
let officer: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext({
    FOCALPOINT_CALLBACK_DUE_HOURS: '24',
    FOCALPOINT_ACK_IMMEDIATE_MINUTES: '45',
    // Staff stay signed in across the day a call-back waits.
    FOCALPOINT_SESSION_IDLE_MINUTES: '3000',
    FOCALPOINT_SESSION_ABSOLUTE_HOURS: '72',
  });
  [caseworker, otherCaseworker, officer] = await Promise.all([
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'intake_officer'),
  ]);
}, 60_000);
afterAll(() => ctx?.close());

const ask = (receipt: string, body: object, language = 'en') =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/followup/callbacks?language=${language}`,
    headers: { authorization: `Receipt ${receipt}`, 'accept-language': language },
    remoteAddress: nextAddress(),
    payload: body,
  });

const followup = async (receipt: string, language = 'en') =>
  (
    await ctx.app.inject({
      url: `/api/v1/followup?language=${language}`,
      headers: { authorization: `Receipt ${receipt}` },
      remoteAddress: nextAddress(),
    })
  ).json() as FollowupView;

const list = async (who: SignedIn, query = '') =>
  ((await ctx.app.inject({ url: `/api/v1/callbacks${query}`, headers: who.headers })).json() as CallbackList)
    .items;

describe('through the follow-up API', () => {
  it('becomes a task due within a day, seen by whoever holds the case, and the reporter is told when we called', async () => {
    const report = await seedReport(ctx.deps, { risk: 'medium' });
    await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [
      report.caseId,
      caseworker.userId,
    ]);
    const start = ctx.clock.now().getTime();
    const res = await ask(report.receipt, {
      phone: '+1 604 555 0199',
      safeTimes: 'weekdays 7-9 pm',
      language: 'ru',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(new Date((res.json() as { dueAt: string }).dueAt).getTime()).toBe(start + 24 * 3_600_000);

    // A second request while one waits is refused in the reporter's language.
    const twice = await ask(report.receipt, { phone: '+1 604 555 0199' }, 'ru');
    expect(twice.statusCode).toBe(409);
    expect((twice.json() as { error: { message: string } }).error.message).toBe(
      'Вы уже попросили нас позвонить. Мы позвоним, как только сможем.',
    );

    const mine = await list(caseworker);
    expect(mine).toHaveLength(1);
    const summary = mine[0] as CallbackSummary;
    expect(summary).toMatchObject({
      caseId: report.caseId,
      source: 'followup',
      overdue: false,
      doneAt: null,
    });
    // The list names no number, no times and no language.
    expect(JSON.stringify(mine)).not.toContain('555');
    // Another caseworker sees none of it, and cannot open it.
    expect(await list(otherCaseworker)).toEqual([]);
    expect(
      (await ctx.app.inject({ url: `/api/v1/callbacks/${summary.id}`, headers: otherCaseworker.headers }))
        .statusCode,
    ).toBe(404);

    const view = (
      await ctx.app.inject({ url: `/api/v1/cases/${report.caseId}`, headers: caseworker.headers })
    ).json() as CaseView;
    const task = view.tasks?.find((t) => t.callbackId === summary.id);
    expect(task?.dueAt).toBe(summary.dueAt);
    expect(task?.assignee?.id).toBe(caseworker.userId);
    // Ticking the task alone does not say what came of the call.
    const tick = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${report.caseId}/tasks/${task?.id}`,
      headers: caseworker.headers,
      payload: { done: true },
    });
    expect(tick.statusCode).toBe(409);

    ctx.clock.set(start + 25 * 3_600_000);
    expect((await list(caseworker))[0]?.overdue).toBe(true);

    const opened = await ctx.app.inject({
      url: `/api/v1/callbacks/${summary.id}`,
      headers: caseworker.headers,
    });
    expect(opened.json() as CallbackDetails).toMatchObject({
      phone: '+1 604 555 0199',
      safeTimes: 'weekdays 7-9 pm',
      language: 'ru',
    });
    const done = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/callbacks/${summary.id}/done`,
      headers: caseworker.headers,
      payload: { outcome: 'reached' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((done.json() as CallbackSummary).outcome).toBe('reached');
    expect(await list(caseworker)).toEqual([]);
    expect((await list(caseworker, '?status=done')).map((c) => c.id)).toEqual([summary.id]);

    const after = (
      await ctx.app.inject({ url: `/api/v1/cases/${report.caseId}`, headers: caseworker.headers })
    ).json() as CaseView;
    expect(after.tasks?.find((t) => t.callbackId === summary.id)?.done).toBe(true);
    expect(after.acknowledgedAt).not.toBeNull();
    expect(after.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['callback_requested', 'callback_done']),
    );

    const told = await followup(report.receipt, 'ru');
    expect(told.callbacks).toHaveLength(1);
    expect(told.callbacks[0]).toMatchObject({ done: true, outcome: 'reached' });
    expect(told.callbacks[0]?.text).toMatch(/^Вы попросили нас позвонить .+\. Мы позвонили вам .+\.$/);

    const { rows } = await ctx.deps.db.query<{
      action: string;
      actor_type: string;
      meta: Record<string, unknown>;
    }>(`SELECT action, actor_type, meta FROM audit_log WHERE action LIKE '%callback%' ORDER BY seq`);
    expect(rows.map((r) => [r.action, r.actor_type])).toEqual([
      ['followup.callback.requested', 'reporter'],
      ['callback.details.viewed', 'user'],
      ['callback.done', 'user'],
    ]);
    expect(rows[2]?.meta).toEqual({ callback: summary.id, outcome: 'reached' });
  });

  it('is due within the acknowledgement target when the case is of immediate risk', async () => {
    const report = await seedReport(ctx.deps, { risk: 'immediate' });
    const start = ctx.clock.now().getTime();
    const res = await ask(report.receipt, { phone: '613 555 0101' });
    expect(new Date((res.json() as { dueAt: string }).dueAt).getTime()).toBe(start + 45 * 60_000);
  });

  it('refuses a number that is not one, naming the field', async () => {
    const report = await seedReport(ctx.deps);
    const res = await ask(report.receipt, { phone: 'call me maybe' }, 'fr');
    expect(res.statusCode).toBe(400);
    expect((res.json() as { error: { fields: Record<string, string> } }).error.fields.phone).toBeTruthy();
    expect(await list(officer, `?caseId=${report.caseId}`)).toEqual([]);
  });
});

/** Form posts of the public pages, without JavaScript. */
const form = (url: string, fields: Record<string, string>) =>
  ctx.app.inject({
    method: 'POST',
    url,
    remoteAddress: nextAddress(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
const tokenOf = (body: string) => /name="token" value="([^"]+)"/.exec(body)?.[1] ?? '';

describe('on the public pages, without JavaScript', () => {
  it('asks for a call from the follow-up page in Tibetan, with problems shown in Tibetan', async () => {
    const { receipt } = await postReport(ctx.app, {
      language: 'bo',
      narrative: 'They called my mother in Lhasa.',
    });
    const opened = await form('/bo/follow-up', { receipt, action: 'open' });
    expect(opened.statusCode).toBe(303);
    const page = await ctx.app.inject({ url: String(opened.headers.location) });
    expect(page.body).toContain('ང་ཚོས་ཁྱེད་ལ་ཁ་པར་གཏོང་བར་རེ་བ་ཞུ།'); // "Ask us to call you"
    expect(page.body).toContain('name="callback[phone]"');

    const bad = await form('/bo/follow-up', {
      token: tokenOf(page.body),
      action: 'callback',
      'callback[phone]': 'xx',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<html lang="bo"');
    expect(bad.body).toContain('aria-invalid="true"');
    expect(bad.body).toContain('value="xx"');

    const good = await form('/bo/follow-up', {
      token: tokenOf(bad.body),
      action: 'callback',
      'callback[phone]': '+1 647 555 0123',
      'callback[safeTimes]': 'ཉིན་གུང་།',
      'callback[language]': 'བོད་སྐད།',
    });
    expect(good.statusCode).toBe(303);
    const shown = await ctx.app.inject({ url: String(good.headers.location) });
    expect(shown.body).toContain('ཁྱེད་ཀྱི་རེ་བ་བཏང་ཟིན།'); // "Your request has been sent."
    expect(shown.body).toContain('data-callback="requested"');
    // While one waits, the page says so instead of offering the form again.
    expect(shown.body).not.toContain('name="callback[phone]"');
  });

  it('asks for a call on the report form, checked with the report and recorded with it', async () => {
    const refused = await form('/fa/report', {
      narrative: 'They threatened my brother in Tehran.',
      'callback[wanted]': 'true',
      'callback[phone]': 'no',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('<html lang="fa" dir="rtl">');
    expect(refused.body).toMatch(/href="#f-callback-phone"/);
    const { rows: before } = await ctx.deps.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM callback_requests',
    );

    const sent = await form('/fa/report', {
      narrative: 'They threatened my brother in Tehran.',
      'callback[wanted]': 'true',
      'callback[phone]': '+1 514 555 0144',
      'callback[safeTimes]': 'صبح‌ها',
    });
    expect(sent.statusCode).toBe(201);
    const { rows: after } = await ctx.deps.db.query<{ n: number; source: string }>(
      `SELECT count(*)::int AS n, max(source) AS source FROM callback_requests`,
    );
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
    expect(after[0]?.source).toBe('report_form');

    // Fields typed and then the box left unticked ask for nothing.
    const unticked = await form('/en/report', {
      narrative: 'Someone followed me.',
      'callback[phone]': '+1 514 555 0145',
    });
    expect(unticked.statusCode).toBe(201);
    const { rows: last } = await ctx.deps.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM callback_requests',
    );
    expect(last[0]?.n).toBe(after[0]?.n);
  });
});
