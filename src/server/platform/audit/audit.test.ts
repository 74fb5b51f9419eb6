import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckpointRefusedError, takeCheckpoint } from '../../audit-log/take-checkpoint.ts';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';
import { appendAudit, entryMac, GENESIS_HASH } from './audit.ts';
import { checkpointFileOf } from './checkpoints.ts';
import {
  asSuperuser,
  cutTailAfter,
  type LogSnapshot,
  recomputePlainChain,
  restoreLog,
  snapshotLog,
} from './testing.ts';
import { verifyAuditChain, verifyAuditLog } from './verify.ts';

let ctx: TestContext;
let file: string;
const verify = () => verifyAuditLog({ db: ctx.deps.db, keys: ctx.deps.keys, dataDir: ctx.dataDir });
const append = (action: string, i: number) =>
  ctx.deps.db.transaction((tx) =>
    appendAudit(tx, ctx.deps.keys, {
      actor: { type: 'user', id: `user-${i % 3}` },
      action,
      target: { type: 'case', id: `case-${i}` },
      meta: { role: 'caseworker', n: i },
    }),
  );

beforeAll(async () => {
  ctx = await startTestContext();
  file = checkpointFileOf(ctx.dataDir);
});
afterAll(() => ctx.close());

describe('the audit log', () => {
  beforeAll(async () => {
    for (let i = 1; i <= 12; i++) await append('case.viewed', i);
  });

  it('chains every entry under the key and verifies', async () => {
    expect(await verifyAuditChain(ctx.deps)).toEqual({ ok: true, entries: 12, keyedFrom: 1, problem: null });
    const { rows } = await ctx.deps.db.query<{ hash: string; mac: string }>(
      'SELECT hash, mac FROM audit_log WHERE seq = 1',
    );
    expect(rows[0]?.mac).toBe(entryMac(ctx.deps.keys, GENESIS_HASH, rows[0]!.hash));
  });

  it('chains concurrent appends into one line', async () => {
    const { db, keys } = ctx.deps;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction((tx) =>
          appendAudit(tx, keys, { actor: { type: 'system' }, action: 'test.concurrent', meta: { i } }),
        ),
      ),
    );
    expect(await verifyAuditChain(ctx.deps)).toMatchObject({ ok: true, entries: 22 });
  });

  it('is refused UPDATE, DELETE and TRUNCATE by the database itself', async () => {
    const { db } = ctx.deps;
    await expect(db.query("UPDATE audit_log SET action = 'x.y' WHERE seq = 1")).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  it('refuses free text in its metadata: entries hold codes, never content', async () => {
    await expect(
      ctx.deps.db.transaction((tx) =>
        appendAudit(tx, ctx.deps.keys, {
          actor: { type: 'system' },
          action: 'case.noted',
          meta: { reason: 'he threatened my mother' },
        }),
      ),
    ).rejects.toThrow(/code, not text/);
  });
});

/**
 * Issue 16, item 6: someone with the database's superuser rights but not the master secret. Each test starts
 * from the same log — 22 entries, a checkpoint of entry 20 signed outside the database, entry 19 an identity
 * reveal — and puts it back afterwards.
 */
describe('a database superuser rewriting the audit log', () => {
  let snapshot: LogSnapshot;
  beforeAll(async () => {
    await ctx.deps.db.transaction((tx) =>
      appendAudit(tx, ctx.deps.keys, { actor: { type: 'system' }, action: 'test.filler' }),
    );
    // Now 23 entries: make entry 24 the reveal, checkpoint at 25, two more after it.
    await append('case.identity.revealed', 24);
    await append('case.viewed', 25);
    expect((await takeCheckpoint(ctx.deps))?.seq).toBe(25);
    await append('case.viewed', 26);
    await append('case.viewed', 27);
    expect(await verify()).toMatchObject({
      ok: true,
      entries: 27,
      keyedFrom: 1,
      checkpoints: { verified: 1, latest: { seq: 25 } },
      problems: [],
    });
    snapshot = await snapshotLog(ctx.deps.db, file);
  });
  afterEach(async () => {
    await restoreLog(ctx.deps.db, file, snapshot);
    expect((await verify()).ok).toBe(true);
  });

  it('deletes the last entries, an identity reveal among them, and moves the head back: named from the checkpoint', async () => {
    // The independent test's first finding, with the triggers switched off by ALTER TABLE.
    await ctx.deps.db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE audit_log DISABLE TRIGGER ALL');
      await cutTailAfter(tx, 23);
      await tx.exec('ALTER TABLE audit_log ENABLE TRIGGER ALL');
    });
    // Inside the database the cut leaves nothing to see: the head is a genuine earlier entry.
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'tail_removed', seq: 24 });
    expect(result.problems[0]?.reason).toMatch(
      /^entries removed at the end after checkpoint 25 \(signed .+\): the log ends at entry 23$/,
    );
  });

  it('cuts the tail and lets the server write on past the checkpoint: the checkpoint no longer matches', async () => {
    await asSuperuser(ctx.deps.db, (tx) => cutTailAfter(tx, 22));
    for (let i = 0; i < 6; i++) await append('case.viewed', 100 + i);
    const result = await verify();
    expect(result.problems[0]).toMatchObject({ code: 'tail_removed', seq: 25 });
    expect(result.problems[0]?.reason).toContain('entries removed at the end after checkpoint 25');
    expect(result.problems[0]?.reason).toContain('entry 25 is not the entry it vouched for');
  });

  it('deletes a middle entry: "entry N missing"', async () => {
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query('DELETE FROM audit_log WHERE seq = 7');
    });
    expect((await verify()).problems[0]).toEqual({
      code: 'entry_missing',
      seq: 7,
      reason: 'entry 7 missing',
    });
  });

  it('deletes a middle entry and recomputes the chain: "entry N altered or the chain recomputed without the key"', async () => {
    // The independent test's second finding: the plain SHA-256 chain is recomputed end to end.
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query('DELETE FROM audit_log WHERE seq = 7');
      await recomputePlainChain(tx, 'keep');
    });
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { code: 'not_keyed', seq: 7, reason: 'entry 7 altered or the chain recomputed without the key' },
    ]);
    expect(result.entries).toBe(6);
  });

  it('rewrites an entry and recomputes the plain chain after it: named at that entry', async () => {
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query(`UPDATE audit_log SET target_id = 'case-999' WHERE seq = 24`);
      await recomputePlainChain(tx, 'keep');
    });
    expect((await verify()).problems[0]).toMatchObject({ code: 'not_keyed', seq: 24 });
  });

  it('rewrites an entry without recomputing anything: "entry N altered"', async () => {
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query(`UPDATE audit_log SET meta = '{"role":"admin","n":5}' WHERE seq = 5`);
    });
    expect((await verify()).problems[0]).toEqual({
      code: 'entry_altered',
      seq: 5,
      reason: 'entry 5 altered',
    });
  });

  it('strips every mac and rebuilds the log as if it predated the key: caught by the checkpoint, or as unsealed', async () => {
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query('DELETE FROM audit_log WHERE seq = 24');
      await recomputePlainChain(tx, 'strip');
    });
    // Every entry up to the checkpoint now passes as history from before the keyed chain — but the
    // checkpoint signed entry 25 under the key.
    expect((await verify()).problems[0]).toEqual({
      code: 'not_keyed',
      seq: 25,
      reason: expect.stringMatching(
        /^entry 25 altered or the chain recomputed without the key: checkpoint 25 \(signed .+\) vouched for it under the key$/,
      ),
    });
    // Without the checkpoint file (a data directory lost with it), the database alone still tells.
    await writeFile(file, '');
    expect((await verify()).problems[0]).toMatchObject({ code: 'unsealed', seq: null });
  });

  it('moves the head to an entry that does not exist: named, and no checkpoint signs it', async () => {
    await asSuperuser(ctx.deps.db, async (tx) => {
      await tx.query(`UPDATE audit_head SET seq = 40, mac = $1 WHERE id = 1`, ['f'.repeat(64)]);
    });
    expect((await verify()).problems[0]).toMatchObject({ code: 'head_mismatch', seq: 28 });
    await expect(takeCheckpoint(ctx.deps)).rejects.toBeInstanceOf(CheckpointRefusedError);
  });

  it('finds a tampered checkpoint file: a changed line, a forged line, a line that is not a checkpoint', async () => {
    const original = await readFile(file, 'utf8');
    const line = JSON.parse(original.trim()) as { seq: number; mac: string; sig: string };
    const forged = JSON.stringify({ ...line, seq: 26, mac: 'a'.repeat(64) });
    await writeFile(file, `${JSON.stringify({ ...line, seq: 9 })}\n${original}${forged}\nhello\n`);
    const result = await verify();
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual([
      'checkpoint_invalid',
      'checkpoint_invalid',
      'checkpoint_invalid',
    ]);
    expect(result.problems[0]?.reason).toBe(
      `${file}, line 1: the signature of the checkpoint of entry 9 does not verify (the file was altered)`,
    );
    expect(result.problems[1]?.reason).toContain('line 3: the signature of the checkpoint of entry 26');
    expect(result.problems[2]?.reason).toContain('line 4: not a checkpoint line');
    // The genuine checkpoint still counts.
    expect(result.checkpoints.verified).toBe(1);
  });

  it('stays fast on a long log: pages through it without holding it in memory', async () => {
    // A page size of 4 walks the 27 entries in 7 queries; the answer is the same as in one.
    const paged = await verifyAuditLog(
      { db: ctx.deps.db, keys: ctx.deps.keys, dataDir: ctx.dataDir },
      { pageSize: 4 },
    );
    expect(paged).toEqual(await verify());
  });
});
