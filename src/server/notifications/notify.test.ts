import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAddress, postReport } from '../intake/testing/http.ts';
import { type ReceivedMail, startTestSmtp, type TestSmtp } from '../platform/mail/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { DIGEST_AFTER, notifyHighRiskReport, notifyReporterMessage } from './notify.ts';
import { SWEEP_INTERVAL_MS, sweepNotifications } from './sweep.ts';

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
  const staff = (
    email: string,
    role: 'supervisor' | 'intake_officer' | 'caseworker' | 'analyst',
    locale = 'en',
  ) => createUser(ctx.deps, { email, role, locale: locale as 'en' | 'fr' }, { type: 'cli' });
  await staff('sup@focalpoint.test', 'supervisor');
  await staff('intake@focalpoint.test', 'intake_officer', 'fr');
  const onDuty = await staff('duty@focalpoint.test', 'caseworker');
  await staff('offduty@focalpoint.test', 'caseworker');
  await staff('analyst@focalpoint.test', 'analyst');
  const gone = await staff('gone@focalpoint.test', 'supervisor');
  await ctx.deps.db.query('UPDATE users SET on_duty = true WHERE id = $1', [onDuty.id]);
  await ctx.deps.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [gone.id]);
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

/** The decoded text of a received message (nodemailer may use quoted-printable for long lines). */
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => `%${h}`),
    'utf8',
  )
    .toString('utf8')
    .replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

/** Submits a report through the public API, as a reporter would. */
async function submitReport(narrative: string, tactics: string[]) {
  const { reference, receipt } = await postReport(ctx.app, {
    language: 'en',
    narrative,
    incident: { startedOn: '2026-10-01', ongoing: true, province: 'ON', city: 'Toronto' },
    tactics,
    communities: ['uyghur'],
    channels: ['messaging_app'],
    reporter: { anonymous: true },
    consents: { contact: true, referralToPolice: false, anonymisedStatistics: true },
  });
  const { rows } = await ctx.deps.db.query<{ case_id: string }>(
    'SELECT case_id FROM reports WHERE reference = $1',
    [reference],
  );
  return { reference, receipt, caseId: rows[0]!.case_id };
}

const waitFor = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
};

describe('staff notifications over real SMTP', () => {
  it('announces a high-risk report to supervisors, intake officers and on-duty caseworkers, once, with only reference and link', {
    timeout: 30_000,
  }, async () => {
    const canary = `CANARY-${randomUUID()}`;
    inbox.length = 0;
    const report = await submitReport(`They said they will kill me. ${canary}`, ['death_threat']);
    // The app's own sweeper may get there first; either way the claim lets exactly one of them send.
    await sweepNotifications(ctx.deps);
    await waitFor(() => inbox.length >= 3, 15_000);
    expect(inbox.flatMap((m) => m.to).sort()).toEqual([
      'duty@focalpoint.test',
      'intake@focalpoint.test',
      'sup@focalpoint.test',
    ]);
    for (const mail of inbox) {
      expect(mail.to).toHaveLength(1); // one e-mail per person: nobody sees who else was told
      const text = decoded(mail.raw);
      expect(text).toContain(report.reference);
      expect(text).toContain(`https://focalpoint.example/console/cases/${report.caseId}`);
      expect(text).toContain('alerts@focalpoint.test');
      expect(text).not.toContain('CANARY');
      expect(text).not.toContain('kill');
      expect(text).not.toContain(report.receipt);
    }
    expect(decoded(inbox.find((m) => m.to[0] === 'intake@focalpoint.test')!.raw)).toContain(
      'Ouvrez-le dans la console',
    );
    expect(decoded(inbox.find((m) => m.to[0] === 'sup@focalpoint.test')!.raw)).toContain(
      'Open it in the console',
    );

    // Announced once: neither a second sweep nor a direct call sends it again.
    expect(await sweepNotifications(ctx.deps)).toEqual([]);
    expect(await notifyHighRiskReport(ctx.deps, { ...report, risk: 'high' })).toEqual([]);
    expect(inbox).toHaveLength(3);
  });

  it('tells the assignee of a reporter message, and carries none of the message', {
    timeout: 30_000,
  }, async () => {
    const report = await submitReport('Low-key report about messages online.', ['abusive_messages']);
    const assignee = await createUser(
      ctx.deps,
      { email: 'cw@focalpoint.test', role: 'caseworker' },
      { type: 'cli' },
    );
    await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [report.caseId, assignee.id]);
    await sweepNotifications(ctx.deps); // whatever the report itself announced
    await new Promise((r) => setTimeout(r, 300));
    inbox.length = 0;

    const canary = `CANARY-${randomUUID()}`;
    const posted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/messages',
      remoteAddress: nextAddress(),
      headers: { authorization: `Receipt ${report.receipt}` },
      payload: { body: `I am scared. ${canary}` },
    });
    expect(posted.statusCode).toBe(201);
    await notifyReporterMessage(ctx.deps, {
      caseId: report.caseId,
      reference: report.reference,
      assigneeId: assignee.id,
    });
    await waitFor(() => inbox.length >= 1, 15_000);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]!.to).toEqual(['cw@focalpoint.test']);
    const text = decoded(inbox[0]!.raw);
    expect(text).toContain(report.reference);
    expect(text).toContain(`/console/cases/${report.caseId}`);
    expect(text).not.toContain('CANARY');
    expect(text).not.toContain('scared');
    expect(await sweepNotifications(ctx.deps)).toEqual([]);
  });

  it('runs by itself: a high-risk report is announced within seconds without anyone calling it', async () => {
    inbox.length = 0;
    const report = await submitReport('They threatened to kill my family.', ['death_threat']);
    expect(inbox).toHaveLength(0);
    await ctx.advance(SWEEP_INTERVAL_MS);
    await waitFor(() => inbox.length >= 3, 15_000);
    expect(inbox.length).toBe(3);
    expect(decoded(inbox[0]!.raw)).toContain(report.reference);
  }, 20_000);

  it('announces a burst of high-risk reports in one digest per person, most urgent first, in their language', {
    timeout: 30_000,
  }, async () => {
    await sweepNotifications(ctx.deps); // whatever earlier tests left
    inbox.length = 0;
    const burst: Awaited<ReturnType<typeof submitReport>>[] = [];
    for (let i = 0; i < 8; i++) {
      burst.push(await submitReport(`Burst ${i}: they said they will kill me.`, ['death_threat']));
    }
    await sweepNotifications(ctx.deps);
    const everyReferenceTold = () =>
      ['sup@focalpoint.test', 'intake@focalpoint.test', 'duty@focalpoint.test'].every((to) =>
        burst.every((b) => inbox.some((m) => m.to[0] === to && decoded(m.raw).includes(b.reference))),
      );
    await waitFor(everyReferenceTold, 15_000);
    expect(everyReferenceTold()).toBe(true);
    // Each person gets one digest, not eight e-mails.
    for (const to of ['sup@focalpoint.test', 'intake@focalpoint.test', 'duty@focalpoint.test']) {
      expect(inbox.filter((m) => m.to[0] === to)).toHaveLength(1);
    }
    const digestFor = (to: string) =>
      inbox
        .map((m) => ({ to: m.to[0], text: decoded(m.raw) }))
        .find(
          (m) =>
            m.to === to &&
            m.text.includes('/console/cases/') &&
            burst.filter((b) => m.text.includes(b.reference)).length > DIGEST_AFTER,
        );
    const english = digestFor('sup@focalpoint.test');
    expect(english?.text).toContain('new high-risk reports');
    expect(english?.text).toContain('they come in this one message');
    expect(english?.text).not.toContain('kill');
    expect(digestFor('intake@focalpoint.test')?.text).toContain('Ouvrez-les dans la console');
  });

  it('announces nothing for medium and low risk', async () => {
    inbox.length = 0;
    await submitReport('Someone keeps posting about me.', ['abusive_messages']);
    expect(await sweepNotifications(ctx.deps)).toEqual([]);
    expect(inbox).toHaveLength(0);
  });

  it('never throws when the SMTP server is unreachable', async () => {
    const down = await startTestContext({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      await createUser(down.deps, { email: 'sup2@focalpoint.test', role: 'supervisor' }, { type: 'cli' });
      const res = await down.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        remoteAddress: nextAddress(),
        payload: {
          language: 'en',
          narrative: 'A death threat.',
          tactics: ['death_threat'],
          reporter: { anonymous: true },
          consents: { contact: false, referralToPolice: false, anonymisedStatistics: false },
        },
      });
      expect(res.statusCode).toBe(201);
      expect(await sweepNotifications(down.deps)).toEqual([{ recipients: 1, sent: 0, failed: 1 }]);
    } finally {
      await down.close();
    }
  });
});
