import { randomUUID } from 'node:crypto';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import type { BlobStore } from '../platform/storage/blob-store.ts';
import { detectMediaType } from './detect.ts';
import { makeSanitisedCopy } from './sanitise.ts';
import { EVIDENCE_AAD, sealDigests, sha256Of } from './sealing.ts';

/** A file as received: the name the browser sent (sealed, never trusted) and its bytes. */
export type UploadedFile = { filename?: string | undefined; bytes: Buffer };

export const MAX_FILES = 10;

/** A file checked and ready to seal: type from content, digests of the exact bytes, sanitised copy. */
export type PreparedEvidence = {
  filename: string | undefined;
  mediaType: string;
  original: Buffer;
  sanitised: Buffer | null;
  /** SHA-256 of the exact bytes (raw), sealed when stored. */
  digests: { original: Buffer; sanitised: Buffer | null };
};

/**
 * Checks every file before anything is stored, so a refused file refuses the whole submission with a
 * message on that file (`evidence.<n>`), and nothing is half-saved. Work that takes CPU (hashing,
 * sanitising) happens here, outside any database transaction.
 */
export async function prepareEvidence(
  files: readonly UploadedFile[],
  opts: { maxBytes: number; field?: string },
): Promise<PreparedEvidence[]> {
  const field = opts.field ?? 'evidence';
  if (files.length > MAX_FILES) {
    throw new AppError(400, 'error.validation', {
      fields: { [field]: { key: 'error.tooMany', params: { max: MAX_FILES } } },
    });
  }
  const prepared: PreparedEvidence[] = [];
  for (const [n, file] of files.entries()) {
    if (file.bytes.length > opts.maxBytes) {
      throw new AppError(413, 'error.payloadTooLarge', {
        fields: {
          [`${field}.${n}`]: {
            key: 'error.fileTooLarge',
            params: { max: Math.floor(opts.maxBytes / (1024 * 1024)) },
          },
        },
      });
    }
    const mediaType = await detectMediaType(file.bytes);
    if (!mediaType) {
      throw new AppError(400, 'error.validation', {
        fields: { [`${field}.${n}`]: { key: 'error.fileType' } },
      });
    }
    const sanitised = await makeSanitisedCopy(mediaType, file.bytes);
    const filename = file.filename?.normalize('NFC').slice(0, 255);
    prepared.push({
      filename: filename || undefined,
      mediaType,
      original: file.bytes,
      sanitised,
      digests: { original: sha256Of(file.bytes), sanitised: sanitised ? sha256Of(sanitised) : null },
    });
  }
  return prepared;
}

export type EvidenceDeps = { vault: Vault; blobs: BlobStore };

/**
 * Seals and stores prepared files for one report inside the caller's transaction: a data key per file,
 * the original and the sanitised copy sealed into the blob store, the file name sealed into the row.
 * Returns the blob ids written, so the caller can remove them if the transaction does not commit.
 */
export async function storeEvidence(
  tx: Queryable,
  deps: EvidenceDeps,
  opts: { reportId: string; files: readonly PreparedEvidence[]; now: Date; written: string[] },
): Promise<void> {
  for (const file of opts.files) {
    const id = randomUUID();
    const dataKey = await deps.vault.newDataKey(tx);
    const originalBlobId = randomUUID();
    opts.written.push(originalBlobId);
    await deps.blobs.put(originalBlobId, deps.vault.seal(dataKey, file.original, EVIDENCE_AAD.original(id)));
    let sanitisedBlobId: string | null = null;
    if (file.sanitised) {
      sanitisedBlobId = randomUUID();
      opts.written.push(sanitisedBlobId);
      await deps.blobs.put(
        sanitisedBlobId,
        deps.vault.seal(dataKey, file.sanitised, EVIDENCE_AAD.sanitised(id)),
      );
    }
    const { sha256OriginalSealed, sha256SanitisedSealed } = sealDigests(
      deps.vault,
      dataKey,
      id,
      file.digests,
    );
    await tx.query(
      `INSERT INTO evidence_files (id, report_id, data_key_id, original_blob_id, sanitised_blob_id,
         sha256_original_sealed, sha256_sanitised_sealed, size_bytes, media_type, filename_sealed, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        opts.reportId,
        dataKey.id,
        originalBlobId,
        sanitisedBlobId,
        sha256OriginalSealed,
        sha256SanitisedSealed,
        file.original.length,
        file.mediaType,
        file.filename ? deps.vault.seal(dataKey, file.filename, EVIDENCE_AAD.filename(id)) : null,
        opts.now,
      ],
    );
  }
}

/** Best effort, after a rolled-back transaction: sealed blobs that no row points to are removed. */
export async function removeBlobs(blobs: BlobStore, ids: readonly string[]): Promise<void> {
  await Promise.all(ids.map((id) => blobs.delete(id).catch(() => {})));
}

/** Opens a stored file (original or sanitised copy) for a viewer that is allowed to see it. */
export async function openEvidenceBlob(
  q: Queryable,
  deps: EvidenceDeps,
  opts: { fileId: string; blobId: string; which: 'original' | 'sanitised' },
): Promise<Buffer> {
  return deps.vault.open(q, await deps.blobs.get(opts.blobId), EVIDENCE_AAD[opts.which](opts.fileId));
}
