import type { StaffLocale } from '../../shared/i18n/locales.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { notFound } from '../platform/http/errors.ts';
import {
  auditActor,
  loadVisible,
  type PackageDownload,
  type ReferralActor,
  type ReferralDeps,
  refuseWithoutConsent,
} from './access.ts';
import { sha256Hex } from './package.ts';
import { renderPackagePdf } from './pdf.ts';
import { packageWords } from './pdf-words.ts';
import { aad } from './sealing.ts';

/**
 * The package as sent (JSON: the very bytes whose hash is recorded) or as a PDF rendered from them in
 * words, in `lang` (the reader's language by default).
 */
export async function downloadPackage(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
  opts: { format: 'json' | 'pdf'; lang: StaffLocale },
): Promise<PackageDownload> {
  const { format } = opts;
  const { bytes, row, words } = await deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id);
    refuseWithoutConsent(row);
    if (!row.package_blob_id || !row.package_sha256) throw notFound();
    const bytes = await deps.vault.open(tx, await deps.blobs.get(row.package_blob_id), aad.package(row.id));
    // The sealed envelope already authenticates the bytes; this also proves they are what was recorded.
    if (sha256Hex(bytes) !== row.package_sha256) throw new Error('referral package does not match its hash');
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: auditActor(actor),
        action: 'referral.package.downloaded',
        target: { type: 'referral', id },
        meta: { format },
      },
      deps.clock.now(),
    );
    return { bytes, row, words: format === 'pdf' ? await packageWords(tx, opts.lang) : null };
  });
  const name = `referral-${row.case_reference}-${row.id.slice(0, 8)}`;
  if (!words) return { bytes, mediaType: 'application/json', filename: `${name}.json` };
  const pdf = await renderPackagePdf(JSON.parse(bytes.toString('utf8')), row.package_sha256 ?? '', words);
  return { bytes: pdf, mediaType: 'application/pdf', filename: `${name}.pdf` };
}
