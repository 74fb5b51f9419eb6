import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revealIdentity } from '../cases/reveal-identity.ts';
import { seedReport } from '../cases/testing/factory.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { checkpointFileOf, checkpointPublicKey } from '../platform/audit/checkpoints.ts';
import { startTestSmtp, type TestSmtp } from '../platform/mail/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { CHECKPOINT_NUDGE_DELAY_MS, FIRST_CHECKPOINT_AFTER_MS } from './take-checkpoint.ts';

let smtp: TestSmtp;
let ctx: TestContext;
let file: string;

const lines = async () =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map(
      (l) =>
        JSON.parse(l) as {
          format: string;
          v: number;
          seq: number;
          hash: string;
          mac: string;
          at: string;
          sig: string;
        },
    );

const append = (action: string, id: string) =>
  ctx.deps.db.transaction((tx) =>
    appendAudit(
      tx,
      ctx.deps.keys,
      { actor: { type: 'system' }, action, target: { type: 'case', id } },
      ctx.deps.clock.now(),
    ),
  );

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await startTestContext({
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMTP_FROM: 'FocalPoint <audit@focalpoint.test>',
    FOCALPOINT_AUDIT_CHECKPOINT_MINUTES: '5',
    FOCALPOINT_AUDIT_CHECKPOINT_EMAIL: 'auditor@oversight.test, board@oversight.test',
  });
  file = checkpointFileOf(ctx.dataDir);
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('signed checkpoints of the audit log', () => {
  it('signs the head a minute after start, into a 0600 file, and e-mails each auditor only numbers', async () => {
    await append('case.viewed', 'CANARY-CASE-1');
    await append('case.identity.revealed', 'CANARY-CASE-2');
    await ctx.advance(FIRST_CHECKPOINT_AFTER_MS);
    const written = await lines();
    expect(written).toHaveLength(1);
    const [c] = written;
    expect(c).toMatchObject({ format: 'focalpoint-audit-checkpoint', v: 1, seq: 2 });
    const { rows } = await ctx.deps.db.query<{ mac: string }>('SELECT mac FROM audit_log WHERE seq = 2');
    expect(c?.mac).toBe(rows[0]?.mac);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    // Mail is sent after the file is written; the SMTP round trip finishes within the job's run.
    expect(smtp.inbox.map((m) => m.to).sort()).toEqual([
      ['auditor@oversight.test'],
      ['board@oversight.test'],
    ]);
    for (const m of smtp.inbox) {
      const text = smtp.text(m.raw);
      expect(text).toContain('FocalPoint signed a checkpoint of its audit log');
      expect(text).toMatch(/Entry: 2\r?\n/);
      expect(text).toContain(c!.mac);
      expect(text).toContain(c!.sig);
      expect(text).toContain(c!.at);
      expect(text).toContain(checkpointPublicKey(ctx.deps.keys).fingerprint);
      expect(text).toContain('FocalPoint a signé un point de contrôle de son journal d’audit');
      // Nothing of what the entries say: no action, no record.
      expect(text).not.toContain('CANARY');
      expect(text).not.toContain('revealed');
    }
  });

  it('signs again only when the head moved, at the configured interval', async () => {
    await ctx.advance(5 * 60_000);
    expect(await lines()).toHaveLength(1);
    await append('case.viewed', 'case-3');
    await ctx.advance(5 * 60_000);
    expect((await lines()).map((c) => c.seq)).toEqual([2, 3]);
  });

  it('signs an identity reveal within seconds, not at the next interval', async () => {
    const supervisor = await createUser(
      ctx.deps,
      { email: 'sup@focalpoint.test', role: 'supervisor' },
      { type: 'cli' },
    );
    const report = await seedReport(ctx.deps, { identity: { name: 'Someone' } });
    await revealIdentity(
      ctx.deps,
      { userId: supervisor.id, role: 'supervisor' },
      report.caseId,
      'to call them back about the threat',
    );
    const { rows } = await ctx.deps.db.query<{ seq: number }>(
      "SELECT seq FROM audit_log WHERE action = 'case.identity.revealed' AND target_id = $1",
      [report.caseId],
    );
    const before = (await lines()).length;
    await ctx.advance(CHECKPOINT_NUDGE_DELAY_MS);
    // The report's arrival may be chained after the reveal meanwhile (the indexer): the checkpoint covers both.
    const after = await lines();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)?.seq).toBeGreaterThanOrEqual(rows[0]!.seq);
  });

  it('can be checked by an auditor with the public key alone, as the README tells', async () => {
    const publicKey = createPublicKey(checkpointPublicKey(ctx.deps.keys).pem);
    const written = await lines();
    expect(written.length).toBeGreaterThanOrEqual(3);
    for (const c of written) {
      const message = Buffer.from(`focalpoint-audit-checkpoint:v1:${c.seq}:${c.hash}:${c.mac}:${c.at}`);
      expect(verify(null, message, publicKey, Buffer.from(c.sig, 'base64'))).toBe(true);
      const altered = Buffer.from(`focalpoint-audit-checkpoint:v1:${c.seq - 1}:${c.hash}:${c.mac}:${c.at}`);
      expect(verify(null, altered, publicKey, Buffer.from(c.sig, 'base64'))).toBe(false);
    }
  });

  it('lets an auditor with read access to the log check every entry up to a checkpoint with SHA-256 alone', async () => {
    // Written from the README's description, not with FocalPoint's code: no key, no FocalPoint function.
    const { rows } = await ctx.deps.db.query<{
      seq: number;
      at: Date;
      actor_type: string;
      actor_id: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      meta: Record<string, unknown> | null;
      prev_hash: string;
      hash: string;
      mac: string;
    }>('SELECT * FROM audit_log ORDER BY seq');
    const sorted = (m: Record<string, unknown> | null) =>
      m ? Object.fromEntries(Object.entries(m).sort(([a], [b]) => a.localeCompare(b))) : null;
    let prev = '0'.repeat(64);
    const recomputed = new Map<number, string>();
    for (const e of rows) {
      const canonical = JSON.stringify([
        e.seq,
        e.at.toISOString(),
        e.actor_type,
        e.actor_id,
        e.action,
        e.target_type,
        e.target_id,
        sorted(e.meta),
        prev,
      ]);
      prev = createHash('sha256').update(canonical).digest('hex');
      expect(e.hash).toBe(prev);
      recomputed.set(e.seq, prev);
    }
    for (const c of await lines()) {
      expect(recomputed.get(c.seq)).toBe(c.hash);
      expect(rows.find((e) => e.seq === c.seq)?.mac).toBe(c.mac);
    }
  });
});
