import { randomUUID } from 'node:crypto';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { notFound } from '../platform/http/errors.ts';
import { demandConsent, openText, type ReferralDeps } from './access.ts';
import { buildPackage } from './package.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

const SENDER = 'FocalPoint';

/**
 * Builds the package, seals it into the blob store, records its hash and the files it lists, and moves
 * the case to `referred`. Inside the caller's transaction; returns the blob written (to remove on failure).
 */
export async function sendReferral(
  tx: Queryable,
  deps: ReferralDeps,
  opts: { row: repo.ReferralRow; actorId: string; now: Date; written: string[] },
): Promise<void> {
  const { row, now } = opts;
  const kase = await repo.findCase(tx, row.case_id, { forUpdate: true });
  if (!kase) throw notFound();
  const reports = await repo.reportsOfCase(tx, row.case_id);
  if (row.basis === 'consent' && row.consent_relied_on) demandConsent(reports, row.consent_relied_on);
  const reportIds = reports.map((r) => r.id);
  const [evidence, events] = await Promise.all([
    repo.evidenceOfReports(tx, reportIds),
    repo.caseEventsOf(tx, row.case_id),
  ]);
  const text = await openText(deps, tx, row);
  const built = await buildPackage(tx, deps.vault, {
    referral: row,
    consentReliedOn: row.consent_relied_on,
    purpose: text.purpose,
    note: text.note,
    sentAt: now,
    from: SENDER,
    kase,
    reports,
    evidence,
    events,
  });
  const dataKey = await deps.vault.dataKey(tx, row.data_key_id);
  const blobId = randomUUID();
  opts.written.push(blobId);
  await deps.blobs.put(blobId, deps.vault.seal(dataKey, built.bytes, aad.package(row.id)));
  await repo.markSent(tx, row.id, {
    at: now,
    blobId,
    sha256: built.sha256,
    reportIds,
    contactIncluded: built.contactIncluded,
  });
  await repo.insertReferralEvidence(
    tx,
    row.id,
    evidence.map((e) => e.id),
  );
  await repo.addReferralEvent(tx, deps.vault, {
    referralId: row.id,
    at: now,
    actorId: opts.actorId,
    kind: 'sent',
  });
  await repo.markCaseReferred(tx, {
    caseId: row.case_id,
    fromStatus: kase.status,
    actorId: opts.actorId,
    at: now,
    partnerKind: row.org_kind,
    basis: row.basis,
  });
  await appendAudit(
    tx,
    deps.keys,
    {
      actor: { type: 'user', id: opts.actorId },
      action: 'referral.sent',
      target: { type: 'referral', id: row.id },
      meta: {
        case: row.case_id,
        partner_org: row.partner_org_id,
        files: evidence.length,
        contact: built.contactIncluded,
      },
    },
    now,
  );
}
