import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import { migrationSteps } from '../db/migrations/steps.ts';
import { postReportWithFiles } from '../intake/testing/http.ts';
import { migrate } from '../platform/db/migrate.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { openDigests, type SealedDigestColumns } from './sealing.ts';
import { exifWithGps, makeJpeg } from './testing/fixtures.ts';

/**
 * Migration 0021/0022 on an installation that stored evidence digests in clear: its data step seals them
 * under each file's data key, the clear columns go, and the table is rewritten without them. A backup
 * taken before the migration restores into the new schema with its digests sealed on the way in.
 */

const KEY = Buffer.alloc(32, 7).toString('base64');
const photo = makeJpeg({ exif: exifWithGps({ latitude: [48, 51, 24], artist: 'Migration-Canary' }) });
const notes = Buffer.from('Plate AB-123-CD, 22:40, every night\n');
const hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let ctx: TestContext;
let expected: Map<string, { sha256Original: string; sha256Sanitised: string | null }>;

/** The evidence_files table as it was before 0021: the digests in clear, no sealed columns. */
async function backToClearDigests(c: TestContext) {
  const { rows } = await c.deps.db.query<SealedDigestColumns>(
    'SELECT id, sha256_original_sealed, sha256_sanitised_sealed FROM evidence_files',
  );
  const opened = new Map<string, { sha256Original: string; sha256Sanitised: string | null }>();
  for (const row of rows) opened.set(row.id, await openDigests(c.deps.db, c.deps.vault, row));
  await c.deps.db.exec(`
    ALTER TABLE evidence_files DROP CONSTRAINT evidence_files_sanitised_digest;
    ALTER TABLE evidence_files ADD COLUMN sha256_original text, ADD COLUMN sha256_sanitised text;`);
  for (const [id, d] of opened) {
    await c.deps.db.query(
      'UPDATE evidence_files SET sha256_original = $2, sha256_sanitised = $3 WHERE id = $1',
      [id, d.sha256Original, d.sha256Sanitised],
    );
  }
  await c.deps.db.exec(`
    ALTER TABLE evidence_files ALTER COLUMN sha256_original SET NOT NULL;
    ALTER TABLE evidence_files DROP COLUMN sha256_original_sealed, DROP COLUMN sha256_sanitised_sealed;
    DELETE FROM schema_migrations WHERE version IN ('0021_sealed_evidence_hashes', '0022_drop_clear_evidence_hashes');`);
  return opened;
}

async function columnsOfEvidence(c: TestContext): Promise<string[]> {
  const { rows } = await c.deps.db.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_name = 'evidence_files' AND column_name LIKE 'sha256%' ORDER BY column_name`,
  );
  return rows.map((r) => r.column_name);
}

async function digestsOf(c: TestContext) {
  const { rows } = await c.deps.db.query<SealedDigestColumns>(
    'SELECT id, sha256_original_sealed, sha256_sanitised_sealed FROM evidence_files',
  );
  const out = new Map<string, { sha256Original: string; sha256Sanitised: string | null }>();
  for (const row of rows) out.set(row.id, await openDigests(c.deps.db, c.deps.vault, row));
  return out;
}

beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MASTER_KEY: KEY });
  await postReportWithFiles(ctx.app, { narrative: 'The car again, photos and notes.', language: 'en' }, [
    { filename: 'car.jpg', contentType: 'image/jpeg', bytes: photo },
    { filename: 'notes.txt', contentType: 'text/plain', bytes: notes },
  ]);
  expected = await backToClearDigests(ctx);
  expect([...expected.values()].map((d) => d.sha256Original).sort()).toEqual([hex(photo), hex(notes)].sort());
});
afterAll(async () => {
  await ctx?.close();
});

describe('migration 0021_sealed_evidence_hashes', () => {
  it('cannot run without its data step: the whole migration is refused and nothing changes', async () => {
    await expect(migrate(ctx.deps.db)).rejects.toThrow();
    expect(await columnsOfEvidence(ctx)).toEqual(['sha256_original', 'sha256_sanitised']);
  });

  it('seals every stored digest under its file, drops the clear columns and rewrites the table', async () => {
    const applied = await migrate(ctx.deps.db, { steps: migrationSteps({ vault: ctx.deps.vault }) });
    expect(applied).toEqual(['0021_sealed_evidence_hashes', '0022_drop_clear_evidence_hashes']);
    expect(await columnsOfEvidence(ctx)).toEqual(['sha256_original_sealed', 'sha256_sanitised_sealed']);
    expect(await digestsOf(ctx)).toEqual(expected);
    const { rows } = await ctx.deps.db.query<{ t: string }>('SELECT e::text AS t FROM evidence_files e');
    for (const d of expected.values()) {
      expect(rows.some((r) => r.t.includes(d.sha256Original))).toBe(false);
    }
  });

  it('restores a backup taken before it, sealing the digests on the way in', async () => {
    const file = path.join(ctx.dataDir, 'new.fpb');
    await createBackup(ctx.deps, { file });
    // The same backup as the schema before 0021 wrote it: clear digests, no sealed columns.
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .split('\n');
    const old = lines.map((line) => {
      if (!line) return line;
      const item = JSON.parse(line);
      if (item.format) {
        item.migrations = item.migrations.filter((m: string) => m < '0021');
      } else if (item.t === 'evidence_files') {
        const d = expected.get(item.r.id);
        delete item.r.sha256_original_sealed;
        delete item.r.sha256_sanitised_sealed;
        item.r.sha256_original = d?.sha256Original;
        item.r.sha256_sanitised = d?.sha256Sanitised;
      }
      return JSON.stringify(item);
    });
    const oldFile = path.join(ctx.dataDir, 'old.fpb');
    await writeFile(oldFile, gzipSync(old.join('\n')));

    const target = await startTestContext({ FOCALPOINT_MASTER_KEY: KEY });
    try {
      await restoreBackup(target.deps, { file: oldFile });
      expect(await digestsOf(target)).toEqual(expected);
    } finally {
      await target.close();
    }
  });
});
