import { readFile, rm, writeFile } from 'node:fs/promises';
import type { Db, Queryable } from '../db/db.ts';
import { entryHash, GENESIS_HASH, type StoredEntry } from './audit.ts';

/**
 * What someone with the database's superuser rights — and not the master secret — can do to the audit log,
 * for tests: switch the append-only triggers off, delete and rewrite rows, recompute the plain SHA-256 chain
 * (its algorithm is no secret), move the head. Each runs in one transaction with
 * `session_replication_role = replica`, under which PostgreSQL fires no ordinary trigger.
 */
export async function asSuperuser(db: Db, fn: (tx: Queryable) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL session_replication_role = replica');
    await fn(tx);
  });
}

/**
 * Renumbers the entries 1…n and recomputes every plain hash and the head, as an attacker who removed or
 * edited rows would. Macs cannot be recomputed without the key: `keep` leaves the old ones, `strip` blanks
 * them (pretending the entries predate the keyed chain).
 */
export async function recomputePlainChain(tx: Queryable, macs: 'keep' | 'strip'): Promise<void> {
  const { rows } = await tx.query<StoredEntry>('SELECT * FROM audit_log ORDER BY seq');
  let prev = GENESIS_HASH;
  for (const [i, row] of rows.entries()) {
    const fixed = { ...row, seq: i + 1, prev_hash: prev };
    const hash = entryHash(fixed);
    await tx.query('UPDATE audit_log SET seq = $1, prev_hash = $2, hash = $3, mac = $4 WHERE seq = $5', [
      fixed.seq,
      prev,
      hash,
      macs === 'keep' ? row.mac : null,
      row.seq,
    ]);
    prev = hash;
  }
  const last = rows[rows.length - 1];
  await tx.query('UPDATE audit_head SET seq = $1, hash = $2, mac = $3 WHERE id = 1', [
    rows.length,
    prev,
    macs === 'keep' ? (last?.mac ?? null) : null,
  ]);
}

/** Cuts the log after entry `seq` and moves the head back to it: the end now looks genuine. */
export async function cutTailAfter(tx: Queryable, seq: number): Promise<void> {
  await tx.query('DELETE FROM audit_log WHERE seq > $1', [seq]);
  await tx.query(
    `UPDATE audit_head SET seq = e.seq, hash = e.hash, mac = e.mac FROM audit_log e WHERE e.seq = $1 AND audit_head.id = 1`,
    [seq],
  );
}

export type LogSnapshot = { entries: unknown[]; head: unknown[]; checkpoints: string | null };

/** The log, its head and a checkpoint file as they are now, to put back after a test tampered with them. */
export async function snapshotLog(db: Db, checkpointFile: string): Promise<LogSnapshot> {
  const entries = (await db.query('SELECT * FROM audit_log ORDER BY seq')).rows;
  const head = (await db.query('SELECT * FROM audit_head')).rows;
  const checkpoints = await readFile(checkpointFile, 'utf8').catch(() => null);
  return { entries, head, checkpoints };
}

export async function restoreLog(db: Db, checkpointFile: string, snapshot: LogSnapshot): Promise<void> {
  await asSuperuser(db, async (tx) => {
    await tx.query('DELETE FROM audit_log');
    await tx.query('DELETE FROM audit_head');
    await tx.query('INSERT INTO audit_log SELECT * FROM json_populate_recordset(NULL::audit_log, $1::json)', [
      JSON.stringify(snapshot.entries),
    ]);
    await tx.query(
      'INSERT INTO audit_head SELECT * FROM json_populate_recordset(NULL::audit_head, $1::json)',
      [JSON.stringify(snapshot.head)],
    );
  });
  if (snapshot.checkpoints === null) await rm(checkpointFile, { force: true });
  else await writeFile(checkpointFile, snapshot.checkpoints, { mode: 0o600 });
}
