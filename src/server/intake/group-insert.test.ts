import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { insertReportGrouped, MAX_STATEMENTS_IN_FLIGHT } from './group-insert.ts';
import type { NewReportRow } from './repo.ts';
import { newReference } from './service.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

/** A report row as intake builds it (the sealed values are opaque bytes to the statement). */
async function aReport(overrides: Partial<NewReportRow> = {}) {
  const { dataKey, row: dataKeyRow } = await ctx.deps.vault.prepareDataKey(ctx.deps.db);
  const report: NewReportRow = {
    id: randomUUID(),
    caseId: randomUUID(),
    reference: newReference(),
    receiptHash: randomBytes(32),
    idempotencyHash: null,
    idempotencyReceiptSealed: null,
    dataKeyId: dataKey.id,
    receivedAt: new Date('2026-11-20T10:00:00Z'),
    language: 'fr',
    incidentStartedOn: '2026-11-01',
    incidentEndedOn: null,
    ongoing: true,
    province: 'QC',
    city: 'Montréal',
    institution: null,
    tactics: ['death_threat', 'online_monitoring'],
    communities: ['uyghur'],
    channels: [],
    impacts: ['fear_for_safety'],
    perpetratorTypes: [],
    suspectedState: 'CN',
    reporterKind: 'self',
    anonymous: true,
    risk: 'immediate',
    riskReasons: ['death_threat'],
    consentContact: true,
    consentReferralPolice: false,
    consentStatistics: true,
    consentUpdates: false,
    verified: false,
    narrativeSealed: randomBytes(300),
    detailsSealed: null,
    identitySealed: randomBytes(80),
    ...overrides,
  };
  return { report, dataKeyRow };
}

const stored = async (ids: string[]) =>
  (
    await ctx.deps.db.query<{
      id: string;
      reference: string;
      tactics: string[];
      channels: string[];
      risk_reasons: string[];
      city: string;
      institution: string | null;
      narrative_sealed: unknown;
      case_reference: string;
    }>(
      `SELECT r.id, r.reference, r.tactics, r.channels, r.risk_reasons, r.city, r.institution, r.narrative_sealed,
              c.reference AS case_reference
         FROM reports r JOIN cases c ON c.id = r.case_id WHERE r.id = ANY($1::uuid[])`,
      [ids],
    )
  ).rows;

describe('group insert', () => {
  it('writes reports that arrive together, each whole, as one alone would be', async () => {
    const count = MAX_STATEMENTS_IN_FLIGHT + 12; // the first few go alone, the rest wait and go together
    const rows = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        aReport({ tactics: i % 2 ? ['harassment'] : ['death_threat', 'online_monitoring'] }),
      ),
    );
    await Promise.all(rows.map((r) => insertReportGrouped(ctx.deps.db, r.report, r.dataKeyRow)));
    const found = await stored(rows.map((r) => r.report.id));
    expect(found).toHaveLength(count);
    for (const { report } of rows) {
      const row = found.find((f) => f.id === report.id)!;
      expect(row.reference).toBe(report.reference);
      expect(row.case_reference).toBe(report.reference);
      expect(row.tactics).toEqual(report.tactics);
      expect(row.channels).toEqual([]);
      expect(row.risk_reasons).toEqual(['death_threat']);
      expect(row.city).toBe('Montréal');
      expect(row.institution).toBeNull();
      expect(Buffer.from(row.narrative_sealed as Uint8Array).equals(report.narrativeSealed)).toBe(true);
    }
  });

  it('lets one failing report fail alone: the others of its group are written, it gets its own error', async () => {
    const taken = (await aReport()).report.reference;
    const first = await aReport({ reference: taken });
    await insertReportGrouped(ctx.deps.db, first.report, first.dataKeyRow);

    const rows = await Promise.all(
      Array.from({ length: MAX_STATEMENTS_IN_FLIGHT + 6 }, (_, i) =>
        // One of those that will wait and be grouped reuses a reference already taken.
        aReport(i === MAX_STATEMENTS_IN_FLIGHT + 2 ? { reference: taken } : {}),
      ),
    );
    const outcomes = await Promise.allSettled(
      rows.map((r) => insertReportGrouped(ctx.deps.db, r.report, r.dataKeyRow)),
    );
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ i, err: o.reason }] : []));
    expect(failed.map((f) => f.i)).toEqual([MAX_STATEMENTS_IN_FLIGHT + 2]);
    expect((failed[0]!.err as { code?: string }).code).toBe('23505'); // what intake retries with a new reference
    const found = await stored(rows.map((r) => r.report.id));
    expect(found).toHaveLength(rows.length - 1);
  });
});
