import { randomInt, randomUUID } from 'node:crypto';
import type { ReportInput } from '../../shared/contracts/report.ts';
import type { Config } from '../config.ts';
import {
  type PreparedEvidence,
  prepareEvidence,
  removeBlobs,
  storeEvidence,
  type UploadedFile,
} from '../evidence/store.ts';
import { nudgeIndexer } from '../indexing/worker.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import { newReceipt, RECEIPT_ALPHABET, receiptHash } from '../platform/crypto/receipts.ts';
import { asBuffer, type Db, type Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import type { BlobStore } from '../platform/storage/blob-store.ts';
import { insertReportGrouped } from './group-insert.ts';
import { IDEMPOTENCY_KEY, idempotencyHash, openReceiptForRetry, sealReceiptForRetry } from './idempotency.ts';
import { identityPlaintext } from './identity.ts';
import { intakeUnderWay } from './pressure.ts';
import { findByIdempotencyHash, insertCasesAndReports, type NewReportRow } from './repo.ts';
import { assessRisk } from './risk.ts';

export type { UploadedFile };

export type IntakeDeps = {
  config: Pick<Config, 'maxUploadBytes'>;
  db: Db;
  keys: KeyRing;
  vault: Vault;
  blobs: BlobStore;
  clock: () => Date;
};

export type SubmitReportOptions = {
  /** Already validated against `ReportInput` (the route or the form handler does that). */
  input: ReportInput;
  /** Evidence files; their type is judged from their bytes. At most 10, each ≤ config.maxUploadBytes. */
  files?: readonly UploadedFile[];
  /** Proof of work solved (see proof-of-work.ts); unverified reports are accepted but flagged. */
  verified: boolean;
  /** The client's Idempotency-Key (16–200 characters): a retry gets the first answer. */
  idempotencyKey?: string | undefined;
  now?: Date;
};

export type SubmitReportResult = {
  reportId: string;
  reference: string;
  receipt: string;
  /** True when this answered a retry of an earlier submission with the same Idempotency-Key. */
  replayed: boolean;
};

/** The reference staff and the reporter quote: FP- and 7 characters from the receipt alphabet. */
export function newReference(): string {
  let s = 'FP-';
  for (let i = 0; i < 7; i++) s += RECEIPT_ALPHABET[randomInt(RECEIPT_ALPHABET.length)];
  return s;
}

const uniq = <T>(values: readonly T[]) => [...new Set(values)];

const isUniqueViolation = (err: unknown) => (err as { code?: string } | undefined)?.code === '23505';

/**
 * Receives one report: its data key, case and report (content sealed) in one statement — with its evidence
 * in one transaction when files come — risk assessed on arrival, and a receipt returned that is stored
 * only as a keyed hash. Nothing personal is logged; no address is stored.
 *
 * What can wait a moment is not done here: identifiers, links, search tokens and the `report.received`
 * audit entry are the background indexer's (src/server/indexing), which picks the report up from the
 * database right after this commit — or after a restart, if the process dies in between.
 */
export async function submitReport(deps: IntakeDeps, opts: SubmitReportOptions): Promise<SubmitReportResult> {
  const now = opts.now ?? deps.clock();
  const key = opts.idempotencyKey?.trim() || undefined;
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new AppError(400, 'error.validation', {
      fields: { idempotencyKey: { key: 'error.idempotencyKey' } },
    });
  }
  const idemHash = key ? idempotencyHash(deps.keys.receipt, key) : null;
  if (key && idemHash) {
    const replay = await replayed(deps, key, idemHash);
    if (replay) return replay;
  }

  const evidence = await prepareEvidence(opts.files ?? [], { maxBytes: deps.config.maxUploadBytes });

  for (let attempt = 0; ; attempt++) {
    try {
      return await insertReport(deps, { ...opts, now, key, idemHash, evidence });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Either a racing retry with the same Idempotency-Key won (answer with its result), or a random
      // reference collided (27 billion possibilities; try again with a new one).
      if (key && idemHash) {
        const replay = await replayed(deps, key, idemHash);
        if (replay) return replay;
      }
      if (attempt >= 3) throw err;
    }
  }
}

async function replayed(deps: IntakeDeps, key: string, idemHash: Buffer): Promise<SubmitReportResult | null> {
  const row = await findByIdempotencyHash(deps.db, idemHash);
  if (!row) return null;
  if (!row.idempotency_receipt_sealed) throw new AppError(409, 'error.conflict');
  const receipt = openReceiptForRetry(
    deps.keys.receipt,
    key,
    row.id,
    asBuffer(row.idempotency_receipt_sealed),
  );
  return { reportId: row.id, reference: row.reference, receipt, replayed: true };
}

async function insertReport(
  deps: IntakeDeps,
  opts: SubmitReportOptions & {
    now: Date;
    key: string | undefined;
    idemHash: Buffer | null;
    evidence: PreparedEvidence[];
  },
): Promise<SubmitReportResult> {
  const { input, now } = opts;
  const reportId = randomUUID();
  const caseId = randomUUID();
  const reference = newReference();
  const receipt = newReceipt();
  const { risk, reasons } = assessRisk(input);
  const written: string[] = [];

  /** The report's rows, content sealed under a fresh data key (its row is written with the report). */
  const rows = async (q: Queryable) => {
    const { dataKey, row: dataKeyRow } = await deps.vault.prepareDataKey(q);
    const details =
      input.perpetrators.length > 0
        ? deps.vault.seal(
            dataKey,
            JSON.stringify({ perpetrators: input.perpetrators }),
            `report.details:${reportId}`,
          )
        : null;
    const reporter = input.reporter;
    const identityText = identityPlaintext(reporter);
    const identity =
      identityText === null ? null : deps.vault.seal(dataKey, identityText, `report.identity:${reportId}`);
    const row: NewReportRow = {
      id: reportId,
      caseId,
      reference,
      receiptHash: receiptHash(deps.keys.receipt, receipt),
      idempotencyHash: opts.idemHash,
      idempotencyReceiptSealed: opts.key
        ? sealReceiptForRetry(deps.keys.receipt, opts.key, reportId, receipt)
        : null,
      dataKeyId: dataKey.id,
      receivedAt: now,
      language: input.language,
      incidentStartedOn: input.incident.startedOn ?? null,
      incidentEndedOn: input.incident.endedOn ?? null,
      ongoing: input.incident.ongoing,
      province: input.incident.province ?? null,
      city: input.incident.city || null,
      institution: input.incident.institution || null,
      tactics: uniq(input.tactics),
      communities: uniq(input.communities),
      channels: uniq(input.channels),
      impacts: uniq(input.impacts),
      perpetratorTypes: uniq(input.perpetrators.flatMap((p) => (p.type ? [p.type] : []))),
      suspectedState: input.suspectedState ?? null,
      reporterKind: input.reporterKind,
      anonymous: reporter.anonymous,
      risk,
      riskReasons: reasons,
      consentContact: input.consents.contact,
      consentReferralPolice: input.consents.referralToPolice,
      consentStatistics: input.consents.anonymisedStatistics,
      consentUpdates: input.consents.updates,
      verified: opts.verified,
      narrativeSealed: deps.vault.seal(dataKey, input.narrative, `report.narrative:${reportId}`),
      detailsSealed: details,
      identitySealed: identity,
    };
    return { row, dataKeyRow };
  };

  const done = intakeUnderWay(deps.db);
  try {
    if (opts.evidence.length === 0) {
      // One statement, atomic by itself (no BEGIN and COMMIT round trips) — alone, or during a flood with
      // other reports arriving in the same moment (group-insert.ts).
      const { row, dataKeyRow } = await rows(deps.db);
      await insertReportGrouped(deps.db, row, dataKeyRow);
    } else {
      await deps.db.transaction(async (tx) => {
        const { row, dataKeyRow } = await rows(tx);
        await insertCasesAndReports(tx, [{ report: row, dataKey: dataKeyRow }]);
        await storeEvidence(tx, deps, { reportId, files: opts.evidence, now, written });
      });
    }
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  } finally {
    done();
  }
  await nudgeIndexer(deps);
  return { reportId, reference, receipt, replayed: false };
}
