import { createCipheriv, createDecipheriv, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { asBuffer, type Queryable } from '../db/db.ts';
import { keyObjectOf } from './key-object.ts';
import type { KeyRing } from './keyring.ts';

/**
 * Envelope encryption. Content is sealed with AES-256-GCM under a random data key (one per record or
 * file); the data key is stored in `data_keys`, wrapped by a key-encryption key (KEK) named by a key id;
 * KEKs are stored wrapped by a key derived from the master secret. Rotation re-wraps data keys only.
 *
 * Sealed format: version(1) | dataKeyId(16) | iv(12) | tag(16) | ciphertext.
 * The additional authenticated data names where the value belongs (e.g. "report.narrative"), so a
 * ciphertext moved to another column or record fails to open instead of being read out of context.
 */
const VERSION = 1;
const HEADER = 1 + 16 + 12 + 16;

export class DecryptionError extends Error {
  constructor(message = 'ciphertext failed authentication') {
    super(message);
    this.name = 'DecryptionError';
  }
}

export type DataKey = { readonly id: string; readonly key: Buffer };
/**
 * A data key to seal with. Its key may be a KeyObject (createSecretKey(dataKey.key)): Node then skips the
 * key's import on every call, which halves the cost of sealing many values under one key (bulk loads).
 */
export type SealingKey = { readonly id: string; readonly key: Buffer | KeyObject };

// Any constant, apart from the other advisory locks (migrations, set-up, dashboards, campaigns).
const FIRST_KEK_LOCK = 7_316_203;

/**
 * Random bytes cut from 4 KiB drawn from the CSPRNG at a time (a fresh buffer each time, never refilled in
 * place): one call per 341 IVs or 128 data keys instead of one per value — a call cost ~12 µs of the main
 * thread, and intake draws a key and four IVs per report. Keys and IVs come from separate pools, so a key's
 * buffer never shares memory with anything that is stored in clear.
 */
function randomPool(size: number): () => Buffer {
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset + size > pool.length) {
      pool = randomBytes(Math.floor(4096 / size) * size);
      offset = 0;
    }
    offset += size;
    return pool.subarray(offset - size, offset);
  };
}
const freshIv = randomPool(12);
const freshKey = randomPool(32);

function gcmSeal(
  key: Buffer | KeyObject,
  plaintext: Buffer,
  aad: string,
): { iv: Buffer; tag: Buffer; ct: Buffer } {
  const iv = freshIv();
  const cipher = createCipheriv('aes-256-gcm', keyObjectOf(key), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ct };
}

function gcmOpen(key: Buffer, iv: Buffer, tag: Buffer, ct: Buffer, aad: string): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyObjectOf(key), iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  } catch {
    throw new DecryptionError();
  }
}

const uuidToBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const bytesToUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

/** The id of the data key a sealed value was sealed under (its header), or null if it is not one. */
export function sealedKeyId(sealed: unknown): string | null {
  const blob = asBuffer(sealed);
  if (blob.length < HEADER || blob[0] !== VERSION) return null;
  return bytesToUuid(blob.subarray(1, 17));
}

export function wrapKey(kek: Buffer, key: Buffer, aad: string): Buffer {
  const { iv, tag, ct } = gcmSeal(kek, key, aad);
  return Buffer.concat([iv, tag, ct]);
}

export function unwrapKey(kek: Buffer, wrapped: Buffer, aad: string): Buffer {
  return gcmOpen(kek, wrapped.subarray(0, 12), wrapped.subarray(12, 28), wrapped.subarray(28), aad);
}

export class Vault {
  readonly #keys: KeyRing;
  readonly #keks = new Map<string, Buffer>();
  // Unwrapped data keys are kept briefly: a case view opens many fields under one key.
  readonly #dataKeys = new Map<string, Buffer>();
  static readonly #cacheSize = 2048;
  // The active KEK's id, remembered briefly: every new record asks for it. After a rotation by another
  // instance, this one may wrap under the previous KEK for up to a minute — still readable, and re-wrapped
  // by the next rotation.
  #active: { id: string; until: number } | undefined;
  static readonly #activeTtlMs = 60_000;

  constructor(keys: KeyRing) {
    this.#keys = keys;
  }

  /** Makes sure an active KEK exists (first start). */
  async ensureActiveKek(q: Queryable): Promise<string> {
    const active = 'SELECT id FROM key_encryption_keys WHERE active';
    const { rows } = await q.query<{ id: string }>(active);
    if (rows[0]) return rows[0].id;
    // Instances starting together on an empty database: one makes the first KEK, the others wait for it
    // and use it (a transaction's lock; boot calls this inside one).
    await q.query('SELECT pg_advisory_xact_lock($1)', [FIRST_KEK_LOCK]);
    const { rows: again } = await q.query<{ id: string }>(active);
    return again[0]?.id ?? this.createKek(q);
  }

  async createKek(q: Queryable): Promise<string> {
    const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM key_encryption_keys');
    const id = `kek-${(rows[0]?.n ?? 0) + 1}-${randomBytes(3).toString('hex')}`;
    const kek = randomBytes(32);
    await q.query('UPDATE key_encryption_keys SET active = false WHERE active');
    await q.query('INSERT INTO key_encryption_keys (id, wrapped, active) VALUES ($1, $2, true)', [
      id,
      wrapKey(this.#keys.kekWrapping, kek, `kek:${id}`),
    ]);
    this.#keks.set(id, kek);
    this.#active = { id, until: Date.now() + Vault.#activeTtlMs };
    return id;
  }

  async #kek(q: Queryable, id: string): Promise<Buffer> {
    const cached = this.#keks.get(id);
    if (cached) return cached;
    const { rows } = await q.query<{ wrapped: unknown }>(
      'SELECT wrapped FROM key_encryption_keys WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw new DecryptionError(`unknown key-encryption key ${id}`);
    const kek = unwrapKey(this.#keys.kekWrapping, asBuffer(rows[0].wrapped), `kek:${id}`);
    this.#keks.set(id, kek);
    return kek;
  }

  /** A fresh data key for one record or file, stored wrapped under the active KEK. */
  async newDataKey(q: Queryable): Promise<DataKey> {
    const { dataKey, row } = await this.prepareDataKey(q);
    await q.query('INSERT INTO data_keys (id, kek_id, wrapped) VALUES ($1, $2, $3)', [
      row.id,
      row.kekId,
      row.wrapped,
    ]);
    return dataKey;
  }

  /**
   * A fresh data key and the `data_keys` row that must be inserted with the record it seals — for a caller
   * that writes both in one statement (intake's hot path). Until that row commits, nothing it sealed opens
   * elsewhere.
   */
  async prepareDataKey(
    q: Queryable,
  ): Promise<{ dataKey: DataKey; row: { id: string; kekId: string; wrapped: Buffer } }> {
    let kekId = this.#active && this.#active.until > Date.now() ? this.#active.id : undefined;
    if (!kekId) {
      const { rows } = await q.query<{ id: string }>('SELECT id FROM key_encryption_keys WHERE active');
      kekId = rows[0]?.id ?? (await this.ensureActiveKek(q));
      this.#active = { id: kekId, until: Date.now() + Vault.#activeTtlMs };
    }
    const id = randomUUID();
    const key = freshKey();
    const wrapped = wrapKey(await this.#kek(q, kekId), key, `dek:${id}`);
    this.#remember(id, key);
    return { dataKey: { id, key }, row: { id, kekId, wrapped } };
  }

  async dataKey(q: Queryable, id: string): Promise<DataKey> {
    const cached = this.#dataKeys.get(id);
    if (cached) return { id, key: cached };
    const { rows } = await q.query<{ kek_id: string; wrapped: unknown }>(
      'SELECT kek_id, wrapped FROM data_keys WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw new DecryptionError('unknown data key');
    const key = unwrapKey(await this.#kek(q, rows[0].kek_id), asBuffer(rows[0].wrapped), `dek:${id}`);
    this.#remember(id, key);
    return { id, key };
  }

  /**
   * Forgets which key-encryption key is active: after a restore replaced every KEK, the next data key must
   * be wrapped under one that exists.
   */
  forgetActiveKek(): void {
    this.#active = undefined;
  }

  /**
   * Forgets data keys just destroyed (crypto-shredding, retention/shred-keys.ts): nothing they sealed opens
   * in this process either, not even from the cache.
   */
  forgetDataKeys(ids: readonly string[]): void {
    for (const id of ids) this.#dataKeys.delete(id);
  }

  #remember(id: string, key: Buffer) {
    if (this.#dataKeys.size >= Vault.#cacheSize) {
      const oldest = this.#dataKeys.keys().next().value;
      if (oldest !== undefined) this.#dataKeys.delete(oldest);
    }
    this.#dataKeys.set(id, key);
  }

  seal(dataKey: SealingKey, plaintext: Buffer | string, aad: string): Buffer {
    const data = typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext;
    const { iv, tag, ct } = gcmSeal(dataKey.key, data, aad);
    return Buffer.concat([Buffer.from([VERSION]), uuidToBytes(dataKey.id), iv, tag, ct]);
  }

  async open(q: Queryable, sealed: unknown, aad: string): Promise<Buffer> {
    const blob = asBuffer(sealed);
    if (blob.length < HEADER || blob[0] !== VERSION) throw new DecryptionError('not a sealed value');
    const dataKey = await this.dataKey(q, bytesToUuid(blob.subarray(1, 17)));
    return gcmOpen(dataKey.key, blob.subarray(17, 29), blob.subarray(29, 45), blob.subarray(45), aad);
  }

  async openText(q: Queryable, sealed: unknown, aad: string): Promise<string> {
    return (await this.open(q, sealed, aad)).toString('utf8');
  }

  /**
   * Rotation: a new active KEK, then every data key re-wrapped under it in small batches, so the server
   * keeps serving meanwhile. Content is never re-encrypted; old ciphertexts stay readable throughout.
   */
  async rotate(
    db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> },
    onProgress?: (done: number, total: number) => void,
  ): Promise<{ kekId: string; rewrapped: number; retired: string[] }> {
    const kekId = await db.transaction((tx) => this.createKek(tx));
    const newKek = this.#keks.get(kekId)!;
    const { rows: countRows } = await db.transaction((tx) =>
      tx.query<{ n: number }>('SELECT count(*)::int AS n FROM data_keys WHERE kek_id <> $1', [kekId]),
    );
    const total = countRows[0]?.n ?? 0;
    let done = 0;
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string; kek_id: string; wrapped: unknown }>(
          'SELECT id, kek_id, wrapped FROM data_keys WHERE kek_id <> $1 ORDER BY id LIMIT 500 FOR UPDATE',
          [kekId],
        );
        for (const row of rows) {
          const key = unwrapKey(await this.#kek(tx, row.kek_id), asBuffer(row.wrapped), `dek:${row.id}`);
          await tx.query('UPDATE data_keys SET kek_id = $1, wrapped = $2 WHERE id = $3', [
            kekId,
            wrapKey(newKek, key, `dek:${row.id}`),
            row.id,
          ]);
        }
        return rows.length;
      });
      if (n === 0) break;
      done += n;
      onProgress?.(done, total);
    }
    // A KEK that no data key uses any more is retired: it stays stored (old backups) but is never active.
    const { rows: retired } = await db.transaction((tx) =>
      tx.query<{ id: string }>(
        `UPDATE key_encryption_keys k SET retired_at = now()
          WHERE NOT active AND retired_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM data_keys d WHERE d.kek_id = k.id)
          RETURNING id`,
      ),
    );
    return { kekId, rewrapped: done, retired: retired.map((r) => r.id) };
  }
}
