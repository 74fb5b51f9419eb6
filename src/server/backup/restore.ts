import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { AppDeps } from '../deps.ts';
import { sealLegacyDigests } from '../evidence/sealing.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { seedTaxonomy } from '../taxonomy/seed.ts';
import { BACKUP_FORMAT } from './backup.ts';
import { tablesInDependencyOrder } from './tables.ts';
import { upgradeRowsFromBeforeSealedPlaces } from './upgrade-sealed-places.ts';

export class RestoreError extends Error {}

const DIGESTS_SEALED = '0021_sealed_evidence_hashes';
const PLACES_SEALED = '0031_sealed_places_and_packs';

/** sealLegacyDigests for rows that travel as JSON, where bytea is written as `\\x` and hex. */
async function sealLegacyDigestsForJson(tx: Queryable, vault: Vault, rows: unknown[]): Promise<unknown[]> {
  const sealed = await sealLegacyDigests(tx, vault, rows as { id: string; data_key_id: string }[]);
  return sealed.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? `\\x${v.toString('hex')}` : v]),
    ),
  );
}

type Header = { format: string; version: number; migrations: string[]; tables: string[] };
const BATCH = 500;

/**
 * Restores a backup into an EMPTY installation (no report, no user — refusing otherwise, so a restore can
 * never blend two histories). The installation must run the same or a newer schema; rows are inserted in
 * the backup's order with every constraint checked, in one transaction: all of it or nothing.
 */
export async function restoreBackup(
  deps: Pick<AppDeps, 'db' | 'blobs' | 'vault' | 'keys'>,
  opts: { file: string; onProgress?: (label: string, done: number, total: number) => void },
): Promise<{ rows: number; blobs: number }> {
  let header: Header | undefined;
  let rows = 0;
  let blobs = 0;
  const pendingBlobs: { id: string; data: string }[] = [];
  await deps.db.transaction(async (tx) => {
    const { rows: used } = await tx.query<{ n: number }>(
      'SELECT (SELECT count(*) FROM reports)::int + (SELECT count(*) FROM users)::int AS n',
    );
    if ((used[0]?.n ?? 0) > 0)
      throw new RestoreError('this installation already holds reports or users; restore needs an empty one');
    const { rows: applied } = await tx.query<{ version: string }>('SELECT version FROM schema_migrations');
    const have = new Set(applied.map((m) => m.version));
    const { rows: audited } = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    if ((audited[0]?.n ?? 0) > 0)
      throw new RestoreError('this installation already has an audit history; restore needs a fresh one');
    // A fresh installation seeded its own defaults (taxonomy, partners, a key-encryption key…) at start;
    // the backup brings the real ones. Children first, so foreign keys never block.
    for (const table of (await tablesInDependencyOrder(tx)).reverse()) {
      if (table !== 'audit_log') await tx.query(`DELETE FROM "${table}"`);
    }
    let batch: { table: string; rows: unknown[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      // A backup from before migration 0021 holds evidence digests in clear: they are sealed as they come
      // in (with the data keys restored just before), as the migration did to the database it came from.
      let toInsert =
        batch.table === 'evidence_files' && !header?.migrations.includes(DIGESTS_SEALED)
          ? await sealLegacyDigestsForJson(tx, deps.vault, batch.rows)
          : batch.rows;
      // From before migration 0031, places are sealed and institutions become codes in the same way.
      if (header && !header.migrations.includes(PLACES_SEALED)) {
        toInsert = await upgradeRowsFromBeforeSealedPlaces(tx, deps.vault, batch.table, toInsert);
      }
      if (toInsert.length === 0) {
        batch.rows = [];
        return;
      }
      await tx.query(
        `INSERT INTO "${batch.table}" SELECT * FROM json_populate_recordset(NULL::"${batch.table}", $1::json)`,
        [JSON.stringify(toInsert)],
      );
      rows += batch.rows.length;
      batch.rows = [];
    };
    // Opened only now: readline starts reading at once, and lines read before the loop begins are lost.
    const lines = createInterface({
      input: createReadStream(opts.file).pipe(createGunzip()),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    for await (const line of lines) {
      if (!line) continue;
      const item = JSON.parse(line) as Header & { t?: string; r?: unknown; b?: string; d?: string };
      if (!header) {
        if (item.format !== BACKUP_FORMAT || item.version !== 1)
          throw new RestoreError('not a FocalPoint backup');
        const missing = item.migrations.filter((m) => !have.has(m));
        if (missing.length)
          throw new RestoreError(`the backup needs a newer FocalPoint (schema ${missing.join(', ')})`);
        header = item;
        continue;
      }
      if (item.t !== undefined) {
        if (batch?.table !== item.t) {
          await flush();
          batch = { table: item.t, rows: [] };
          opts.onProgress?.('Tables', header.tables.indexOf(item.t) + 1, header.tables.length);
        }
        batch.rows.push(item.r);
        if (batch.rows.length >= BATCH) await flush();
      } else if (item.b !== undefined && item.d !== undefined) {
        await flush();
        pendingBlobs.push({ id: item.b, data: item.d });
        if (pendingBlobs.length >= 50) {
          for (const b of pendingBlobs.splice(0)) await deps.blobs.put(b.id, Buffer.from(b.data, 'base64'));
        }
        blobs++;
      }
    }
    await flush();
    if (!header) throw new RestoreError('the backup is empty');
    // A backup from before the packs and the institution list has neither: seeded as at every start.
    if (!header.migrations.includes(PLACES_SEALED)) await seedTaxonomy(tx);
    for (const b of pendingBlobs.splice(0)) await deps.blobs.put(b.id, Buffer.from(b.data, 'base64'));
    await appendAudit(tx, deps.keys, {
      actor: { type: 'cli' },
      action: 'backup.restored',
      meta: { rows, blobs },
    });
  });
  return { rows, blobs };
}
