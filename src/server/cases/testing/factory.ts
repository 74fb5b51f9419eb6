import { randomBytes, randomUUID } from 'node:crypto';
import type { Risk } from '../../../shared/contracts/cases.ts';
import { ReportInput } from '../../../shared/contracts/report.ts';
import type { AppDeps } from '../../deps.ts';
import { sealDigests, sha256Of } from '../../evidence/sealing.ts';
import { newReceipt, receiptHash } from '../../platform/crypto/receipts.ts';
import { insertReports } from '../../reports/insert.ts';
import { prepareReport } from '../../reports/prepare.ts';
import { aad } from '../sealing.ts';

/**
 * Reports and cases for tests, written exactly as intake writes them (0003_reports_and_cases.sql): content
 * sealed under one data key per report, classification in clear. Lets a test choose when a case opened.
 */
export type FactoryReport = {
  caseId: string;
  reportId: string;
  reference: string;
  receipt: string;
};

export type ReportSeed = {
  narrative?: string;
  risk?: Risk;
  riskReasons?: string[];
  openedAt?: Date;
  identity?: { name: string; email?: string; phone?: string } | null;
  indicators?: { kind: string; platform?: string; value: string }[];
  province?: string;
  city?: string;
  tactics?: string[];
  evidence?: { original: Buffer; sanitised: Buffer | null; filename: string; mediaType: string }[];
};

const reference = () => `FP-${randomBytes(5).toString('hex').toUpperCase().slice(0, 7)}`;

export async function seedReport(
  deps: Pick<AppDeps, 'db' | 'vault' | 'keys' | 'blobs' | 'clock'>,
  seed: ReportSeed = {},
): Promise<FactoryReport> {
  const caseId = randomUUID();
  const reportId = randomUUID();
  const ref = reference();
  const receipt = newReceipt();
  const at = seed.openedAt ?? deps.clock.now();
  const risk = seed.risk ?? 'medium';
  await deps.db.transaction(async (tx) => {
    const input = ReportInput.parse({
      language: 'en',
      narrative: seed.narrative ?? 'They sent threats to my phone.',
      incident: { province: seed.province ?? 'ON', city: seed.city ?? 'Toronto' },
      tactics: seed.tactics ?? ['death_threat'],
      communities: ['uyghur'],
      channels: ['messaging_app'],
      perpetrators: seed.indicators
        ? [{ description: 'a man at the rally', indicators: seed.indicators }]
        : [],
      reporter: seed.identity
        ? { anonymous: false, preferredLanguage: 'en', safeToContact: 'evenings', ...seed.identity }
        : { anonymous: true },
      consents: { contact: true, referralToPolice: false, anonymisedStatistics: true },
    });
    const written = await prepareReport(deps, tx, input, {
      reportId,
      caseId,
      case: { status: 'new', spam: false },
      reference: ref,
      receiptHash: receiptHash(deps.keys.receipt, receipt),
      receivedAt: at,
      risk: { risk, reasons: seed.riskReasons ?? ['death_threat'] },
      verified: true,
    });
    await insertReports(tx, [written]);
    const key = written.contentKey;
    for (const file of seed.evidence ?? []) {
      const id = randomUUID();
      const originalBlob = randomUUID();
      const sanitisedBlob = file.sanitised ? randomUUID() : null;
      await deps.blobs.put(originalBlob, deps.vault.seal(key, file.original, aad.evidenceOriginal(id)));
      if (file.sanitised && sanitisedBlob) {
        await deps.blobs.put(sanitisedBlob, deps.vault.seal(key, file.sanitised, aad.evidenceSanitised(id)));
      }
      const digests = sealDigests(deps.vault, key, id, {
        original: sha256Of(file.original),
        sanitised: file.sanitised ? sha256Of(file.sanitised) : null,
      });
      await tx.query(
        `INSERT INTO evidence_files (id, report_id, data_key_id, original_blob_id, sanitised_blob_id,
           sha256_original_sealed, sha256_sanitised_sealed, size_bytes, media_type, filename_sealed, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          id,
          reportId,
          key.id,
          originalBlob,
          sanitisedBlob,
          digests.sha256OriginalSealed,
          digests.sha256SanitisedSealed,
          file.original.length,
          file.mediaType,
          deps.vault.seal(key, file.filename, aad.evidenceFilename(id)),
          at,
        ],
      );
    }
  });
  return { caseId, reportId, reference: ref, receipt };
}

/** A reply from the reporter, as follow-up writes it. */
export async function seedReporterMessage(
  deps: Pick<AppDeps, 'db' | 'vault' | 'clock'>,
  report: FactoryReport,
  body: string,
): Promise<string> {
  const id = randomUUID();
  await deps.db.transaction(async (tx) => {
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO case_messages (id, case_id, report_id, direction, data_key_id, body_sealed, created_at)
       VALUES ($1, $2, $3, 'from_reporter', $4, $5, $6)`,
      [
        id,
        report.caseId,
        report.reportId,
        key.id,
        deps.vault.seal(key, body, aad.message(id)),
        deps.clock.now(),
      ],
    );
  });
  return id;
}
