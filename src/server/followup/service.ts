import { randomUUID } from 'node:crypto';
import type { ConsentsPatch, FollowupView } from '../../shared/contracts/followup.ts';
import type { Consents } from '../../shared/contracts/report.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { Config } from '../config.ts';
import {
  prepareEvidence,
  type RefusedEvidence,
  removeBlobs,
  storeEvidence,
  storeRefusals,
  type UploadedFile,
} from '../evidence/store.ts';
import { forgetStoredReport, indexMessage } from '../indicators/index-report.ts';
import type { IntakeDeps } from '../intake/service.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { normaliseReceipt, receiptHash } from '../platform/crypto/receipts.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { notifyConsentWithdrawn } from '../referrals/notify.ts';
import { withReferralNews } from '../referrals/reporter-news.ts';
import { presentFollowup } from './presenter.ts';
import * as repo from './repo.ts';

/**
 * The reporter's side, opened with the receipt. A receipt that opens nothing gets the same answer as a
 * malformed one (ReceiptNotFound, a 404), so an answer never tells whether a report exists. Callers
 * limit attempts per source (guardFollowup / noteReceiptFailure in platform/http/rate-limit.ts).
 */
/** Follow-up also tells partners when consent is withdrawn, so it needs the mail settings too. */
export type FollowupDeps = IntakeDeps & { config: Config };

/** Per report, so a flood of files through follow-up cannot fill the disk. */
export const MAX_EVIDENCE_PER_REPORT = 50;

export const receiptNotFound = () => new AppError(404, 'error.receiptNotFound');

export function isReceiptNotFound(err: unknown): boolean {
  return err instanceof AppError && err.key === 'error.receiptNotFound';
}

/**
 * Who is asking: the holder of the receipt (the API, the follow-up form), or a page that already proved it
 * with the receipt and holds a one-time token for the report (view-tokens.ts; the public pages).
 */
export type ReporterKey = { receipt: string } | { reportId: string };

async function findReport(deps: FollowupDeps, q: Queryable, key: ReporterKey, forUpdate = false) {
  if ('reportId' in key) {
    const row = await repo.findReportById(q, key.reportId, { forUpdate });
    if (!row) throw receiptNotFound();
    return row;
  }
  const normalised = normaliseReceipt(key.receipt);
  if (!normalised) throw receiptNotFound();
  const row = await repo.findReportByReceiptHash(q, receiptHash(deps.keys.receipt, normalised), {
    forUpdate,
  });
  if (!row) throw receiptNotFound();
  return row;
}

function refuseAfterDeletionRequest(row: repo.ReporterReportRow) {
  if (row.deletion_requested_at) throw new AppError(409, 'error.deletionRequested');
}

const reporterAudit = (
  action: string,
  reportId: string,
  meta?: Record<string, string | number | boolean>,
) => ({
  actor: { type: 'reporter' as const },
  action,
  target: { type: 'report', id: reportId },
  ...(meta ? { meta } : {}),
});

/** Throws ReceiptNotFound unless the receipt opens a report: a cheap check before reading uploads. */
export async function checkReceipt(deps: FollowupDeps, receipt: string): Promise<void> {
  await findReport(deps, deps.db, { receipt });
}

/** The report a receipt opens, its id and reference (ReceiptNotFound otherwise). */
export async function reportOf(
  deps: FollowupDeps,
  receipt: string,
): Promise<{ id: string; reference: string }> {
  const row = await findReport(deps, deps.db, { receipt });
  return { id: row.id, reference: row.reference };
}

/** Status in plain words, messages both ways (decrypted), consents, files sent. Marks staff messages read. */
export async function openFollowup(
  deps: FollowupDeps,
  opts: ReporterKey & { locale: Locale },
): Promise<FollowupView> {
  return deps.db.transaction(async (tx) => {
    const row = await findReport(deps, tx, opts);
    // One after another: a transaction is one connection, which runs one query at a time.
    const kase = await repo.caseStatusOf(tx, row.case_id);
    const messageRows = await repo.messagesOfReport(tx, row.id);
    const evidence = await repo.evidenceOfReport(tx, row.id);
    const messages = [];
    for (const m of messageRows) {
      messages.push({
        id: m.id,
        direction: m.direction,
        body: await deps.vault.openText(tx, m.body_sealed, `case_message.body:${m.id}`),
        createdAt: m.created_at.toISOString(),
      });
    }
    await repo.markMessagesRead(tx, row.id, deps.clock.now());
    const view = presentFollowup({ row, caseStatus: kase.status, messages, evidence, locale: opts.locale });
    return withReferralNews(tx, view, row.id, opts.locale);
  });
}

/** A message from the reporter to the focal point, sealed under its own data key. */
export async function postReporterMessage(
  deps: FollowupDeps,
  opts: ReporterKey & { body: string; now?: Date },
): Promise<{ id: string; createdAt: string }> {
  const now = opts.now ?? deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await findReport(deps, tx, opts);
    refuseAfterDeletionRequest(row);
    const id = randomUUID();
    const dataKey = await deps.vault.newDataKey(tx);
    const caseId = (await repo.caseStatusOf(tx, row.case_id)).id;
    await repo.insertMessage(tx, {
      id,
      caseId,
      reportId: row.id,
      dataKeyId: dataKey.id,
      bodySealed: deps.vault.seal(dataKey, opts.body, `case_message.body:${id}`),
      createdAt: now,
    });
    // A number or account named in a later message links the case like one in the report itself.
    await indexMessage(tx, deps, { reportId: row.id, caseId, text: opts.body, now, dataKey });
    await appendAudit(tx, deps.keys, reporterAudit('followup.message.received', row.id), now);
    return { id, createdAt: now.toISOString() };
  });
}

/** More evidence for the report: the same checks, hashing, sealing and sanitising as at intake. */
export async function addEvidence(
  deps: FollowupDeps,
  opts: ReporterKey & { files: readonly UploadedFile[]; now?: Date },
): Promise<{ files: number; refused: RefusedEvidence[] }> {
  const now = opts.now ?? deps.clock.now();
  // Check the receipt before spending effort on the files.
  await findReport(deps, deps.db, opts);
  if (opts.files.length === 0) {
    throw new AppError(400, 'error.validation', { fields: { evidence: { key: 'error.required' } } });
  }
  const { prepared, refused } = await prepareEvidence(deps, opts.files);
  const written: string[] = [];
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await findReport(deps, tx, opts, true);
      refuseAfterDeletionRequest(row);
      if ((await repo.countEvidence(tx, row.id)) + prepared.length > MAX_EVIDENCE_PER_REPORT) {
        throw new AppError(400, 'error.validation', {
          fields: { evidence: { key: 'error.tooMany', params: { max: MAX_EVIDENCE_PER_REPORT } } },
        });
      }
      await storeEvidence(tx, deps, { reportId: row.id, files: prepared, now, written });
      await storeRefusals(tx, { reportId: row.id, refused, now });
      await appendAudit(
        tx,
        deps.keys,
        reporterAudit('followup.evidence.added', row.id, { files: prepared.length, refused: refused.length }),
        now,
      );
      return { files: prepared.length, refused };
    });
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  }
}

/** Gives or withdraws consents; fields left out stay as they were. */
export async function updateConsents(
  deps: FollowupDeps,
  opts: ReporterKey & { consents: ConsentsPatch; now?: Date },
): Promise<Consents> {
  const now = opts.now ?? deps.clock.now();
  let withdrawnFrom: string | undefined;
  const result = await deps.db.transaction(async (tx) => {
    // Still allowed after a deletion request: withdrawing a consent only ever protects the reporter.
    const row = await findReport(deps, tx, opts, true);
    const next: Consents = {
      contact: opts.consents.contact ?? row.consent_contact,
      referralToPolice: opts.consents.referralToPolice ?? row.consent_referral_police,
      anonymisedStatistics: opts.consents.anonymisedStatistics ?? row.consent_statistics,
      updates: opts.consents.updates ?? row.consent_updates,
    };
    await repo.updateConsents(tx, row.id, next);
    // Which consents changed, as codes; staff see the current values on the case.
    const changed = (
      [
        ['contact', row.consent_contact, next.contact],
        ['referral_police', row.consent_referral_police, next.referralToPolice],
        ['statistics', row.consent_statistics, next.anonymisedStatistics],
        ['updates', row.consent_updates, next.updates],
      ] as const
    ).filter(([, before, after]) => before !== after);
    await appendAudit(
      tx,
      deps.keys,
      reporterAudit(
        'followup.consents.changed',
        row.id,
        Object.fromEntries(changed.map(([name, , after]) => [name, after])),
      ),
      now,
    );
    const withdrawn = changed.some(
      ([name, , after]) => (name === 'contact' || name === 'referral_police') && !after,
    );
    if (withdrawn) withdrawnFrom = row.id;
    return next;
  });
  // After the commit, and never blocking the reporter: partners that received this report are told that
  // consent was withdrawn (the e-mail carries a reference and a link, never content).
  if (withdrawnFrom) void notifyConsentWithdrawn(deps, withdrawnFrom);
  return result;
}

/**
 * The reporter asks for their report to be deleted. The request is recorded (staff act on it under the
 * retention rules, e.g. after a referral's legal hold); from then on the report cannot be changed, and its
 * identifiers and words are forgotten at once (no link, no search hit).
 * Asking twice keeps the first date.
 */
export async function requestDeletion(
  deps: FollowupDeps,
  opts: ReporterKey & { now?: Date },
): Promise<{ deletionRequestedAt: string }> {
  const now = opts.now ?? deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await findReport(deps, tx, opts, true);
    const at = await repo.markDeletionRequested(tx, row.id, now);
    if (!row.deletion_requested_at) {
      // From now on the report links to no case and no search finds it.
      await forgetStoredReport(tx, deps, { reportId: row.id, now });
      await appendAudit(tx, deps.keys, reporterAudit('followup.deletion.requested', row.id), now);
    }
    return { deletionRequestedAt: at.toISOString() };
  });
}
