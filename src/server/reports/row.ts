/**
 * A report as it is written: one row of `reports`, with the case it opens and the data key that seals its
 * content. The one row type of the table, for intake, the bulk loader and test factories alike.
 */
export type NewReportRow = {
  id: string;
  caseId: string;
  reference: string;
  receiptHash: Buffer;
  idempotencyHash: Buffer | null;
  idempotencyReceiptSealed: Buffer | null;
  dataKeyId: string;
  receivedAt: Date;
  language: string;
  incidentStartedOn: string | null;
  incidentEndedOn: string | null;
  ongoing: boolean;
  province: string | null;
  /** A code of the institution list, or `other` (its name is in placeSealed). */
  institution: string | null;
  tactics: string[];
  communities: string[];
  channels: string[];
  impacts: string[];
  perpetratorTypes: string[];
  suspectedState: string | null;
  reporterKind: string;
  anonymous: boolean;
  risk: string;
  riskReasons: string[];
  consentContact: boolean;
  consentReferralPolice: boolean;
  consentStatistics: boolean;
  consentUpdates: boolean;
  verified: boolean;
  narrativeSealed: Buffer;
  detailsSealed: Buffer | null;
  identitySealed: Buffer | null;
  /** The city and an unlisted institution's name, sealed (reports/sealing.ts), or null. */
  placeSealed: Buffer | null;
  /** Demo or test data, never counted with real reports. Default false. */
  synthetic?: boolean;
  /** Set when whoever writes the report also indexed it (the bulk loader); otherwise the indexer will. */
  indexedAt?: Date | null;
};

/** A data key's row, written with the report it seals (see Vault.prepareDataKey). */
export type NewDataKeyRow = { id: string; kekId: string; wrapped: Buffer };

/** The case a new report opens (intake), or an existing case it joins (a factory's second report). */
export type NewCaseRow =
  | {
      status: string;
      spam: boolean;
      /** Arrived during a flood: held apart for review (public limits, platform/http/rate-limit.ts). */
      held?: boolean;
    }
  | 'existing';

/** One report to write: its row, its data key, and its case. */
export type ReportToWrite = {
  report: NewReportRow;
  /** The data key sealing the report, written with it; null when it is already stored. */
  dataKey: NewDataKeyRow | null;
  case?: NewCaseRow;
};
