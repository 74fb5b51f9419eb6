import { randomUUID } from 'node:crypto';
import type { EvidenceRefusal, RefusedFile } from '../../shared/contracts/report.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import type { BlobStore } from '../platform/storage/blob-store.ts';
import type { Runtime } from '../runtime.ts';
import { EVIDENCE_AAD, sealDigests } from './sealing.ts';

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
  digests: { original: Uint8Array; sanitised: Uint8Array | null };
};

/** A file refused for a limit (its position among those sent, from 0); the rest of the submission is kept. */
export type RefusedEvidence = { index: number; reason: EvidenceRefusal; sizeBytes: number };

export type EvidenceChecks = Pick<AppDeps, 'config'> & { runtime: Pick<Runtime, 'fileWorkers' | 'log'> };

/**
 * Checks every file before anything is stored. Size and count first; then each file, one after another,
 * in a file worker (file-workers.ts): its type from its content, its sanitised copy, its digests — the
 * main thread only waits. A file of a type we do not accept refuses the whole submission with a message
 * on that file (`evidence.<n>`: the sender can leave it out and send again); a file over a limit (what it
 * decompresses to, alone or with the files before it; the time or memory it needs) is refused alone and
 * listed, and the rest is kept.
 */
export async function prepareEvidence(
  deps: EvidenceChecks,
  files: readonly UploadedFile[],
  opts: { field?: string } = {},
): Promise<{ prepared: PreparedEvidence[]; refused: RefusedEvidence[] }> {
  const field = opts.field ?? 'evidence';
  const { maxUploadBytes, evidence: limits } = deps.config;
  if (files.length > MAX_FILES) {
    throw new AppError(400, 'error.validation', {
      fields: { [field]: { key: 'error.tooMany', params: { max: MAX_FILES } } },
    });
  }
  for (const [n, file] of files.entries()) {
    if (file.bytes.length > maxUploadBytes) {
      throw new AppError(413, 'error.payloadTooLarge', {
        fields: {
          [`${field}.${n}`]: {
            key: 'error.fileTooLarge',
            params: { max: Math.floor(maxUploadBytes / (1024 * 1024)) },
          },
        },
      });
    }
  }
  const log = deps.runtime.log.child({ component: 'evidence' });
  const prepared: PreparedEvidence[] = [];
  const refused: RefusedEvidence[] = [];
  let expanded = 0;
  for (const [n, file] of files.entries()) {
    const left = limits.maxExpandedBytesPerSubmission - expanded;
    const maxInflateBytes = Math.max(0, Math.min(limits.maxExpandedBytesPerFile, left));
    const examined = await deps.runtime.fileWorkers.examine(file.bytes, { maxInflateBytes });
    if (examined.outcome === 'refusedType') {
      throw new AppError(400, 'error.validation', {
        fields: { [`${field}.${n}`]: { key: 'error.fileType' } },
      });
    }
    if (examined.outcome !== 'examined') {
      const reason: EvidenceRefusal =
        examined.outcome === 'tooMuchData'
          ? maxInflateBytes < limits.maxExpandedBytesPerFile
            ? 'submissionExpandsTooMuch'
            : 'expandsTooMuch'
          : examined.outcome;
      if (examined.outcome === 'tooMuchData') expanded += examined.inflated;
      log.warn({ reason, sizeBytes: file.bytes.length }, 'evidence file refused');
      refused.push({ index: n, reason, sizeBytes: file.bytes.length });
      continue;
    }
    expanded += examined.inflated;
    if (examined.noCopy === 'failed') {
      log.warn({ mediaType: examined.mediaType }, 'sanitiser failed on a file; kept without a copy');
    }
    const filename = file.filename?.normalize('NFC').slice(0, 255);
    prepared.push({
      filename: filename || undefined,
      mediaType: examined.mediaType,
      original: file.bytes,
      sanitised: examined.sanitised ? Buffer.from(examined.sanitised) : null,
      digests: examined.digests,
    });
  }
  return { prepared, refused };
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

/** Records the files refused for a limit, inside the caller's transaction: no content, only why. */
export async function storeRefusals(
  tx: Queryable,
  opts: { reportId: string; refused: readonly RefusedEvidence[]; now: Date },
): Promise<void> {
  for (const r of opts.refused) {
    await tx.query(
      `INSERT INTO evidence_refusals (id, report_id, reason, size_bytes, received_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), opts.reportId, r.reason, r.sizeBytes, opts.now],
    );
  }
}

/** What the sender is told about refused files, in their language. */
export function presentRefusals(locale: Locale, refused: readonly RefusedEvidence[]): RefusedFile[] {
  return refused.map((r) => ({
    file: r.index + 1,
    reason: r.reason,
    message: t(locale, `evidence.refused.${r.reason}`, { n: r.index + 1 }),
  }));
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
