import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../auth/testing.ts';
import { createBackup } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import { makeJpeg } from '../evidence/testing/fixtures.ts';
import { multipartBody, nextAddress } from '../intake/testing/http.ts';
import { S3BlobStore } from '../platform/storage/s3-blob-store.ts';
import { TestS3Server } from '../testing/s3-server.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { migrateStore, StorageMigrationError } from './migrate-store.ts';

const key = randomBytes(32).toString('base64');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('the S3 store, against a real S3 API server', () => {
  let s3: TestS3Server;
  beforeAll(async () => {
    s3 = await TestS3Server.start();
  });
  afterAll(() => s3.stop());

  it('stores, lists in id order, reads whole or as a stream, and deletes', async () => {
    const store = new S3BlobStore({ ...s3.settings, prefix: 'roundtrip/' });
    try {
      const a = randomBytes(1000);
      await store.put('bbbbbbbb-0001', a);
      await store.put('aaaaaaaa-0002', Buffer.alloc(0));
      expect(await collect(store.list())).toEqual(['aaaaaaaa-0002', 'bbbbbbbb-0001']);
      expect((await store.get('bbbbbbbb-0001')).equals(a)).toBe(true);
      expect(await store.stat('bbbbbbbb-0001')).toEqual({ bytes: 1000 });
      expect(await store.stat('cccccccc-0003')).toBeNull();
      await store.delete('bbbbbbbb-0001');
      expect(await collect(store.list())).toEqual(['aaaaaaaa-0002']);
      await expect(store.get('bbbbbbbb-0001')).rejects.toThrow();
      // Ids are ours (uuids): a key that walks elsewhere is refused before any request.
      await expect(store.put('../escape', a)).rejects.toThrow('invalid blob id');
    } finally {
      store.close();
    }
  });

  it('sends a large file in parts from a stream and gets the same bytes back', async () => {
    const store = new S3BlobStore({ ...s3.settings, prefix: 'large/' });
    try {
      const big = randomBytes(19 * 1024 * 1024); // three 8 MB parts: a multipart upload
      const { Readable } = await import('node:stream');
      await store.put(
        'large-file-0001',
        Readable.from([big.subarray(0, 5_000_000), big.subarray(5_000_000)]),
      );
      expect(await store.stat('large-file-0001')).toEqual({ bytes: big.length });
      expect(sha(await store.get('large-file-0001'))).toBe(sha(big));
    } finally {
      store.close();
    }
  });

  describe('an installation configured for it', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await startTestContext({
        ...s3.env(),
        FOCALPOINT_S3_PREFIX: 'install/',
        FOCALPOINT_MASTER_KEY: key,
      });
    });
    afterAll(() => ctx.close());

    it('keeps evidence in the bucket, sealed, and nothing on its own disk; staff download it', async () => {
      const jpeg = makeJpeg();
      const { payload, headers } = multipartBody(
        {
          narrative: 'A photo of the letter left at my door.',
          tactics: 'physical_surveillance',
          channels: 'home',
        },
        [{ filename: 'letter.jpg', contentType: 'image/jpeg', bytes: jpeg }],
      );
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload,
        headers,
        remoteAddress: nextAddress(),
      });
      expect(res.statusCode).toBe(201);
      const { rows } = await ctx.deps.db.query<{ id: string; case_id: string; original_blob_id: string }>(
        `SELECT f.id, r.case_id, f.original_blob_id FROM evidence_files f JOIN reports r ON r.id = f.report_id`,
      );
      const file = rows[0]!;
      const inBucket = new S3BlobStore({ ...s3.settings, prefix: 'install/' });
      try {
        const sealed = await inBucket.get(file.original_blob_id);
        expect(sealed.includes(jpeg.subarray(0, 64))).toBe(false); // ciphertext only
      } finally {
        inBucket.close();
      }
      expect(await readdir(ctx.dataDir)).not.toContain('files');
      const supervisor = await signInAs(ctx, 'supervisor');
      const download = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/cases/${file.case_id}/evidence/${file.id}`,
        headers: supervisor.headers,
      });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(jpeg)).toBe(true);
    });

    it('backs up the bucket’s files, and restores them into an installation on the file store', async () => {
      const file = path.join(ctx.dataDir, 'backup.fpb');
      const summary = await createBackup(ctx.deps, { file });
      expect(summary.blobs).toBeGreaterThanOrEqual(2); // the original and its sanitised copy
      const target = await startTestContext({ FOCALPOINT_MASTER_KEY: key });
      try {
        expect(target.deps.blobs.kind).toBe('file');
        const restored = await restoreBackup(target.deps, { file });
        expect(restored.blobs).toBe(summary.blobs);
        const ids = await collect(ctx.deps.blobs.list());
        for (const id of ids)
          expect(sha(await target.deps.blobs.get(id))).toBe(sha(await ctx.deps.blobs.get(id)));
      } finally {
        await target.close();
      }
    });
  });

  describe('focalpoint storage migrate', () => {
    let ctx: TestContext;
    beforeAll(async () => {
      ctx = await startTestContext({
        ...s3.env(),
        FOCALPOINT_STORAGE: 'file',
        FOCALPOINT_S3_PREFIX: 'migrated/',
      });
    });
    afterAll(() => ctx.close());

    it('copies every file from the file store to the bucket with progress, verified, and can run again', async () => {
      const files = new Map([
        ['11111111-aaaa', randomBytes(10)],
        ['22222222-bbbb', randomBytes(9 * 1024 * 1024)],
        ['33333333-cccc', Buffer.alloc(0)],
      ]);
      for (const [id, bytes] of files) await ctx.deps.blobs.put(id, bytes);
      const progress: number[] = [];
      const first = await migrateStore(ctx.deps, {
        from: 'file',
        to: 's3',
        onProgress: (_label, done, total) => progress.push(done / total),
      });
      expect(first).toMatchObject({ files: 3, copied: 3, alreadyThere: 0 });
      expect(progress).toEqual([1 / 3, 2 / 3, 1]);
      const bucket = new S3BlobStore({ ...s3.settings, prefix: 'migrated/' });
      try {
        for (const [id, bytes] of files) expect(sha(await bucket.get(id))).toBe(sha(bytes));
        // A file received after the first run, then the run before the switch: only it is copied.
        await ctx.deps.blobs.put('44444444-dddd', randomBytes(100));
        const again = await migrateStore(ctx.deps, { from: 'file', to: 's3' });
        expect(again).toMatchObject({ files: 4, copied: 1, alreadyThere: 3 });
        // A damaged copy in the target (a different length) is copied again, not trusted.
        await bucket.put('11111111-aaaa', randomBytes(3));
        expect(await migrateStore(ctx.deps, { from: 'file', to: 's3' })).toMatchObject({ copied: 1 });
        expect(sha(await bucket.get('11111111-aaaa'))).toBe(sha(files.get('11111111-aaaa')!));
      } finally {
        bucket.close();
      }
      const back = await startTestContext({ ...s3.env(), FOCALPOINT_S3_PREFIX: 'migrated/' });
      try {
        // The other way: an installation on the bucket copies its files to its own disk.
        expect(await migrateStore(back.deps, { from: 's3', to: 'file' })).toMatchObject({
          files: 4,
          copied: 4,
        });
        await expect(migrateStore(back.deps, { from: 's3', to: 's3' })).rejects.toBeInstanceOf(
          StorageMigrationError,
        );
      } finally {
        await back.close();
      }
    });

    it('runs as a command and says what it did', async () => {
      const { storageCommands } = await import('./commands.ts');
      const { allOperations } = await import('../features.ts');
      const { runOperation } = await import('../admin/operation.ts');
      const command = storageCommands.find((c) => c.name === 'storage migrate')!;
      const out: string[] = [];
      const err: string[] = [];
      const tools = {
        operate: async (name: string, args: unknown) => {
          const r = await runOperation(ctx.deps, allOperations(), name, args, () => {});
          return r.ok ? { ok: true as const, data: r.data } : { ok: false as const, error: r.error };
        },
        out: (t: string) => out.push(t),
        err: (t: string) => err.push(t),
        resolvePath: (f: string) => f,
      };
      expect(await command.run({ from: 'file', to: 'disk' }, tools)).toBe(2);
      expect(err[0]).toContain('--from and --to must each be file or s3');
      expect(await command.run({ from: 'file', to: 's3' }, tools)).toBe(0);
      expect(out[0]).toMatch(
        /^4 files in the file store: 0 copied to the s3 store and verified \(0 bytes\), 4 already there/,
      );
    });
  });
});
