import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import { BACKUP_FORMAT } from '../backup/backup.ts';
import type { AppDeps } from '../deps.ts';
import { listTombstones } from './tombstones.ts';

/**
 * `focalpoint retention tombstones --out FILE`: every tombstone (references, dates, rules — no content) in
 * the backup format, marked as holding tombstones only. Kept with the backups, it lets a restore of any
 * older backup destroy again what was destroyed since (`focalpoint restore --tombstones FILE`); a newer
 * backup serves the same purpose.
 */
export async function exportTombstones(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  opts: { file: string },
): Promise<{ file: string; tombstones: number }> {
  const tombstones = await listTombstones(deps.db);
  const tmp = `${opts.file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(tmp, { mode: 0o600 });
  gzip.pipe(out);
  try {
    gzip.write(
      `${JSON.stringify({ format: BACKUP_FORMAT, version: 1, tombstonesOnly: true, createdAt: deps.clock.now().toISOString(), migrations: [], tables: [] })}\n`,
    );
    for (const t of tombstones) {
      if (!gzip.write(`${JSON.stringify({ tombstone: t })}\n`)) await once(gzip, 'drain');
    }
    gzip.end();
    await once(out, 'close');
    await rename(tmp, opts.file);
  } catch (err) {
    gzip.destroy();
    out.destroy();
    await rm(tmp, { force: true });
    throw err;
  }
  return { file: opts.file, tombstones: tombstones.length };
}
