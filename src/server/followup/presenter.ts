import type { FollowupMessage, FollowupStatus, FollowupView } from '../../shared/contracts/followup.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { type MessageKey, t } from '../../shared/i18n/translate.ts';
import type { EvidenceRow, ReporterReportRow } from './repo.ts';

/**
 * What the reporter is told, in one visible place. Internal details stay inside: no assignee, no risk,
 * no staff names, no classification. A referral is mentioned only when the reporter asked to be told.
 */
export function reporterStatus(
  caseStatus: string,
  row: Pick<
    ReporterReportRow,
    'consent_updates' | 'deletion_requested_at' | 'deidentified_at' | 'deletion_decision'
  >,
): FollowupStatus {
  if (row.deidentified_at) return row.deletion_requested_at ? 'deleted' : 'content_removed';
  if (row.deletion_requested_at)
    return row.deletion_decision === 'refused' ? 'deletion_refused' : 'deletion_requested';
  switch (caseStatus) {
    case 'new':
      return 'received';
    case 'triaged':
      return 'under_review';
    case 'referred':
      return row.consent_updates ? 'referred' : 'in_progress';
    case 'closed':
      return 'closed';
    default:
      return 'in_progress';
  }
}

export function presentFollowup(opts: {
  row: ReporterReportRow;
  caseStatus: string;
  messages: FollowupMessage[];
  evidence: EvidenceRow[];
  locale: Locale;
}): FollowupView {
  const { row, locale } = opts;
  const code = reporterStatus(opts.caseStatus, row);
  return {
    reference: row.reference,
    receivedAt: row.received_at.toISOString(),
    status: { code, text: t(locale, `followup.status.${code}`) },
    referral: code === 'referred' ? { text: t(locale, 'followup.referral.made') } : null,
    consents: {
      contact: row.consent_contact,
      referralToPolice: row.consent_referral_police,
      anonymisedStatistics: row.consent_statistics,
      updates: row.consent_updates,
    },
    messages: opts.messages,
    evidence: opts.evidence.map((e) => ({
      id: e.id,
      mediaType: e.media_type,
      sizeBytes: e.size_bytes,
      receivedAt: e.received_at.toISOString(),
    })),
    deletionRequestedAt: row.deletion_requested_at ? row.deletion_requested_at.toISOString() : null,
    refusal:
      code === 'deletion_refused' && row.deletion_refusal
        ? {
            code: row.deletion_refusal,
            text: t(locale, `followup.refusal.${row.deletion_refusal}` as MessageKey),
          }
        : null,
    removedAt: row.deidentified_at ? row.deidentified_at.toISOString() : null,
    receiptUntil: row.receipt_until ? row.receipt_until.toISOString() : null,
    // Filled in by withFrontlineNews (frontline-news.ts), in the same transaction.
    callbacks: [],
    safetyPlan: null,
  };
}
