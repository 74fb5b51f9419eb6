import { extensionFor } from '../../shared/evidence-files.ts';
import { openEvidenceBlob } from '../evidence/store.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import {
  auditActor,
  loadVisible,
  type PackageDownload,
  type ReferralActor,
  type ReferralDeps,
  refuseWithoutConsent,
  UUID,
} from './access.ts';
import { mayTakeOriginals } from './policy.ts';
import * as repo from './repo.ts';

/**
 * A file the referral's manifest lists, named by the case and its place in the manifest: the sanitised
 * copy by default; the original as uploaded (whose SHA-256 the manifest gives, so chain of custody can be
 * checked) only for a police or intelligence partner (policy.ts). Only files the referral carried, only
 * while the reporters' consent holds; every download audited.
 */
export async function downloadReferralEvidence(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
  fileId: string,
  copy: 'sanitised' | 'original',
): Promise<PackageDownload> {
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    refuseWithoutConsent(row);
    if (!UUID.test(fileId)) throw notFound();
    const files = await repo.evidenceOfReferral(tx, id);
    const n = files.findIndex((f) => f.id === fileId);
    const file = files[n];
    if (!file) throw notFound();
    if (copy === 'original' && (actor.role !== 'partner' || !mayTakeOriginals(row.org_kind))) {
      throw new AppError(403, 'referrals.error.originalNotAllowed');
    }
    const blobId = copy === 'original' ? file.original_blob_id : file.sanitised_blob_id;
    if (!blobId) throw new AppError(404, 'referrals.error.noSanitisedCopy');
    const bytes = await openEvidenceBlob(tx, deps, { fileId: file.id, blobId, which: copy });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: auditActor(actor),
        action: 'referral.evidence.downloaded',
        target: { type: 'evidence_file', id: file.id },
        meta: { referral: id, copy },
      },
      deps.clock.now(),
    );
    const extension = extensionFor(file.media_type);
    return {
      bytes,
      mediaType: file.media_type,
      filename: `${row.case_reference}-file-${n + 1}-${copy}.${extension}`,
    };
  });
}
