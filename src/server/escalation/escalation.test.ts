import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList } from '../../shared/contracts/cases.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { postReport } from '../intake/testing/http.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../platform/mail/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * A reporter in danger now: the report is of immediate risk; when nobody acknowledges it within the
 * configured minutes it is escalated — marked in the queue, on its timeline, in the audit log — and the
 * supervisors are e-mailed its reference (never its content). A case someone acknowledged in time is not.
 */
let ctx: TestContext;
let smtp: TestSmtp;
const inbox: ReceivedMail[] = [];
let caseworker: SignedIn;
let supervisor: SignedIn;

beforeAll(async () => {
  smtp = await startTestSmtp(inbox);
  ctx = await startTestContext({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    FOCALPOINT_ESCALATE_IMMEDIATE_MINUTES: '10',
  });
  [caseworker, supervisor] = await Promise.all([signInAs(ctx, 'caseworker'), signInAs(ctx, 'supervisor')]);
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

const SUBJECT = 'Nobody acknowledged this case';
const NARRATIVE = 'Escalation-Canary: a car has followed me since this morning and is outside now.';

const queue = async () =>
  (
    (
      await ctx.app.inject({ url: '/api/v1/cases?risk=immediate', headers: supervisor.headers })
    ).json() as CaseList
  ).items;

describe('an immediate-risk report nobody acknowledges', () => {
  it('escalates to the supervisors after the configured minutes, once, shown in the queue and audited', async () => {
    const danger = await postReport(ctx.app, { narrative: NARRATIVE, inDangerNow: true });
    const handled = await postReport(ctx.app, { narrative: 'I am in danger too.', inDangerNow: true });
    await ctx.settle();
    const cases = await queue();
    const first = cases.find((c) => c.reference === danger.reference);
    const second = cases.find((c) => c.reference === handled.reference);
    expect(first?.risk).toBe('immediate');
    expect(first?.escalatedAt).toBeNull();

    // Someone acknowledges the second in time (a message to the reporter).
    const ack = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${second?.id}/messages`,
      headers: supervisor.headers,
      payload: { body: 'We have your report and will call you.' },
    });
    expect(ack.statusCode, ack.body).toBeLessThan(300);

    await ctx.advance(9 * 60_000);
    expect((await queue()).find((c) => c.id === first?.id)?.escalatedAt).toBeNull();
    await ctx.advance(2 * 60_000);
    const after = await queue();
    expect(after.find((c) => c.id === first?.id)?.escalatedAt).not.toBeNull();
    expect(after.find((c) => c.id === second?.id)?.escalatedAt).toBeNull();

    // The supervisors were alerted at arrival, like the on-duty staff; then told of the escalation.
    const escalations = () =>
      inbox.filter((m) => m.to.includes(supervisor.email) && smtp.text(m.raw).includes(SUBJECT));
    const mail = escalations();
    expect(mail).toHaveLength(1);
    const text = smtp.text(mail[0]!.raw);
    expect(text).toContain(danger.reference);
    expect(text).not.toContain('Escalation-Canary');
    // Caseworkers are not the ones it escalates to.
    expect(inbox.some((m) => m.to.includes(caseworker.email) && smtp.text(m.raw).includes(SUBJECT))).toBe(
      false,
    );

    // Once only, however long it then waits (twenty more sweeps).
    await ctx.advance(5 * 60_000);
    expect(escalations()).toHaveLength(1);
    const { rows } = await ctx.deps.db.query<{ target_id: string; meta: unknown }>(
      `SELECT target_id, meta FROM audit_log WHERE action = 'case.escalated'`,
    );
    expect(rows).toEqual([{ target_id: first?.id, meta: { minutes: 10, to: 'supervisor' } }]);
  }, 120_000);
});
