import { randomBytes, randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.ts';

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
  const at = seed.receivedAt ?? new Date('2026-03-15T12:00:00Z');
  return deps.db.transaction(async (tx) => {
    const caseId = seed.caseId ?? randomUUID();
    if (!seed.caseId) {
      await tx.query(
        `INSERT INTO cases (id, reference, status, risk, opened_at, spam, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $5)`,
        [caseId, reference, seed.status ?? 'new', seed.risk ?? 'medium', at, seed.spam ?? false],
      );
    }
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO reports (id, reference, case_id, receipt_hash, data_key_id, received_at, language, province,
         tactics, communities, channels, perpetrator_types, impacts, suspected_state, anonymous, risk,
         consent_statistics, synthetic, narrative_sealed, identity_sealed)
       VALUES ($1, $2, $3, $4, $5, $6, 'en', $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        reportId,
        reference,
        caseId,
        randomBytes(32),
        key.id,
        at,
        seed.province === undefined ? 'ON' : seed.province,
        seed.tactics ?? ['death_threat'],
        seed.communities ?? ['uyghur'],
        seed.channels ?? ['messaging_app'],
        seed.perpetratorTypes ?? [],
        seed.impacts ?? [],
        seed.suspectedState === undefined ? 'CN' : seed.suspectedState,
        seed.identity == null,
        seed.risk ?? 'medium',
        seed.consentStatistics ?? true,
        seed.synthetic ?? false,
        deps.vault.seal(key, seed.narrative ?? 'They called me at night.', `report.narrative:${reportId}`),
        seed.identity
          ? deps.vault.seal(key, JSON.stringify(seed.identity), `report.identity:${reportId}`)
          : null,
      ],
    );
    return { caseId, reportId, reference };
  });
}
