import type { Referral } from '../../shared/contracts/referrals.ts';
import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import type { AuditActor } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { manifestEntries } from './package.ts';
import type { consentNeededFor } from './policy.ts';
import { type OpenedText, type PresentedEvent, presentReferral } from './presenter.ts';
import * as repo from './repo.ts';
import { aad } from './sealing.ts';

/**
 * Referrals: consent first (or a supervisor-approved imminent-danger override), a package built once and
 * hashed, and a partner who sees only its own organisation's referrals. Every act and every download is
 * in the audit log, with codes only. Rules about who may do what are in policy.ts.
 *
 * This file holds what every referral service shares: who sees a referral, opening its sealed text, and
 * presenting it. The staff side: create-referral, approve-override, send-referral. The partner portal:
 * answer-referral, download-package, download-evidence. Both: list-referrals, view-referral, messages.
 */
export type ReferralDeps = Pick<AppDeps, 'db' | 'vault' | 'blobs' | 'clock' | 'config' | 'runtime' | 'keys'>;
export type ReferralActor = { userId: string; role: Role; partnerOrgId: string | null };

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const auditActor = (actor: ReferralActor): AuditActor =>
  actor.role === 'partner' ? { type: 'partner', id: actor.userId } : { type: 'user', id: actor.userId };

/** Whether `actor` may see this referral at all. Anything else is answered exactly like a missing id. */
export function canSee(actor: ReferralActor, row: repo.ReferralRow): boolean {
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

export async function loadVisible(q: Queryable, actor: ReferralActor, id: string, forUpdate = false) {
  if (!UUID.test(id)) throw notFound();
  const row = await repo.findReferral(q, id, { forUpdate });
  if (!row || !canSee(actor, row)) throw notFound();
  return row;
}

export async function openText(deps: ReferralDeps, q: Queryable, row: repo.ReferralRow): Promise<OpenedText> {
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

export async function present(
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
export function demandConsent(reports: repo.PackageReportRow[], kind: ReturnType<typeof consentNeededFor>) {
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

export function refuseWithoutConsent(row: repo.ReferralRow) {
  if (row.status !== 'sent') throw new AppError(409, 'referrals.error.notSent');
  if (row.consent_withdrawn) throw new AppError(409, 'referrals.error.consentWithdrawn');
}

export type PackageDownload = { bytes: Buffer; mediaType: string; filename: string };
