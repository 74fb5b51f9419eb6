import { createHash } from 'node:crypto';
import type { SealingKey, Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * The one codec of an evidence file's sealed values. Each label is the additional authenticated data of
 * its envelope — a ciphertext copied to another column or file fails to open — and is defined here only.
 *
 * The SHA-256 of a file is sealed too: in clear, whoever held a copy of the database and a picture they
 * had sent could confirm that it was reported, in which case and when. Nothing looks files up by their
 * digest (no duplicate detection): the digests are only shown to staff and listed in a referral's
 * chain-of-custody manifest, both opened from the seal.
 */
export const EVIDENCE_AAD = {
  original: (fileId: string) => `evidence.original:${fileId}`,
  sanitised: (fileId: string) => `evidence.sanitised:${fileId}`,
  filename: (fileId: string) => `evidence.filename:${fileId}`,
  sha256Original: (fileId: string) => `evidence.sha256_original:${fileId}`,
  sha256Sanitised: (fileId: string) => `evidence.sha256_sanitised:${fileId}`,
} as const;

/** The SHA-256 of these bytes (raw, 32 bytes: what is sealed). */
export const sha256Of = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

/** The two digests of a file, sealed under its data key: the original's, and the copy's if it has one. */
export function sealDigests(
  vault: Pick<Vault, 'seal'>,
  dataKey: SealingKey,
  fileId: string,
  digests: { original: Uint8Array; sanitised: Uint8Array | null },
): { sha256OriginalSealed: Buffer; sha256SanitisedSealed: Buffer | null } {
  return {
    sha256OriginalSealed: vault.seal(
      dataKey,
      Buffer.from(digests.original),
      EVIDENCE_AAD.sha256Original(fileId),
    ),
    sha256SanitisedSealed: digests.sanitised
      ? vault.seal(dataKey, Buffer.from(digests.sanitised), EVIDENCE_AAD.sha256Sanitised(fileId))
      : null,
  };
}

/** The columns an evidence row needs for its digests to be opened. */
export type SealedDigestColumns = {
  id: string;
  sha256_original_sealed: unknown;
  sha256_sanitised_sealed: unknown;
};

/** A file's digests as lowercase hex (what staff see and partners check), opened from their seals. */
export async function openDigests(
  q: Queryable,
  vault: Pick<Vault, 'open'>,
  row: SealedDigestColumns,
): Promise<{ sha256Original: string; sha256Sanitised: string | null }> {
  const original = await vault.open(q, row.sha256_original_sealed, EVIDENCE_AAD.sha256Original(row.id));
  const sanitised = row.sha256_sanitised_sealed
    ? await vault.open(q, row.sha256_sanitised_sealed, EVIDENCE_AAD.sha256Sanitised(row.id))
    : null;
  return { sha256Original: original.toString('hex'), sha256Sanitised: sanitised?.toString('hex') ?? null };
}

/**
 * Rows of evidence_files written before migration 0021 (in the database being migrated, or in a backup
 * taken then and restored now) carry their digests in clear, as hex: these are the same rows with the
 * digests sealed under each file's own data key and the clear columns gone.
 */
export async function sealLegacyDigests<
  R extends { id: string; data_key_id: string; sha256_original?: unknown; sha256_sanitised?: unknown },
>(
  q: Queryable,
  vault: Pick<Vault, 'dataKey' | 'seal'>,
  rows: readonly R[],
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const row of rows) {
    const { sha256_original, sha256_sanitised, ...rest } = row;
    if (typeof sha256_original !== 'string') {
      out.push(rest);
      continue;
    }
    const dataKey = await vault.dataKey(q, row.data_key_id);
    const sealed = sealDigests(vault, dataKey, row.id, {
      original: Buffer.from(sha256_original, 'hex'),
      sanitised: typeof sha256_sanitised === 'string' ? Buffer.from(sha256_sanitised, 'hex') : null,
    });
    out.push({
      ...rest,
      sha256_original_sealed: sealed.sha256OriginalSealed,
      sha256_sanitised_sealed: sealed.sha256SanitisedSealed,
    });
  }
  return out;
}

/** Migration 0021's data step: the clear digests of the files already stored, sealed in place. */
export async function sealStoredDigests(q: Queryable, vault: Pick<Vault, 'dataKey' | 'seal'>): Promise<void> {
  const { rows } = await q.query<{
    id: string;
    data_key_id: string;
    sha256_original: string;
    sha256_sanitised: string | null;
  }>('SELECT id, data_key_id, sha256_original, sha256_sanitised FROM evidence_files ORDER BY id');
  for (const row of await sealLegacyDigests(q, vault, rows)) {
    await q.query(
      'UPDATE evidence_files SET sha256_original_sealed = $2, sha256_sanitised_sealed = $3 WHERE id = $1',
      [row.id, row.sha256_original_sealed, row.sha256_sanitised_sealed],
    );
  }
}
