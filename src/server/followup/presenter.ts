import type { FollowupMessage, FollowupStatus, FollowupView } from '../../shared/contracts/followup.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import type { EvidenceRow, ReporterReportRow } from './repo.ts';

/**
 * What the reporter is told, in one visible place. Internal details stay inside: no assignee, no risk,
 * no staff names, no classification. A referral is mentioned only when the reporter asked to be told.
 */
export function reporterStatus(
  caseStatus: string,
  row: Pick<ReporterReportRow, 'consent_updates' | 'deletion_requested_at'>,
): FollowupStatus {
  if (row.deletion_requested_at) return 'deletion_requested';
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
    // Filled in by withFrontlineNews (frontline-news.ts), in the same transaction.
    callbacks: [],
    safetyPlan: null,
  };
}
