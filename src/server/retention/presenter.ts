import type { DeletionRequest, DisposedSummary, LegalHold } from '../../shared/contracts/retention.ts';
import type { DeletionRequestRow, HoldRow, MonthRow } from './repo.ts';

/** Rows to API shapes, one per entity. */

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null) => (d ? iso(d) : null);

export function presentHold(row: HoldRow, reason: string | null, now: Date): LegalHold {
  const reviewOn = String(row.review_on).slice(0, 10);
  return {
    id: row.id,
    caseId: row.case_id,
    reference: row.reference,
    basis: row.basis,
    reason,
    placedBy: row.placed_by_name,
    placedAt: iso(row.placed_at),
    reviewOn,
    reviewDue: !row.lifted_at && reviewOn <= now.toISOString().slice(0, 10),
    reviewedAt: isoOrNull(row.reviewed_at),
    liftedAt: isoOrNull(row.lifted_at),
  };
}

export const presentDeletionRequest = (row: DeletionRequestRow): DeletionRequest => ({
  reportId: row.report_id,
  reference: row.reference,
  caseId: row.case_id,
  caseReference: row.case_reference,
  caseStatus: row.case_status,
  requestedAt: iso(row.requested_at),
  held: row.held,
  referred: row.referred,
  decision: row.decision,
  refusal: row.refusal,
  decidedAt: isoOrNull(row.decided_at),
});

export const presentSummary = (
  months: readonly MonthRow[],
  open: { holds: number; requests: number },
): DisposedSummary => ({
  months: months.map((m) => ({
    month: m.month,
    deidentified: m.deidentified,
    destroyed: m.destroyed,
    onRequest: m.on_request,
  })),
  activeHolds: open.holds,
  pendingDeletionRequests: open.requests,
});
