import { randomUUID } from 'node:crypto';
import type { ReportInput } from '../../shared/contracts/report.ts';
import type { AppDeps } from '../deps.ts';
import {
  type PreparedEvidence,
  prepareEvidence,
  type RefusedEvidence,
  removeBlobs,
  storeEvidence,
  storeRefusals,
  type UploadedFile,
} from '../evidence/store.ts';
import { nudgeIndexer } from '../indexing/job.ts';
import { newReceipt, receiptHash } from '../platform/crypto/receipts.ts';
import { asBuffer, type Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { insertReports, REPORT_GROUP } from '../reports/insert.ts';
import { prepareReport } from '../reports/prepare.ts';
import { newReference } from '../reports/reference.ts';
import { IDEMPOTENCY_KEY, idempotencyHash, openReceiptForRetry, sealReceiptForRetry } from './idempotency.ts';
import { findByIdempotencyHash } from './repo.ts';
import { assessRisk } from './risk.ts';

export type { UploadedFile };

export type IntakeDeps = Pick<AppDeps, 'config' | 'db' | 'keys' | 'vault' | 'blobs' | 'clock' | 'runtime'>;

export type SubmitReportOptions = {
  /** Already validated against `ReportInput` (the route or the form handler does that). */
  input: ReportInput;
  /** Evidence files; their type is judged from their bytes. At most 10, each ≤ config.maxUploadBytes. */
  files?: readonly UploadedFile[];
  /** Proof of work solved (see proof-of-work.ts); unverified reports are accepted but flagged. */
  verified: boolean;
  /** Arrived during a flood: held apart for review (the public limits decide). */
  held?: boolean;
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
  /** Files not kept because they were beyond a limit (the report is kept): the answer lists them. */
  refused: RefusedEvidence[];
};

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
  const now = opts.now ?? deps.clock.now();
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

  const evidence = await prepareEvidence(deps, opts.files ?? []);

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
  return { reportId: row.id, reference: row.reference, receipt, replayed: true, refused: [] };
}

async function insertReport(
  deps: IntakeDeps,
  opts: SubmitReportOptions & {
    now: Date;
    key: string | undefined;
    idemHash: Buffer | null;
    evidence: { prepared: PreparedEvidence[]; refused: RefusedEvidence[] };
  },
): Promise<SubmitReportResult> {
  const { input, now } = opts;
  const reportId = randomUUID();
  const reference = newReference();
  const receipt = newReceipt();
  const written: string[] = [];
  const prepare = (q: Queryable) =>
    prepareReport(deps, q, input, {
      reportId,
      reference,
      receiptHash: receiptHash(deps.keys.receipt, receipt),
      receivedAt: now,
      risk: assessRisk(input),
      verified: opts.verified,
      case: { status: 'new', spam: false, held: opts.held ?? false },
      idempotency:
        opts.key && opts.idemHash
          ? {
              hash: opts.idemHash,
              receiptSealed: sealReceiptForRetry(deps.keys.receipt, opts.key, reportId, receipt),
            }
          : null,
    });

  const done = deps.runtime.pressure.underWay();
  try {
    const { prepared, refused } = opts.evidence;
    if (prepared.length === 0 && refused.length === 0) {
      // One statement, atomic by itself (no BEGIN and COMMIT round trips) — alone, or during a flood with
      // other reports arriving in the same moment (platform/db/group-writer.ts).
      await deps.runtime.groupWriter.write(REPORT_GROUP, await prepare(deps.db));
    } else {
      await deps.db.transaction(async (tx) => {
        await insertReports(tx, [await prepare(tx)]);
        await storeEvidence(tx, deps, { reportId, files: prepared, now, written });
        await storeRefusals(tx, { reportId, refused, now });
      });
    }
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  } finally {
    done();
  }
  nudgeIndexer(deps);
  return { reportId, reference, receipt, replayed: false, refused: opts.evidence.refused };
}
