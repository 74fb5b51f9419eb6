import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseSafetyPlans, SafetyPlanView } from '../../shared/contracts/safety-plans.ts';
import type { SupportResource } from '../../shared/contracts/support-resources.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress, postReport } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * A caseworker fills a safety plan with the person (steps from the checklist, notes, trusted contacts); the
 * person reads it on the follow-up page in Tibetan, without JavaScript, with the steps that are done and a
 * link to the support page, where the helplines an admin keeps are listed in their language.
 */
let ctx: TestContext;
let caseworker: SignedIn;
let analyst: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  [caseworker, analyst, admin] = await Promise.all([
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'analyst'),
    signInAs(ctx, 'admin'),
  ]);
}, 60_000);
afterAll(() => ctx?.close());

const NOTE = 'Plan-Canary: your cousin keeps a spare key; call her first.';

const save = (caseId: string, payload: object) =>
  ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/cases/${caseId}/safety-plan`,
    headers: caseworker.headers,
    payload,
  });

/** The public follow-up page as a browser without JavaScript reaches it: receipt posted, then redirected. */
async function followUpPage(locale: string, receipt: string): Promise<string> {
  const opened = await ctx.app.inject({
    method: 'POST',
    url: `/${locale}/follow-up`,
    remoteAddress: nextAddress(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ receipt, action: 'open' }).toString(),
  });
  expect(opened.statusCode).toBe(303);
  return (await ctx.app.inject({ url: String(opened.headers.location) })).body;
}

describe('a safety plan', () => {
  let caseId: string;
  let reportId: string;
  let receipt: string;

  it('is made by the caseworker with the person, and a stale copy is refused', async () => {
    const sent = await postReport(ctx.app, { language: 'bo', narrative: 'They call my family in Lhasa.' });
    receipt = sent.receipt;
    await ctx.settle();
    const { rows } = await ctx.deps.db.query<{ case_id: string; id: string }>(
      'SELECT case_id, id FROM reports WHERE reference = $1',
      [sent.reference],
    );
    caseId = rows[0]!.case_id;
    reportId = rows[0]!.id;
    await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [caseId, caseworker.userId]);

    const empty = (
      await ctx.app.inject({ url: `/api/v1/cases/${caseId}/safety-plan`, headers: caseworker.headers })
    ).json() as CaseSafetyPlans;
    expect(empty.plans).toEqual([expect.objectContaining({ reportId, plan: null })]);

    const res = await save(caseId, {
      reportId,
      version: 0,
      steps: [
        { code: 'physical_routes', done: true },
        { code: 'digital_spyware', done: false },
      ],
      notes: { physical: NOTE },
      contacts: [{ name: 'Pema', how: 'calls every evening' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json() as SafetyPlanView;
    expect(plan.version).toBe(1);
    expect(plan.steps.map((s) => [s.code, s.done])).toEqual([
      ['physical_routes', true],
      ['digital_spyware', false],
    ]);
    expect(plan.steps[0]?.doneAt).not.toBeNull();

    // Saved again from the copy read before: someone changed it since.
    expect((await save(caseId, { reportId, version: 0, steps: [] })).statusCode).toBe(409);
    // A step that is not on the checklist is refused.
    expect(
      (await save(caseId, { reportId, version: 1, steps: [{ code: 'no_such', done: false }] })).statusCode,
    ).toBe(400);
    // An analyst never reads a plan.
    expect(
      (await ctx.app.inject({ url: `/api/v1/cases/${caseId}/safety-plan`, headers: analyst.headers }))
        .statusCode,
    ).toBe(403);
  });

  it('is read by the person in Tibetan on the follow-up page, without JavaScript, with what is done', async () => {
    const page = await followUpPage('bo', receipt);
    expect(page).toContain('<html lang="bo"');
    expect(page).toContain('ཁྱེད་ཀྱི་བདེ་འཇགས་འཆར་གཞི།'); // "Your safety plan"
    expect(page).toContain('ཁྱིམ་དང་ལས་ཀ། སློབ་གྲྭར་འགྲོ་འོང་གི་ལམ་དང་དུས་ཚོད་བསྒྱུར་བཅོས་བྱོས།'); // vary your routes
    expect(page).toMatch(/<li class="done"><span class="plan-mark">ཚར་ཟིན།<\/span>/);
    expect(page).toContain(NOTE);
    expect(page).toContain('Pema');
    expect(page).toContain('href="/bo/support"');

    const { rows } = await ctx.deps.db.query<{ plan_sealed: Buffer }>(
      'SELECT plan_sealed FROM safety_plans WHERE report_id = $1',
      [reportId],
    );
    expect(Buffer.from(rows[0]!.plan_sealed).includes(Buffer.from('Plan-Canary'))).toBe(false);
    // Saving is audited (opening an empty plan opened nothing), without a word of the plan.
    const audit = await ctx.deps.db.query<{ action: string; meta: unknown }>(
      `SELECT action, meta FROM audit_log WHERE action LIKE 'safety_plan.%' ORDER BY seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['safety_plan.saved']);
    expect(JSON.stringify(audit.rows)).not.toContain('Plan-Canary');
  });
});

describe('the support page', () => {
  it('lists the helplines an admin keeps, in the reader’s language, without JavaScript', async () => {
    const added = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/support-resources',
      headers: admin.headers,
      payload: {
        kind: 'helpline',
        names: { en: 'Community line', fr: 'Ligne communautaire', bo: 'སྡེ་ཚན་ཁ་པར།' },
        descriptions: { en: 'Open every day.', fr: 'Ouverte tous les jours.' },
        phone: '1-800-555-0134',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const resource = added.json() as SupportResource;

    const bo = await ctx.app.inject({ url: '/bo/support' });
    expect(bo.statusCode).toBe(200);
    expect(bo.body).toContain('<html lang="bo"');
    expect(bo.body).toContain('སྡེ་ཚན་ཁ་པར།');
    expect(bo.body).toContain('1-800-555-0134');
    expect(bo.body.indexOf('911')).toBeLessThan(bo.body.indexOf('སྡེ་ཚན་ཁ་པར།'));
    // A description not yet translated is shown in English, marked as such.
    expect(bo.body).toContain('<span lang="en"');

    // Linked from every public page.
    expect((await ctx.app.inject({ url: '/bo/report' })).body).toContain('href="/bo/support"');

    // A caseworker cannot change it; a retired one is gone from the page.
    const byCaseworker = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/support-resources/${resource.id}`,
      headers: caseworker.headers,
      payload: { active: false },
    });
    expect(byCaseworker.statusCode).toBe(403);
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/support-resources/${resource.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect((await ctx.app.inject({ url: '/fr/support' })).body).not.toContain('Ligne communautaire');
  });
});
