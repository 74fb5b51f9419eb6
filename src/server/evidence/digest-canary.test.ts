import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBackup } from '../backup/backup.ts';
import { postReportWithFiles } from '../intake/testing/http.ts';
import { findStored } from '../testing/stored-everywhere.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { EVIDENCE_AAD, openDigests, type SealedDigestColumns } from './sealing.ts';
import { exifWithGps, makeJpeg } from './testing/fixtures.ts';

/**
 * The adversary holds a copy of the database and a picture they sent: its SHA-256 must not let them
 * confirm that it was reported, in which case or when. A file goes in through the public API; its
 * digests (of the original and of the sanitised copy) — as hex, raw bytes and base64 — are then looked
 * for in every table, every file under the data directory, the database dump and a backup: nowhere.
 * They are still there for whoever holds the key: sealed, opened for staff and partners' manifests.
 */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

const forms = (name: string, digest: Buffer): [string, Buffer][] => [
  [`${name} (hex)`, Buffer.from(digest.toString('hex'))],
  [`${name} (HEX)`, Buffer.from(digest.toString('hex').toUpperCase())],
  [`${name} (raw)`, digest],
  [`${name} (base64)`, Buffer.from(digest.toString('base64'))],
];

it('stores the SHA-256 of an uploaded file nowhere in clear: database, files, dump or backup', async () => {
  const photo = makeJpeg({ exif: exifWithGps({ latitude: [51, 30, 26], artist: 'Digest-Canary' }) });
  await postReportWithFiles(
    ctx.app,
    { narrative: 'They sent this picture of my house to my phone.', language: 'en' },
    [{ filename: 'threat.jpg', contentType: 'image/jpeg', bytes: photo }],
  );

  const { rows } = await ctx.deps.db.query<SealedDigestColumns & { sanitised_blob_id: string }>(
    'SELECT id, sanitised_blob_id, sha256_original_sealed, sha256_sanitised_sealed FROM evidence_files',
  );
  expect(rows).toHaveLength(1);
  const row = rows[0] as SealedDigestColumns & { sanitised_blob_id: string };
  const sanitised = await ctx.deps.vault.open(
    ctx.deps.db,
    await ctx.deps.blobs.get(row.sanitised_blob_id),
    EVIDENCE_AAD.sanitised(row.id),
  );
  const digestOriginal = createHash('sha256').update(photo).digest();
  const digestSanitised = createHash('sha256').update(sanitised).digest();
  expect(digestSanitised.equals(digestOriginal)).toBe(false);
  // Whoever holds the key still gets the real digests.
  expect(await openDigests(ctx.deps.db, ctx.deps.vault, row)).toEqual({
    sha256Original: digestOriginal.toString('hex'),
    sha256Sanitised: digestSanitised.toString('hex'),
  });

  const needles = Object.fromEntries([
    ...forms('SHA-256 of the original', digestOriginal),
    ...forms('SHA-256 of the sanitised copy', digestSanitised),
  ]);
  const stored = await findStored(ctx, needles);
  expect(stored.tables).toContain('evidence_files');
  expect(stored.files).toBeGreaterThan(1);
  expect(stored.dumpBytes).toBeGreaterThan(1000);

  const file = path.join(ctx.dataDir, 'backup.fpb');
  const summary = await createBackup(ctx.deps, { file });
  expect(summary.blobs).toBe(2);
  const backup = gunzipSync(await readFile(file));
  const inBackup = Object.entries(needles)
    .filter(([, needle]) => backup.includes(needle))
    .map(([name]) => `${name} in the backup`);

  expect([...stored.found, ...inBackup]).toEqual([]);
});
