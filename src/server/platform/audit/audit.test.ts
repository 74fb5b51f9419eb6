import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';
import { appendAudit, verifyAuditChain } from './audit.ts';

describe('audit log', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestContext();
    const { db } = ctx.deps;
    for (let i = 0; i < 12; i++) {
      await db.transaction((tx) =>
        appendAudit(tx, {
          actor: { type: 'user', id: `user-${i % 3}` },
          action: 'case.viewed',
          target: { type: 'case', id: `case-${i}` },
          meta: { role: 'caseworker', n: i },
        }),
      );
    }
  });
  afterAll(() => ctx.close());

  it('verifies an intact chain', async () => {
    const result = await verifyAuditChain(ctx.deps.db);
    expect(result).toEqual({ ok: true, entries: 12 });
  });

  it('chains concurrent appends into one line', async () => {
    const { db } = ctx.deps;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction((tx) =>
          appendAudit(tx, { actor: { type: 'system' }, action: 'test.concurrent', meta: { i } }),
        ),
      ),
    );
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 22 });
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
        appendAudit(tx, {
          actor: { type: 'system' },
          action: 'case.noted',
          meta: { reason: 'he threatened my mother' },
        }),
      ),
    ).rejects.toThrow(/code, not text/);
  });

  it('names the first altered entry after someone bypasses the triggers', async () => {
    const { db } = ctx.deps;
    // What an attacker with database rights would do: switch the triggers off and rewrite history.
    await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      UPDATE audit_log SET target_id = 'case-999' WHERE seq = 5;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 5, problem: 'entry altered', entries: 4 });
    await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      UPDATE audit_log SET target_id = 'case-4' WHERE seq = 5;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('names the entry after a removed one, and notices entries removed from the end', async () => {
    const { db } = ctx.deps;
    await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
      DELETE FROM audit_log WHERE seq = 7;
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBadSeq: 7, problem: 'entry missing' });

    const other = await startTestContext();
    try {
      for (let i = 0; i < 3; i++) {
        await other.deps.db.transaction((tx) =>
          appendAudit(tx, { actor: { type: 'system' }, action: 'test.tail' }),
        );
      }
      await other.deps.db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
        DELETE FROM audit_log WHERE seq = 3;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
      expect(await verifyAuditChain(other.deps.db)).toMatchObject({ ok: false, firstBadSeq: 3 });
    } finally {
      await other.close();
    }
  });
});
