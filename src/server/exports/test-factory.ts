import { randomBytes } from 'node:crypto';
import type { ReportInput } from '../../shared/contracts/report.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { insertReports } from '../reports/insert.ts';
import { prepareReport } from '../reports/prepare.ts';
import { newReference } from '../reports/reference.ts';
import type { ReportToWrite } from '../reports/row.ts';

/**
 * Test data for statistics and exports: a case with one report, written as migration 0003 describes —
 * classification in clear, narrative and identity sealed under the report's own data key.
 */
export type ReportSeed = {
  receivedAt?: Date;
  province?: string | null;
  tactics?: string[];
  communities?: string[];
  channels?: string[];
  perpetratorTypes?: string[];
  impacts?: string[];
  suspectedState?: string | null;
  risk?: 'immediate' | 'high' | 'medium' | 'low';
  status?: 'new' | 'triaged' | 'in_progress' | 'referred' | 'closed';
  consentStatistics?: boolean;
  spam?: boolean;
  synthetic?: boolean;
  narrative?: string;
  identity?: { name: string; email: string } | null;
  /** Adds the report to this case instead of opening a new one. */
  caseId?: string;
  /** Already indexed at this time, as the demo bulk loader writes its reports (default: left to the indexer). */
  indexedAt?: Date;
};

export async function insertReport(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  seed: ReportSeed = {},
): Promise<{ caseId: string; reportId: string; reference: string }> {
  return deps.db.transaction(async (tx) => {
    const row = await seedReportRow(deps, tx, seed);
    await insertReports(tx, [row]);
    const { report } = row;
    return { caseId: report.caseId, reportId: report.id, reference: report.reference };
  });
}

/** The rows insertReport writes, for a test that writes many reports in one statement (insertReports). */
export async function seedReportRow(
  deps: Pick<AppDeps, 'vault'>,
  tx: Queryable,
  seed: ReportSeed = {},
): Promise<ReportToWrite> {
  // Built as intake's validated input would be, without validation: tests choose any codes (random data).
  const input = {
    language: 'en',
    inDangerNow: false,
    reporterKind: 'self',
    narrative: seed.narrative ?? 'They called me at night.',
    incident: { ongoing: false, ...(seed.province === null ? {} : { province: seed.province ?? 'ON' }) },
    tactics: seed.tactics ?? ['death_threat'],
    communities: seed.communities ?? ['uyghur'],
    channels: seed.channels ?? ['messaging_app'],
    impacts: seed.impacts ?? [],
    ...(seed.suspectedState === null ? {} : { suspectedState: seed.suspectedState ?? 'CN' }),
    perpetrators: (seed.perpetratorTypes ?? []).map((type) => ({ type, indicators: [] })),
    reporter: seed.identity ? { anonymous: false, ...seed.identity } : { anonymous: true },
    consents: {
      contact: false,
      referralToPolice: false,
      anonymisedStatistics: seed.consentStatistics ?? true,
      updates: true,
    },
  } as ReportInput;
  const row = await prepareReport(deps, tx, input, {
    ...(seed.caseId
      ? { caseId: seed.caseId, case: 'existing' }
      : { case: { status: seed.status ?? 'new', spam: seed.spam ?? false } }),
    reference: newReference(),
    receiptHash: randomBytes(32),
    receivedAt: seed.receivedAt ?? new Date('2026-03-15T12:00:00Z'),
    risk: { risk: seed.risk ?? 'medium', reasons: [] },
    verified: true,
    synthetic: seed.synthetic ?? false,
  });
  row.report.indexedAt = seed.indexedAt ?? null;
  return row;
}
