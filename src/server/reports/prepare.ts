import { randomUUID } from 'node:crypto';
import type { ReportInput } from '../../shared/contracts/report.ts';
import type { SealingKey, Vault } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import type { NewCaseRow, NewReportRow, ReportToWrite } from './row.ts';
import { type SealedReportContent, sealReportInput } from './sealing.ts';

const uniq = <T>(values: readonly T[]) => [...new Set(values)];

export type PrepareReportOptions = {
  reference: string;
  receiptHash: Buffer;
  receivedAt: Date;
  risk: { risk: string; reasons: string[] };
  verified: boolean;
  reportId?: string;
  /** A new case (default, status 'new'), or the id of an existing case the report joins. */
  caseId?: string;
  case?: NewCaseRow;
  idempotency?: { hash: Buffer; receiptSealed: Buffer } | null;
  synthetic?: boolean;
};

/**
 * A report's rows from what the reporter sent: classification in clear, content sealed under a fresh data
 * key (whose row is written with the report). One way from a ReportInput to a row, for intake and test
 * factories alike; the caller writes it with insertReports (insert.ts), alone or in a group.
 */
export async function prepareReport(
  deps: { vault: Pick<Vault, 'prepareDataKey' | 'seal'> },
  q: Queryable,
  input: ReportInput,
  opts: PrepareReportOptions,
): Promise<ReportToWrite & { contentKey: SealingKey }> {
  const reportId = opts.reportId ?? randomUUID();
  const { dataKey, row: dataKeyRow } = await deps.vault.prepareDataKey(q);
  const report = reportRow(input, {
    ...opts,
    id: reportId,
    caseId: opts.caseId ?? randomUUID(),
    dataKeyId: dataKey.id,
    sealed: sealReportInput(deps.vault, dataKey, reportId, input),
  });
  return {
    report,
    dataKey: dataKeyRow,
    // The report's data key, for what is sealed with it after (evidence files received with the report).
    contentKey: dataKey,
    case: opts.case ?? (opts.caseId ? 'existing' : { status: 'new', spam: false }),
  };
}

export type ReportRowOptions = Omit<PrepareReportOptions, 'reportId' | 'caseId' | 'case'> & {
  id: string;
  caseId: string;
  dataKeyId: string;
  /** The content, sealed under the data key with sealReportContent. */
  sealed: SealedReportContent;
};

/**
 * The row of a report whose content is already sealed: the one mapping from a ReportInput to the table's
 * columns, for prepareReport and for the bulk loader (which seals a whole batch under one data key).
 */
export function reportRow(input: ReportInput, opts: ReportRowOptions): NewReportRow {
  return {
    id: opts.id,
    caseId: opts.caseId,
    reference: opts.reference,
    receiptHash: opts.receiptHash,
    idempotencyHash: opts.idempotency?.hash ?? null,
    idempotencyReceiptSealed: opts.idempotency?.receiptSealed ?? null,
    dataKeyId: opts.dataKeyId,
    receivedAt: opts.receivedAt,
    language: input.language,
    incidentStartedOn: input.incident.startedOn ?? null,
    incidentEndedOn: input.incident.endedOn ?? null,
    ongoing: input.incident.ongoing,
    province: input.incident.province ?? null,
    institution: input.incident.institution || null,
    tactics: uniq(input.tactics),
    communities: uniq(input.communities),
    channels: uniq(input.channels),
    impacts: uniq(input.impacts),
    perpetratorTypes: uniq(input.perpetrators.flatMap((p) => (p.type ? [p.type] : []))),
    suspectedState: input.suspectedState ?? null,
    reporterKind: input.reporterKind,
    anonymous: input.reporter.anonymous,
    risk: opts.risk.risk,
    riskReasons: opts.risk.reasons,
    consentContact: input.consents.contact,
    consentReferralPolice: input.consents.referralToPolice,
    consentStatistics: input.consents.anonymisedStatistics,
    consentUpdates: input.consents.updates,
    verified: opts.verified,
    ...opts.sealed,
    synthetic: opts.synthetic ?? false,
  };
}
