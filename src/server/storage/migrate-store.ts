import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { BlobStore } from '../platform/storage/blob-store.ts';
import { openBlobStore } from '../platform/storage/open.ts';
import { digestOf } from '../platform/storage/s3-blob-store.ts';

export type StoreKind = BlobStore['kind'];

export type MigrationSummary = {
  from: StoreKind;
  to: StoreKind;
  /** Files in the source store. */
  files: number;
  /** Copied (and verified) by this run. */
  copied: number;
  /** Already in the target with the same bytes (an earlier run, or a run resumed after a stop). */
  alreadyThere: number;
  bytes: number;
};

export class StorageMigrationError extends Error {}

/**
 * Copies every sealed file of the installation from one store to the other (`focalpoint storage migrate`),
 * one at a time as a stream, so a 200 MB file never sits in memory. Each copy is verified by reading it
 * back from the target and comparing SHA-256 and length with the source; a file already in the target
 * with the same bytes is left alone, so the command can be run again after an interruption, and once
 * more right before switching `FOCALPOINT_STORAGE` to catch files received meanwhile. The source is
 * never changed: removing it is the operator's decision once the installation runs on the target.
 */
export async function migrateStore(
  deps: Pick<AppDeps, 'config' | 'db' | 'blobs' | 'clock' | 'keys'>,
  opts: { from: StoreKind; to: StoreKind; onProgress?: (label: string, done: number, total: number) => void },
): Promise<MigrationSummary> {
  if (opts.from === opts.to) throw new StorageMigrationError('--from and --to name the same store');
  const open = (kind: StoreKind) =>
    deps.blobs.kind === kind ? deps.blobs : openBlobStore(deps.config, kind);
  const source = open(opts.from);
  const target = open(opts.to);
  try {
    const ids: string[] = [];
    for await (const id of source.list()) ids.push(id);
    const summary: MigrationSummary = {
      from: opts.from,
      to: opts.to,
      files: ids.length,
      copied: 0,
      alreadyThere: 0,
      bytes: 0,
    };
    for (const [i, id] of ids.entries()) {
      const expected = await digestOf(await source.read(id));
      const there = await target.stat(id);
      const same =
        there?.bytes === expected.bytes && (await digestOf(await target.read(id))).sha256 === expected.sha256;
      if (same) summary.alreadyThere++;
      else {
        await target.put(id, await source.read(id));
        const copy = await digestOf(await target.read(id));
        if (copy.sha256 !== expected.sha256 || copy.bytes !== expected.bytes)
          throw new StorageMigrationError(`file ${id} differs after copying: nothing was removed; run again`);
        summary.copied++;
        summary.bytes += expected.bytes;
      }
      opts.onProgress?.('Files', i + 1, ids.length);
    }
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'cli' },
          action: 'storage.migrated',
          meta: { from: opts.from, to: opts.to, files: summary.files, copied: summary.copied },
        },
        deps.clock.now(),
      ),
    );
    return summary;
  } finally {
    for (const store of [source, target]) if (store !== deps.blobs) store.close?.();
  }
}
