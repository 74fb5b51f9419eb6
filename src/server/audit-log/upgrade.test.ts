import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Context, openContext } from '../boot.ts';
import { type Config, loadConfig } from '../config.ts';
import { appendAudit, entryHash, GENESIS_HASH } from '../platform/audit/audit.ts';
import { checkpointFileOf } from '../platform/audit/checkpoints.ts';
import { asSuperuser, recomputePlainChain } from '../platform/audit/testing.ts';
import { verifyAuditLog } from '../platform/audit/verify.ts';
import type { Db } from '../platform/db/db.ts';
import { ManualClock } from '../platform/jobs/clock.ts';
import { createTestDatabase, testDatabaseServer } from '../testing/test-context.ts';
import { SEAL_ACTION, sealAuditChain } from './seal-chain.ts';

/** What the version before the keyed chain wrote: the SHA-256 chain alone, no mac. */
async function appendAsBefore(db: Db, count: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ seq: number; hash: string }>(
      'SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE',
    );
    let prev = rows[0] ?? { seq: 0, hash: GENESIS_HASH };
    for (let i = 0; i < count; i++) {
      const e = {
        seq: prev.seq + 1,
        at: new Date(Date.UTC(2025, 5, 1, 9, i)),
        actor_type: 'user',
        actor_id: `user-${i}`,
        action: i === 2 ? 'case.identity.revealed' : 'case.viewed',
        target_type: 'case',
        target_id: `case-${i}`,
        meta: null,
        prev_hash: prev.hash,
      };
      const hash = entryHash(e);
      await tx.query(
        `INSERT INTO audit_log (seq, at, actor_type, actor_id, action, target_type, target_id, meta, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          e.seq,
          e.at,
          e.actor_type,
          e.actor_id,
          e.action,
          e.target_type,
          e.target_id,
          e.meta,
          e.prev_hash,
          hash,
        ],
      );
      prev = { seq: e.seq, hash };
    }
    await tx.query('UPDATE audit_head SET seq = $1, hash = $2, at = now() WHERE id = 1', [
      prev.seq,
      prev.hash,
    ]);
  });
}

describe('upgrading an installation whose audit log predates the keyed chain', () => {
  let config: Config;
  let context: Context | undefined;
  let drop: (() => Promise<void>) | undefined;
  const clock = new ManualClock();
  const verify = () =>
    verifyAuditLog({ db: context!.deps.db, keys: context!.deps.keys, dataDir: config.dataDir });

  beforeAll(async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-upgrade-'));
    const server = testDatabaseServer();
    const database = server ? await createTestDatabase(server) : undefined;
    drop = database?.drop;
    config = loadConfig({
      FOCALPOINT_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    const template = database ? undefined : new Blob([await readFile(inject('pgliteTemplate'))]);
    context = await openContext(config, { clock, ...(template ? { pgliteTemplate: template } : {}) });
    await appendAsBefore(context.deps.db, 5);
    await context.close();
    // The next start, on the new version.
    context = await openContext(config, { clock });
  });
  afterAll(async () => {
    await context?.close();
    await drop?.();
    await rm(config.dataDir, { recursive: true, force: true });
  });

  it('seals the old entries at start with one keyed entry, signed outside the database at once', async () => {
    const { rows } = await context!.deps.db.query<{
      seq: number;
      action: string;
      meta: unknown;
      mac: string | null;
    }>('SELECT seq, action, meta, mac FROM audit_log ORDER BY seq');
    expect(rows.map((r) => r.mac === null)).toEqual([true, true, true, true, true, false]);
    expect(rows[5]).toMatchObject({ seq: 6, action: SEAL_ACTION, meta: { unkeyedEntries: 5 } });
    const checkpoints = (await readFile(checkpointFileOf(config.dataDir), 'utf8')).trim().split('\n');
    expect(checkpoints.map((l) => JSON.parse(l).seq)).toEqual([6]);
    expect(await verify()).toMatchObject({ ok: true, entries: 6, keyedFrom: 6, problems: [] });
    // Once sealed, a start seals nothing more.
    expect(await sealAuditChain(context!.deps)).toBe(false);
    await context!.deps.db.transaction((tx) =>
      appendAudit(tx, context!.deps.keys, { actor: { type: 'system' }, action: 'test.after' }),
    );
    expect(await verify()).toMatchObject({ ok: true, entries: 7, keyedFrom: 6 });
  });

  it('names the seal when an old entry is rewritten and the plain chain recomputed', async () => {
    await asSuperuser(context!.deps.db, async (tx) => {
      // Erase the old reveal: make it look like an ordinary view.
      await tx.query(`UPDATE audit_log SET action = 'case.viewed' WHERE seq = 3`);
      await recomputePlainChain(tx, 'keep');
    });
    expect((await verify()).problems[0]).toEqual({
      code: 'not_keyed',
      seq: 6,
      reason: 'entry 6 altered or the chain recomputed without the key',
    });
  });
});
