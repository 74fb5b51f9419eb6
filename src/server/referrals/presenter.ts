import type {
  ManifestEntry,
  Referral,
  ReferralOutcome,
  ReferralSummary,
} from '../../shared/contracts/referrals.ts';
import { ACK_BUSINESS_DAYS, addBusinessDays, mayTakeOriginals } from './policy.ts';
import type { ReferralRow } from './repo.ts';

/**
 * Referral rows to API shapes, in one visible place. A partner never receives the internal case id nor
 * the sealed override reason (that stays with the focal point's staff).
 */
export type OpenedText = {
  purpose: string;
  note: string;
  overrideReason: string | null;
  partnerReference: string | null;
  outcomeNote: string | null;
};

export type PresentedEvent = {
  at: Date;
  kind: Referral['events'][number]['kind'];
  outcome: ReferralOutcome | null;
  note: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function ackDueAt(row: Pick<ReferralRow, 'sent_at'>): Date | null {
  return row.sent_at ? addBusinessDays(row.sent_at, ACK_BUSINESS_DAYS) : null;
}

export function presentSummary(
  row: ReferralRow,
  text: OpenedText,
  viewer: { isPartner: boolean },
  now: Date,
): ReferralSummary {
  const due = ackDueAt(row);
  return {
    id: row.id,
    caseId: viewer.isPartner ? null : row.case_id,
    caseReference: row.case_reference,
    partnerOrg: { id: row.partner_org_id, name: row.org_name, kind: row.org_kind },
    basis: row.basis,
    status: row.status,
    purpose: text.purpose,
    createdAt: row.created_at.toISOString(),
    overrideApprovedAt: iso(row.override_approved_at),
    sentAt: iso(row.sent_at),
    packageSha256: row.package_sha256,
    contactIncluded: row.contact_included,
    acknowledgedAt: iso(row.acknowledged_at),
    ackDueAt: iso(due),
    ackOverdue: row.status === 'sent' && !row.acknowledged_at && due !== null && now > due,
    partnerReference: text.partnerReference,
    outcome: row.outcome,
    outcomeAt: iso(row.outcome_at),
    outcomeNote: text.outcomeNote,
    consentWithdrawn: row.consent_withdrawn,
    deletionRequested: row.deletion_requested,
  };
}

export function presentReferral(
  row: ReferralRow,
  text: OpenedText,
  viewer: { isPartner: boolean },
  now: Date,
  evidence: ManifestEntry[],
  events: PresentedEvent[],
): Referral {
  return {
    ...presentSummary(row, text, viewer, now),
    note: text.note,
    overrideReason: viewer.isPartner ? null : text.overrideReason,
    evidence,
    originalsAvailable: viewer.isPartner && mayTakeOriginals(row.org_kind),
    events: events.map((e) => ({ at: e.at.toISOString(), kind: e.kind, outcome: e.outcome, note: e.note })),
  };
}
