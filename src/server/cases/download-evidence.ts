import { randomUUID } from 'node:crypto';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { type CaseDeps, demand, loadCase, userActor } from './load-case.ts';
import type { CaseActor } from './policy.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/** Evidence files of a case: sanitised copies for its readers, originals for supervisors with a reason. */

export type EvidenceDownload = { bytes: Buffer; mediaType: string; fileId: string };

/** A sanitised copy for anyone who may read the case; the original only for supervisors, with a reason. */
export async function downloadEvidence(
  deps: CaseDeps,
  actor: CaseActor,
  caseId: string,
  fileId: string,
  original?: { reason: string },
): Promise<EvidenceDownload> {
  return deps.db.transaction(async (tx) => {
    const row = await loadCase(tx, actor, caseId);
    demand(actor, row, original ? 'downloadOriginal' : 'downloadEvidence');
    const file = (await repo.evidenceOf(tx, caseId)).find((e) => e.id === fileId);
    if (!file) throw notFound();
    const now = deps.clock.now();
    let bytes: Buffer;
    if (original) {
      if (!file.original_blob_id) throw notFound();
      bytes = await deps.vault.open(
        tx,
        await deps.blobs.get(file.original_blob_id),
        aad.evidenceOriginal(file.id),
      );
      const id = randomUUID();
      const key = await deps.vault.newDataKey(tx);
      await tx.query(
        `INSERT INTO evidence_original_downloads
           (id, evidence_file_id, case_id, user_id, data_key_id, reason_sealed, downloaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          file.id,
          caseId,
          actor.userId,
          key.id,
          deps.vault.seal(key, original.reason, aad.originalDownloadReason(id)),
          now,
        ],
      );
      await repo.addEvent(tx, deps.vault, {
        caseId,
        actorId: actor.userId,
        kind: 'evidence_original_downloaded',
        data: { file: file.id },
        reason: original.reason,
        at: now,
      });
    } else {
      if (!file.sanitised_blob_id) throw new AppError(404, 'cases.error.noSanitisedCopy');
      bytes = await deps.vault.open(
        tx,
        await deps.blobs.get(file.sanitised_blob_id),
        aad.evidenceSanitised(file.id),
      );
    }
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: userActor(actor),
        action: original ? 'case.evidence.original_downloaded' : 'case.evidence.downloaded',
        target: { type: 'evidence_file', id: file.id },
        meta: { case: caseId },
      },
      now,
    );
    return { bytes, mediaType: file.media_type, fileId: file.id };
  });
}
