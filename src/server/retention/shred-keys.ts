import type { AppDeps } from '../deps.ts';
import { valueAad } from '../indicators/index-report.ts';
import { sealedKeyId } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * Crypto-shredding: a data key that sealed only what retention removed is deleted, so any copy of its
 * ciphertexts left elsewhere — a database page not yet reused, a file-store snapshot, a replica — can no
 * longer be opened. Keys may be shared (the demo loader seals a whole batch of reports under one; a
 * report's key also seals the identifier values first seen in it), so a key goes only once no row refers
 * to it any more, checked against every foreign key to data_keys the database declares; identifier values
 * that other reports still use and that were sealed under a dying key are sealed again under a fresh one
 * first.
 */
type ReferencingColumn = { table: string; column: string };

async function referencingColumns(q: Queryable): Promise<ReferencingColumn[]> {
  const { rows } = await q.query<ReferencingColumn>(
    `SELECT c.relname AS "table", a.attname AS "column"
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND n.nspname = 'public' AND k.confrelid = 'data_keys'::regclass
      ORDER BY 1, 2`,
  );
  return rows;
}

export async function shredDataKeys(
  tx: Queryable,
  deps: Pick<AppDeps, 'vault'>,
  opts: { candidates: readonly string[]; valueIds: readonly string[] },
): Promise<string[]> {
  const candidates = [...new Set(opts.candidates)];
  if (candidates.length === 0) return [];
  const refs = await referencingColumns(tx);
  const unused = refs
    .map((r) => `NOT EXISTS (SELECT 1 FROM "${r.table}" t WHERE t."${r.column}" = k.id)`)
    .join(' AND ');
  const { rows } = await tx.query<{ id: string }>(
    `SELECT k.id::text AS id FROM data_keys k WHERE k.id = ANY($1::uuid[])${unused ? ` AND ${unused}` : ''}`,
    [candidates],
  );
  const dead = new Set(rows.map((r) => r.id));
  if (dead.size === 0) return [];

  if (opts.valueIds.length > 0) {
    const { rows: values } = await tx.query<{ id: string; kind: string; value_sealed: unknown }>(
      'SELECT id::text AS id, kind, value_sealed FROM indicator_values WHERE id = ANY($1::bigint[])',
      [opts.valueIds],
    );
    const dying = values.filter((v) => dead.has(sealedKeyId(v.value_sealed) ?? ''));
    if (dying.length > 0) {
      const fresh = await deps.vault.newDataKey(tx);
      for (const v of dying) {
        const plain = await deps.vault.open(tx, v.value_sealed, valueAad(v.kind));
        await tx.query('UPDATE indicator_values SET value_sealed = $2 WHERE id = $1', [
          v.id,
          deps.vault.seal(fresh, plain, valueAad(v.kind)),
        ]);
      }
    }
  }
  const ids = [...dead];
  await tx.query('DELETE FROM data_keys WHERE id = ANY($1::uuid[])', [ids]);
  deps.vault.forgetDataKeys(ids);
  return ids;
}
