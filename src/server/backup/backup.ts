import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createGzip } from 'node:zlib';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { asBuffer } from '../platform/db/db.ts';
import { selfReferenceOrder, tablesInDependencyOrder } from './tables.ts';

/**
 * A backup is one gzip file of JSON lines, the same on PGlite and PostgreSQL:
 *   {"format":"focalpoint-backup","version":1,...}   header
 *   {"t":"<table>","r":{...row...}}                     rows, parents before children
 *   {"b":"<blob id>","d":"<base64>"}                     sealed files
 * Everything sealed stays sealed: the file is as unreadable as the database without the master secret,
 * which a backup never contains. Keep the master key (or its secret manager) apart from backups.
 */
export const BACKUP_FORMAT = 'focalpoint-backup';
const PAGE = 1000;

export type BackupSummary = { file: string; tables: number; rows: number; blobs: number; bytes: number };

export async function createBackup(
  deps: Pick<AppDeps, 'db' | 'blobs' | 'clock' | 'keys'>,
  opts: { file: string; onProgress?: (label: string, done: number, total: number) => void },
): Promise<BackupSummary> {
  const tmp = `${opts.file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(tmp, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: unknown) => {
    if (!gzip.write(`${JSON.stringify(line)}\n`)) await once(gzip, 'drain');
  };
  let rows = 0;
  let blobs = 0;
  let tables: string[] = [];
  try {
    // One consistent snapshot of every table (on PGlite the transaction holds the database meanwhile).
    await deps.db.transaction(async (tx) => {
      if (deps.db.kind === 'postgres')
        await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      tables = await tablesInDependencyOrder(tx);
      const { rows: migrations } = await tx.query<{ version: string }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      await write({
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: deps.clock.now().toISOString(),
        database: deps.db.kind,
        migrations: migrations.map((m) => m.version),
        tables,
      });
      for (const [i, table] of tables.entries()) {
        const order = (await selfReferenceOrder(tx, table)) || 'ORDER BY 1';
        for (let offset = 0; ; offset += PAGE) {
          const { rows: page } = await tx.query<{ r: unknown }>(
            `SELECT row_to_json(x) AS r FROM (SELECT * FROM "${table}" ${order} LIMIT ${PAGE} OFFSET ${offset}) x`,
          );
          for (const row of page)
            await write({ t: table, r: typeof row.r === 'string' ? JSON.parse(row.r) : row.r });
          rows += page.length;
          if (page.length < PAGE) break;
        }
        opts.onProgress?.('Tables', i + 1, tables.length);
      }
    });
    for await (const id of deps.blobs.list()) {
      await write({ b: id, d: asBuffer(await deps.blobs.get(id)).toString('base64') });
      blobs++;
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
  await deps.db.transaction((tx) =>
    appendAudit(tx, deps.keys, { actor: { type: 'cli' }, action: 'backup.created', meta: { rows, blobs } }),
  );
  const { size } = await import('node:fs/promises').then((fs) => fs.stat(opts.file));
  return { file: opts.file, tables: tables.length, rows, blobs, bytes: size };
}
