import { randomBytes, randomUUID } from 'node:crypto';
import type { ReportInput } from '../../shared/contracts/report.ts';
import type { AppDeps } from '../deps.ts';
import { insertReports } from '../reports/insert.ts';
import { prepareReport } from '../reports/prepare.ts';

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
};

export async function insertReport(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  seed: ReportSeed = {},
): Promise<{ caseId: string; reportId: string; reference: string }> {
  const reportId = randomUUID();
  const reference = `FP-${randomBytes(4).toString('hex').toUpperCase().slice(0, 7)}`;
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
  return deps.db.transaction(async (tx) => {
    const caseId = seed.caseId ?? randomUUID();
    await insertReports(tx, [
      await prepareReport(deps, tx, input, {
        reportId,
        caseId,
        case: seed.caseId ? 'existing' : { status: seed.status ?? 'new', spam: seed.spam ?? false },
        reference,
        receiptHash: randomBytes(32),
        receivedAt: seed.receivedAt ?? new Date('2026-03-15T12:00:00Z'),
        risk: { risk: seed.risk ?? 'medium', reasons: [] },
        verified: true,
        synthetic: seed.synthetic ?? false,
      }),
    ]);
    return { caseId, reportId, reference };
  });
}
