import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { createBackup } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import { findStored } from '../testing/stored-everywhere.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { exportTombstones } from './export-tombstones.ts';
import { RETENTION_INTERVAL_MS } from './job.ts';
import {
  type Canaries,
  findWithTheKey,
  followup,
  type Sent,
  searchTokensOf,
  sendReport,
  setSchedule,
  workAndClose,
} from './testing.ts';
import { LEDGER_PREFIX } from './tombstones.ts';

/**
 * After destruction, what the reporter told us is found nowhere: not in the database, its dump or the
 * file store — not even by someone holding the master secret, who opens every sealed value and file left
 * (the data keys went with the case) — and not in the blind search index. And restoring a backup made
 * before the destruction does not bring the case back: tombstones win, whether they come from the file
 * store's ledger or from a newer tombstones file.
 */

const MINUTE = 60_000;
const key = randomBytes(32).toString('base64');
let ctx: TestContext;
let admin: SignedIn;
let supervisor: SignedIn;
let gone: Sent;
let kept: Sent;
let oldBackup: string;

const needles = (c: Canaries, prefix: string) =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [`${prefix}.${k}`, v]));
const tagOf = (c: Canaries) => c.name.replace('Name-Canary-', '');

beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MASTER_KEY: key });
  admin = await signInAs(ctx, 'admin');
  supervisor = await signInAs(ctx, 'supervisor');
  gone = await sendReport(ctx);
  kept = await sendReport(ctx);
  await workAndClose(ctx, supervisor, gone.caseId);
  oldBackup = path.join(ctx.dataDir, 'before-destruction.fpb');
  await createBackup(ctx.deps, { file: oldBackup });
  await setSchedule(ctx, admin, { 'closed.resolved.deidentify': 1, 'closed.resolved.destroy': 2 });
  await ctx.advance(3 * MINUTE + RETENTION_INTERVAL_MS);
  const { rows } = await ctx.deps.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM retention_tombstones WHERE report_id = $1',
    [gone.reportId],
  );
  expect(rows[0]!.n).toBe(1);
}, 180_000);

afterAll(async () => {
  await ctx?.close();
});

describe('a destroyed case', () => {
  it('leaves none of its canaries in the database, its dump or the file store', async () => {
    const { found, rows, files, dumpBytes } = await findStored(
      ctx,
      Object.fromEntries(Object.entries(needles(gone.canaries, 'gone')).map(([k, v]) => [k, Buffer.from(v)])),
    );
    expect(rows).toBeGreaterThan(10);
    expect(files).toBeGreaterThan(3);
    expect(dumpBytes).toBeGreaterThan(1000);
    expect(found).toEqual([]);
  });

  it('leaves nothing that opens to them with the master secret, while the kept case still opens', async () => {
    const { found, opened } = await findWithTheKey(ctx, {
      ...needles(gone.canaries, 'gone'),
      ...needles(kept.canaries, 'kept'),
    });
    expect(opened).toBeGreaterThan(5);
    expect(found.filter((f) => f.startsWith('gone.'))).toEqual([]);
    // The search is real: the case kept is read in its report, its message and its file.
    expect(found).toEqual(
      expect.arrayContaining([
        'kept.narrative in reports.narrative_sealed',
        'kept.message in case_messages.body_sealed',
        'kept.fileText in the file store',
      ]),
    );
  });

  it('leaves no search token of its words, while the kept case is still found', async () => {
    expect(await searchTokensOf(ctx, tagOf(gone.canaries))).toBe(0);
    expect(await searchTokensOf(ctx, tagOf(kept.canaries))).toBeGreaterThan(0);
  });
});

describe('restoring a backup made before the destruction', () => {
  async function remainsIn(target: TestContext, s: Sent) {
    const { rows } = await target.deps.db.query<{ content: number; tombstone: number; files: number }>(
      `SELECT (SELECT count(*) FROM reports WHERE id = $1 AND narrative_sealed IS NOT NULL)::int AS content,
              (SELECT count(*) FROM retention_tombstones WHERE report_id = $1)::int AS tombstone,
              (SELECT count(*) FROM evidence_files WHERE report_id = $1)::int AS files`,
      [s.reportId],
    );
    return rows[0];
  }

  it('destroys again what a newer tombstones file records', async () => {
    const tombstones = path.join(ctx.dataDir, 'tombstones.fpt');
    expect((await exportTombstones(ctx.deps, { file: tombstones })).tombstones).toBe(1);
    const target = await startTestContext({ FOCALPOINT_MASTER_KEY: key });
    try {
      const result = await restoreBackup(target.deps, { file: oldBackup, tombstones: [tombstones] });
      expect(result.destroyedAgain).toBe(1);
      expect(await remainsIn(target, gone)).toEqual({ content: 0, tombstone: 1, files: 0 });
      expect(await remainsIn(target, kept)).toEqual({ content: 1, tombstone: 0, files: 1 });
      const { found } = await findWithTheKey(target, needles(gone.canaries, 'gone'));
      expect(found).toEqual([]);
      expect(await searchTokensOf(target, tagOf(gone.canaries))).toBe(0);
      // Its receipt opens nothing; the kept one still does.
      expect((await followup(target, gone.receipt)).statusCode).toBe(404);
      expect((await followup(target, kept.receipt)).statusCode).toBe(200);
    } finally {
      await target.close();
    }
  });

  it('destroys again what the file store’s ledger records, with no file given', async () => {
    const target = await startTestContext({ FOCALPOINT_MASTER_KEY: key });
    try {
      // The database was lost; the file store (and the ledger in it) survived.
      for await (const id of ctx.deps.blobs.list())
        if (id.startsWith(LEDGER_PREFIX)) await target.deps.blobs.put(id, await ctx.deps.blobs.get(id));
      const result = await restoreBackup(target.deps, { file: oldBackup });
      expect(result.destroyedAgain).toBe(1);
      expect(await remainsIn(target, gone)).toEqual({ content: 0, tombstone: 1, files: 0 });
      expect(await remainsIn(target, kept)).toEqual({ content: 1, tombstone: 0, files: 1 });
      const { found } = await findWithTheKey(target, needles(gone.canaries, 'gone'));
      expect(found).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
