import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.ts';
import { insertReport, type ReportSeed } from '../exports/test-factory.ts';

/**
 * Test data for dashboards and periodic reports, built on the exports factory: a report with an
 * optional institution, a case acknowledged after some hours, a referral sent with an outcome, a campaign.
 */
export type DashboardSeed = ReportSeed & { institution?: string; acknowledgedAfterHours?: number };

export async function seedReport(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  seed: DashboardSeed = {},
): Promise<{ caseId: string; reportId: string }> {
  const made = await insertReport(deps, seed);
  // As the product does it: a report's classification or a case's acknowledgement changes with the
  // case's updated_at.
  if (seed.institution) {
    await deps.db.query('UPDATE reports SET institution = $1 WHERE id = $2', [
      seed.institution,
      made.reportId,
    ]);
    await deps.db.query('UPDATE cases SET updated_at = now() WHERE id = $1', [made.caseId]);
  }
  if (seed.acknowledgedAfterHours !== undefined) {
    await deps.db.query(
      `UPDATE cases SET acknowledged_at = opened_at + make_interval(secs => $1::float8), updated_at = now()
        WHERE id = $2`,
      [seed.acknowledgedAfterHours * 3600, made.caseId],
    );
  }
  return made;
}

export async function seedReferral(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  opts: { caseId: string; partnerOrgId: string; createdBy: string; outcome?: string | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const key = await deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO referrals (id, case_id, partner_org_id, basis, status, consent_relied_on, created_by, created_at,
                              sent_at, data_key_id, purpose_sealed, package_sha256, outcome, outcome_at, updated_at)
       VALUES ($1, $2, $3, 'consent', 'sent', 'referral_police', $4, now(), now(), $5, $6, $7, $8,
               CASE WHEN $8::text IS NULL THEN NULL ELSE now() END, now())`,
      [
        randomUUID(),
        opts.caseId,
        opts.partnerOrgId,
        opts.createdBy,
        key.id,
        deps.vault.seal(key, 'purpose', 'referral.purpose'),
        'ab'.repeat(32),
        opts.outcome ?? null,
      ],
    );
  });
}

export async function seedCampaign(
  deps: Pick<AppDeps, 'db'>,
  opts: { status: 'suggested' | 'confirmed' | 'rejected'; caseIds: string[] },
): Promise<string> {
  const id = randomUUID();
  // One transaction, as linking writes a campaign with its members.
  await deps.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO campaigns (id, status, created_at, updated_at) VALUES ($1, $2, now(), now())`,
      [id, opts.status],
    );
    for (const caseId of opts.caseIds) {
      await tx.query('INSERT INTO campaign_members (campaign_id, case_id, added_at) VALUES ($1, $2, now())', [
        id,
        caseId,
      ]);
    }
  });
  return id;
}
