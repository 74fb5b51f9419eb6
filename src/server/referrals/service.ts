import { randomUUID } from 'node:crypto';
import type {
  NewReferral,
  Referral,
  ReferralList,
  ReferralListQuery,
  ReferralPatch,
} from '../../shared/contracts/referrals.ts';
import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import { EVIDENCE_AAD } from '../evidence/sealing.ts';
import { removeBlobs } from '../evidence/store.ts';
import * as orgRepo from '../partner-orgs/repo.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import { notifyOverrideRequested, notifyReferralSent } from './notify.ts';
import { buildPackage, manifestEntries, sha256Hex } from './package.ts';
import { renderPackagePdf } from './pdf.ts';
import { consentNeededFor, mayTakeOriginals } from './policy.ts';
import { type OpenedText, type PresentedEvent, presentReferral, presentSummary } from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/**
 * Referrals: consent first (or a supervisor-approved imminent-danger override), a package built once and
 * hashed, and a partner who sees only its own organisation's referrals. Every act and every download is
 * in the audit log, with codes only. Rules about who may do what are in policy.ts.
 */
export type ReferralDeps = Pick<AppDeps, 'db' | 'vault' | 'blobs' | 'clock' | 'config' | 'runtime' | 'keys'>;
export type ReferralActor = { userId: string; role: Role; partnerOrgId: string | null };

const SENDER = 'FocalPoint';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const auditActor = (actor: ReferralActor): AuditActor =>
  actor.role === 'partner' ? { type: 'partner', id: actor.userId } : { type: 'user', id: actor.userId };

/** Whether `actor` may see this referral at all. Anything else is answered exactly like a missing id. */
function canSee(actor: ReferralActor, row: repo.ReferralRow): boolean {
  switch (actor.role) {
    case 'partner':
      return (
        row.status === 'sent' && actor.partnerOrgId !== null && row.partner_org_id === actor.partnerOrgId
      );
    case 'supervisor':
    case 'intake_officer':
      return true;
    case 'caseworker':
      return row.case_assignee_id === actor.userId;
    case 'analyst':
    case 'admin':
      return false;
  }
}

async function loadVisible(q: Queryable, actor: ReferralActor, id: string, forUpdate = false) {
  if (!UUID.test(id)) throw notFound();
  const row = await repo.findReferral(q, id, { forUpdate });
  if (!row || !canSee(actor, row)) throw notFound();
  return row;
}

async function openText(deps: ReferralDeps, q: Queryable, row: repo.ReferralRow): Promise<OpenedText> {
  const open = (sealed: unknown, where: string) =>
    sealed ? deps.vault.openText(q, sealed, where) : Promise.resolve(null);
  return {
    purpose: (await open(row.purpose_sealed, aad.purpose(row.id))) ?? '',
    note: (await open(row.note_sealed, aad.note(row.id))) ?? '',
    overrideReason: await open(row.override_reason_sealed, aad.overrideReason(row.id)),
    partnerReference: await open(row.partner_reference_sealed, aad.partnerReference(row.id)),
    outcomeNote: await open(row.outcome_note_sealed, aad.outcomeNote(row.id)),
  };
}

async function present(
  deps: ReferralDeps,
  q: Queryable,
  actor: ReferralActor,
  id: string,
): Promise<Referral> {
  const row = await repo.findReferral(q, id);
  if (!row) throw notFound();
  const [text, evidence, eventRows] = await Promise.all([
    openText(deps, q, row),
    repo.evidenceOfReferral(q, id),
    repo.eventsOf(q, id),
  ]);
  const events: PresentedEvent[] = [];
  for (const e of eventRows) {
    events.push({
      at: e.at,
      kind: e.kind as PresentedEvent['kind'],
      outcome: e.outcome,
      note: e.note_sealed ? await deps.vault.openText(q, e.note_sealed, aad.eventNote(e.id)) : null,
    });
  }
  return presentReferral(
    row,
    text,
    { isPartner: actor.role === 'partner' },
    deps.clock.now(),
    await manifestEntries(q, deps.vault, evidence),
    events,
  );
}

/** The consent a consent-based referral needs, checked against every report the package would carry. */
function demandConsent(reports: repo.PackageReportRow[], kind: ReturnType<typeof consentNeededFor>) {
  const missing = reports.some((r) =>
    kind === 'referral_police' ? !r.consent_referral_police : !r.consent_contact,
  );
  if (missing || reports.length === 0) {
    throw new AppError(
      403,
      kind === 'referral_police' ? 'referrals.error.noPoliceConsent' : 'referrals.error.noContactConsent',
    );
  }
}

/**
 * Builds the package, seals it into the blob store, records its hash and the files it lists, and moves
 * the case to `referred`. Inside the caller's transaction; returns the blob written (to remove on failure).
 */
async function send(
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

/**
 * A referral of a case to one partner. On consent it is sent at once. Under an imminent-danger override
 * it is sent at once when a supervisor makes it (their creating it is their approval), and waits for a
 * supervisor's approval when a caseworker asks for it.
 */
export async function createReferral(
  deps: ReferralDeps,
  actor: ReferralActor,
  caseId: string,
  input: NewReferral,
): Promise<Referral> {
  if (!UUID.test(caseId)) throw notFound();
  const now = deps.clock.now();
  const written: string[] = [];
  let referral: Referral;
  try {
    referral = await deps.db.transaction(async (tx) => {
      const kase = await repo.findCase(tx, caseId, { forUpdate: true });
      if (!kase) throw notFound();
      if (actor.role === 'caseworker' && kase.assignee_id !== actor.userId) throw forbidden();
      if (actor.role !== 'caseworker' && actor.role !== 'supervisor') throw forbidden();
      if (kase.merged_into_id) throw new AppError(409, 'referrals.error.caseMerged');
      const org = UUID.test(input.partnerOrgId) ? await orgRepo.findOrg(tx, input.partnerOrgId) : undefined;
      if (!org) {
        throw new AppError(400, 'error.validation', {
          fields: { partnerOrgId: { key: 'error.invalidChoice' } },
        });
      }
      if (!org.active) {
        throw new AppError(400, 'error.validation', {
          fields: { partnerOrgId: { key: 'referrals.error.orgInactive' } },
        });
      }
      let consentReliedOn: ReturnType<typeof consentNeededFor> | null = null;
      if (input.basis === 'consent') {
        if (input.overrideReason) {
          throw new AppError(400, 'error.validation', {
            fields: { overrideReason: { key: 'referrals.error.overrideReasonOnlyForOverride' } },
          });
        }
        consentReliedOn = consentNeededFor(org.kind);
        demandConsent(await repo.reportsOfCase(tx, caseId), consentReliedOn);
      } else if (!input.overrideReason) {
        throw new AppError(400, 'error.validation', {
          fields: { overrideReason: { key: 'referrals.error.overrideReasonRequired' } },
        });
      }

      const id = randomUUID();
      const dataKey = await deps.vault.newDataKey(tx);
      await repo.insertReferral(tx, {
        id,
        caseId,
        partnerOrgId: org.id,
        basis: input.basis,
        consentReliedOn,
        createdBy: actor.userId,
        createdAt: now,
        dataKeyId: dataKey.id,
        purposeSealed: deps.vault.seal(dataKey, input.purpose, aad.purpose(id)),
        noteSealed: input.note ? deps.vault.seal(dataKey, input.note, aad.note(id)) : null,
        overrideReasonSealed: input.overrideReason
          ? deps.vault.seal(dataKey, input.overrideReason, aad.overrideReason(id))
          : null,
      });
      const overrideRequested = input.basis === 'imminent_danger' && actor.role !== 'supervisor';
      await repo.addReferralEvent(tx, deps.vault, {
        referralId: id,
        at: now,
        actorId: actor.userId,
        kind: overrideRequested ? 'override_requested' : 'created',
      });
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: auditActor(actor),
          action: 'referral.created',
          target: { type: 'referral', id },
          meta: { case: caseId, partner_org: org.id, partner_kind: org.kind, basis: input.basis },
        },
        now,
      );
      if (input.basis === 'imminent_danger' && actor.role === 'supervisor') {
        await approve(tx, deps, { referralId: id, approverId: actor.userId, now });
      }
      if (!overrideRequested) {
        const row = await repo.findReferral(tx, id, { forUpdate: true });
        if (!row) throw notFound();
        await send(tx, deps, { row, actorId: actor.userId, now, written });
      }
      return present(deps, tx, actor, id);
    });
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  }
  const told = { caseReference: referral.caseReference };
  if (referral.status === 'sent')
    void notifyReferralSent(deps, { ...told, partnerOrgId: referral.partnerOrg.id });
  else void notifyOverrideRequested(deps, { ...told, caseId });
  return referral;
}

async function approve(
  tx: Queryable,
  deps: ReferralDeps,
  o: { referralId: string; approverId: string; now: Date },
) {
  await repo.approveOverride(tx, o.referralId, o.approverId, o.now);
  await repo.addReferralEvent(tx, deps.vault, {
    referralId: o.referralId,
    at: o.now,
    actorId: o.approverId,
    kind: 'override_approved',
  });
  await appendAudit(
    tx,
    deps.keys,
    {
      actor: { type: 'user', id: o.approverId },
      action: 'referral.override_approved',
      target: { type: 'referral', id: o.referralId },
    },
    o.now,
  );
}

/** A supervisor approves a caseworker's imminent-danger override: the referral is sent. */
export async function approveOverride(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
): Promise<Referral> {
  if (actor.role !== 'supervisor') throw forbidden();
  const now = deps.clock.now();
  const written: string[] = [];
  let referral: Referral;
  try {
    referral = await deps.db.transaction(async (tx) => {
      const row = await loadVisible(tx, actor, id, true);
      if (row.status !== 'pending_approval' || row.basis !== 'imminent_danger') {
        throw new AppError(409, 'referrals.error.notPending');
      }
      await approve(tx, deps, { referralId: id, approverId: actor.userId, now });
      const approved = await repo.findReferral(tx, id, { forUpdate: true });
      if (!approved) throw notFound();
      await send(tx, deps, { row: approved, actorId: actor.userId, now, written });
      return present(deps, tx, actor, id);
    });
  } catch (err) {
    await removeBlobs(deps.blobs, written);
    throw err;
  }
  void notifyReferralSent(deps, {
    partnerOrgId: referral.partnerOrg.id,
    caseReference: referral.caseReference,
  });
  return referral;
}

/** Partners: their organisation's sent referrals. Staff: the referrals of the cases they may see. */
export async function listReferrals(
  deps: ReferralDeps,
  actor: ReferralActor,
  query: ReferralListQuery,
): Promise<ReferralList> {
  const isPartner = actor.role === 'partner';
  if (isPartner && !actor.partnerOrgId) return { items: [] };
  if (query.caseId !== undefined && !UUID.test(query.caseId)) return { items: [] };
  const rows = await repo.listReferrals(deps.db, {
    ...(isPartner ? { partnerOrgId: actor.partnerOrgId ?? '', status: 'sent' as const } : {}),
    ...(actor.role === 'caseworker' ? { assigneeId: actor.userId } : {}),
    ...(query.caseId && !isPartner ? { caseId: query.caseId } : {}),
    ...(query.status && !isPartner ? { status: query.status } : {}),
  });
  const now = deps.clock.now();
  const items = [];
  for (const row of rows.filter((r) => canSee(actor, r))) {
    items.push(presentSummary(row, await openText(deps, deps.db, row), { isPartner }, now));
  }
  return { items };
}

/** One referral; a partner's view of it is audited (it carries the case reference and purpose). */
export async function viewReferral(deps: ReferralDeps, actor: ReferralActor, id: string): Promise<Referral> {
  return deps.db.transaction(async (tx) => {
    await loadVisible(tx, actor, id);
    await appendAudit(
      tx,
      deps.keys,
      { actor: auditActor(actor), action: 'referral.viewed', target: { type: 'referral', id } },
      deps.clock.now(),
    );
    return present(deps, tx, actor, id);
  });
}

function refuseWithoutConsent(row: repo.ReferralRow) {
  if (row.status !== 'sent') throw new AppError(409, 'referrals.error.notSent');
  if (row.consent_withdrawn) throw new AppError(409, 'referrals.error.consentWithdrawn');
}

export type PackageDownload = { bytes: Buffer; mediaType: string; filename: string };

/** The package as sent (JSON: the very bytes whose hash is recorded) or as a PDF rendered from them. */
export async function downloadPackage(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
  format: 'json' | 'pdf',
): Promise<PackageDownload> {
  const { bytes, row } = await deps.db.transaction(async (tx) => {
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
    return { bytes, row };
  });
  const name = `referral-${row.case_reference}-${row.id.slice(0, 8)}`;
  if (format === 'json') return { bytes, mediaType: 'application/json', filename: `${name}.json` };
  const pdf = await renderPackagePdf(JSON.parse(bytes.toString('utf8')), row.package_sha256 ?? '');
  return { bytes: pdf, mediaType: 'application/pdf', filename: `${name}.pdf` };
}

/**
 * A file the referral's manifest lists: the sanitised copy by default; the original (whose hash the
 * manifest gives, for chain of custody) only for a police or intelligence partner.
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
    const file = (await repo.evidenceOfReferral(tx, id)).find((f) => f.id === fileId);
    if (!file) throw notFound();
    let bytes: Buffer;
    if (copy === 'original') {
      if (actor.role !== 'partner' || !mayTakeOriginals(row.org_kind)) {
        throw new AppError(403, 'referrals.error.originalNotAllowed');
      }
      bytes = await deps.vault.open(
        tx,
        await deps.blobs.get(file.original_blob_id),
        EVIDENCE_AAD.original(file.id),
      );
    } else {
      if (!file.sanitised_blob_id) throw new AppError(404, 'referrals.error.noSanitisedCopy');
      bytes = await deps.vault.open(
        tx,
        await deps.blobs.get(file.sanitised_blob_id),
        EVIDENCE_AAD.sanitised(file.id),
      );
    }
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
    return {
      bytes,
      mediaType: file.media_type,
      filename: `evidence-${file.id}-${copy}`,
    };
  });
}

/** The partner's answer: acknowledgement, their reference number, an outcome with a note. */
export async function answerReferral(
  deps: ReferralDeps,
  actor: ReferralActor,
  id: string,
  patch: ReferralPatch,
): Promise<Referral> {
  if (actor.role !== 'partner') throw forbidden();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const row = await loadVisible(tx, actor, id, true);
    if (patch.outcomeNote !== undefined && patch.outcome === undefined) {
      throw new AppError(400, 'error.validation', { fields: { outcome: { key: 'error.required' } } });
    }
    const dataKey = await deps.vault.dataKey(tx, row.data_key_id);
    const acknowledging = !row.acknowledged_at && (patch.acknowledge === true || patch.outcome !== undefined);
    const answer: repo.PartnerAnswer = {};
    const log = async (action: string, meta?: Record<string, string>) =>
      appendAudit(
        tx,
        deps.keys,
        { actor: auditActor(actor), action, target: { type: 'referral', id }, ...(meta ? { meta } : {}) },
        now,
      );
    if (acknowledging) {
      answer.acknowledgedAt = now;
      answer.acknowledgedBy = actor.userId;
      await repo.addReferralEvent(tx, deps.vault, {
        referralId: id,
        at: now,
        actorId: actor.userId,
        kind: 'acknowledged',
      });
      await log('referral.acknowledged');
    }
    if (patch.partnerReference !== undefined) {
      answer.partnerReferenceSealed = deps.vault.seal(
        dataKey,
        patch.partnerReference,
        aad.partnerReference(id),
      );
      await log('referral.partner_reference_set');
    }
    if (patch.outcome !== undefined) {
      answer.outcome = patch.outcome;
      answer.outcomeAt = now;
      answer.outcomeNoteSealed = patch.outcomeNote
        ? deps.vault.seal(dataKey, patch.outcomeNote, aad.outcomeNote(id))
        : null;
      await repo.addReferralEvent(tx, deps.vault, {
        referralId: id,
        at: now,
        actorId: actor.userId,
        kind: 'outcome',
        outcome: patch.outcome,
        ...(patch.outcomeNote ? { note: patch.outcomeNote } : {}),
      });
      await log('referral.outcome_set', { outcome: patch.outcome });
    }
    await repo.recordAnswer(tx, id, answer, now);
    return present(deps, tx, actor, id);
  });
}
