import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { notifyHighRiskReport, notifyReporterMessage } from './notify.ts';

type Received = { from: string; to: string[]; raw: string };

let ctx: TestContext;
let smtp: SMTPServer;
const inbox: Received[] = [];

beforeAll(async () => {
  // A real SMTP server on a free port; nodemailer talks to it over a real socket.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as { port: number }).port;
  ctx = await startTestContext({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    SMTP_FROM: 'FocalPoint <alerts@focalpoint.test>',
    PUBLIC_URL: 'https://focalpoint.example',
  });
});
afterAll(async () => {
  await ctx?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The decoded text of a received message (nodemailer may use quoted-printable for long lines). */
const decoded = (raw: string) =>
  raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));

describe('staff notifications over real SMTP', () => {
  it('tells supervisors, intake officers and on-duty caseworkers of a high-risk report, in their language, with only reference and link', async () => {
    const sup = await createUser(
      ctx.deps,
      { email: 'sup@focalpoint.test', role: 'supervisor' },
      { type: 'cli' },
    );
    await createUser(
      ctx.deps,
      { email: 'intake@focalpoint.test', role: 'intake_officer', locale: 'fr' },
      { type: 'cli' },
    );
    const onDuty = await createUser(
      ctx.deps,
      { email: 'duty@focalpoint.test', role: 'caseworker' },
      { type: 'cli' },
    );
    await createUser(ctx.deps, { email: 'offduty@focalpoint.test', role: 'caseworker' }, { type: 'cli' });
    await createUser(ctx.deps, { email: 'analyst@focalpoint.test', role: 'analyst' }, { type: 'cli' });
    const gone = await createUser(
      ctx.deps,
      { email: 'gone@focalpoint.test', role: 'supervisor' },
      { type: 'cli' },
    );
    await ctx.deps.db.query('UPDATE users SET on_duty = true WHERE id = $1', [onDuty.id]);
    await ctx.deps.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [gone.id]);

    const caseId = randomUUID();
    inbox.length = 0;
    const result = await notifyHighRiskReport(ctx.deps, {
      caseId,
      reference: 'FP-7KQ4M2X',
      risk: 'immediate',
    });
    expect(result).toEqual({ recipients: 3, sent: 3, failed: 0 });
    expect(inbox.flatMap((m) => m.to).sort()).toEqual([
      'duty@focalpoint.test',
      'intake@focalpoint.test',
      'sup@focalpoint.test',
    ]);
    for (const mail of inbox) {
      expect(mail.to).toHaveLength(1);
      const text = decoded(mail.raw);
      expect(text).toContain('FP-7KQ4M2X');
      expect(text).toContain(`https://focalpoint.example/console/cases/${caseId}`);
      expect(text).toContain('alerts@focalpoint.test');
    }
    const french = decoded(inbox.find((m) => m.to[0] === 'intake@focalpoint.test')!.raw);
    expect(french).toContain('Ouvrez-le dans la console');
    const english = decoded(inbox.find((m) => m.to[0] === sup.email)!.raw);
    expect(english).toContain('Open it in the console');
  });

  it('tells the assignee of a reporter message and carries no content of the case', async () => {
    const canary = `CANARY-${randomUUID()}`;
    const assignee = await createUser(
      ctx.deps,
      { email: 'cw@focalpoint.test', role: 'caseworker' },
      { type: 'cli' },
    );
    // A real case whose sealed narrative and message hold the canary: nothing of it may reach the e-mail.
    const caseId = randomUUID();
    const now = new Date();
    await ctx.deps.db.transaction(async (tx) => {
      const key = await ctx.deps.vault.newDataKey(tx);
      await tx.query(
        `INSERT INTO cases (id, reference, risk, assignee_id, opened_at, updated_at) VALUES ($1, 'FP-CANARY1', 'high', $2, $3, $3)`,
        [caseId, assignee.id, now],
      );
      await tx.query(
        `INSERT INTO case_messages (id, case_id, direction, data_key_id, body_sealed, created_at)
         VALUES ($1, $2, 'from_reporter', $3, $4, $5)`,
        [randomUUID(), caseId, key.id, ctx.deps.vault.seal(key, canary, 'case_message.body'), now],
      );
    });
    inbox.length = 0;
    const result = await notifyReporterMessage(ctx.deps, {
      caseId,
      reference: 'FP-CANARY1',
      assigneeId: assignee.id,
    });
    expect(result.sent).toBe(1);
    expect(inbox).toHaveLength(1);
    const text = decoded(inbox[0]!.raw);
    expect(inbox[0]!.to).toEqual(['cw@focalpoint.test']);
    expect(text).toContain('FP-CANARY1');
    expect(text).toContain(`/console/cases/${caseId}`);
    expect(text).not.toContain(canary);
    expect(text).not.toContain('CANARY-');
  });

  it('never throws when the SMTP server is unreachable', async () => {
    const down = await startTestContext({ SMTP_URL: 'smtp://127.0.0.1:1' });
    try {
      await createUser(down.deps, { email: 'sup2@focalpoint.test', role: 'supervisor' }, { type: 'cli' });
      const result = await notifyHighRiskReport(down.deps, {
        caseId: randomUUID(),
        reference: 'FP-AAAAAAA',
        risk: 'high',
      });
      expect(result).toEqual({ recipients: 1, sent: 0, failed: 1 });
    } finally {
      await down.close();
    }
  });

  it('does nothing for medium and low risk', async () => {
    inbox.length = 0;
    const result = await notifyHighRiskReport(ctx.deps, {
      caseId: randomUUID(),
      reference: 'FP-BBBBBBB',
      risk: 'medium',
    });
    expect(result.sent).toBe(0);
    expect(inbox).toHaveLength(0);
  });
});
