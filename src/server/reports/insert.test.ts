import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { insertReports, REPORT_GROUP } from './insert.ts';
import { newReference } from './reference.ts';
import type { NewReportRow } from './row.ts';

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
    placeSealed: randomBytes(70),
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
      institution: string | null;
      receipt_hash: unknown;
      idempotency_hash: unknown;
      idempotency_receipt_sealed: unknown;
      narrative_sealed: unknown;
      details_sealed: unknown;
      identity_sealed: unknown;
      place_sealed: unknown;
      wrapped: unknown;
      case_reference: string;
    }>(
      `SELECT r.id, r.reference, r.tactics, r.channels, r.risk_reasons, r.institution, r.receipt_hash,
              r.idempotency_hash, r.idempotency_receipt_sealed, r.narrative_sealed, r.details_sealed,
              r.identity_sealed, r.place_sealed, d.wrapped, c.reference AS case_reference
         FROM reports r JOIN cases c ON c.id = r.case_id JOIN data_keys d ON d.id = r.data_key_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    )
  ).rows;

const write = (r: { report: NewReportRow; dataKeyRow: { id: string; kekId: string; wrapped: Buffer } }) =>
  ctx.deps.runtime.groupWriter.write(REPORT_GROUP, { report: r.report, dataKey: r.dataKeyRow });
const inFlight = () => ctx.deps.runtime.groupWriter.maxInFlight;

describe('writing reports, alone or in a group during a flood', () => {
  it('writes reports that arrive together, each whole, as one alone would be', async () => {
    const count = inFlight() + 12; // the first few go alone, the rest wait and go together
    const rows = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        aReport({
          tactics: i % 2 ? ['harassment'] : ['death_threat', 'online_monitoring'],
          // Binary values of different lengths, some absent: each must come back byte for byte.
          idempotencyHash: i % 3 ? randomBytes(32) : null,
          idempotencyReceiptSealed: i % 3 ? randomBytes(40 + i) : null,
          detailsSealed: i % 2 ? randomBytes(100 + i) : null,
          identitySealed: i % 4 ? randomBytes(60 + i) : null,
          placeSealed: i % 5 ? randomBytes(50 + i) : null,
        }),
      ),
    );
    await Promise.all(rows.map(write));
    const found = await stored(rows.map((r) => r.report.id));
    expect(found).toHaveLength(count);
    for (const { report, dataKeyRow } of rows) {
      const row = found.find((f) => f.id === report.id)!;
      expect(row.reference).toBe(report.reference);
      expect(row.case_reference).toBe(report.reference);
      expect(row.tactics).toEqual(report.tactics);
      expect(row.channels).toEqual([]);
      expect(row.risk_reasons).toEqual(['death_threat']);
      expect(row.institution).toBeNull();
      const bytes = (v: unknown) => (v === null ? null : Buffer.from(v as Uint8Array).toString('hex'));
      const hex = (b: Buffer | null) => (b === null ? null : b.toString('hex'));
      expect(bytes(row.receipt_hash)).toBe(hex(report.receiptHash));
      expect(bytes(row.idempotency_hash)).toBe(hex(report.idempotencyHash));
      expect(bytes(row.idempotency_receipt_sealed)).toBe(hex(report.idempotencyReceiptSealed));
      expect(bytes(row.narrative_sealed)).toBe(hex(report.narrativeSealed));
      expect(bytes(row.details_sealed)).toBe(hex(report.detailsSealed));
      expect(bytes(row.identity_sealed)).toBe(hex(report.identitySealed));
      expect(bytes(row.place_sealed)).toBe(hex(report.placeSealed));
      expect(bytes(row.wrapped)).toBe(hex(dataKeyRow.wrapped));
    }
  });

  it('lets one failing report fail alone: the others of its group are written, it gets its own error', async () => {
    const taken = (await aReport()).report.reference;
    const first = await aReport({ reference: taken });
    await write(first);

    const rows = await Promise.all(
      Array.from({ length: inFlight() + 6 }, (_, i) =>
        // One of those that will wait and be grouped reuses a reference already taken.
        aReport(i === inFlight() + 2 ? { reference: taken } : {}),
      ),
    );
    const outcomes = await Promise.allSettled(rows.map(write));
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ i, err: o.reason }] : []));
    expect(failed.map((f) => f.i)).toEqual([inFlight() + 2]);
    expect((failed[0]!.err as { code?: string }).code).toBe('23505'); // what intake retries with a new reference
    const found = await stored(rows.map((r) => r.report.id));
    expect(found).toHaveLength(rows.length - 1);
  });

  it('stores text as the reporter wrote it, whatever characters an array literal gives meaning to', async () => {
    const awkward = ['a,b', 'say "no"', 'back\\slash', '{braces}', 'NULL', '', ' spaced ', '北京'];
    const { report, dataKeyRow } = await aReport({
      // An unquoted NULL in an array literal is SQL's null whatever its case; a code is lower case.
      institution: 'null',
      tactics: awkward,
      channels: [],
      riskReasons: ['NULL'],
      incidentStartedOn: '2026-10-31',
      receivedAt: new Date('2026-11-20T10:00:00.123Z'),
      indexedAt: new Date('2026-11-20T10:00:05.456Z'),
      synthetic: true,
    });
    // A second report on the same data key joins the first one's case (a bulk batch, a factory's second report).
    const second = (await aReport({ caseId: report.caseId, dataKeyId: report.dataKeyId })).report;
    await insertReports(ctx.deps.db, [
      { report, dataKey: dataKeyRow, case: { status: 'triaged', spam: true } },
      { report: second, dataKey: dataKeyRow, case: 'existing' },
    ]);
    const [row] = await stored([report.id]);
    expect(row).toMatchObject({ institution: 'null', tactics: awkward, channels: [] });
    expect(row?.risk_reasons).toEqual(['NULL']);
    const { rows } = await ctx.deps.db.query<Record<string, unknown>>(
      `SELECT r.incident_started_on::text AS started, r.received_at, r.indexed_at, r.synthetic, c.status, c.spam,
              (SELECT count(*)::int FROM reports WHERE case_id = r.case_id) AS reports
         FROM reports r JOIN cases c ON c.id = r.case_id WHERE r.id = $1`,
      [report.id],
    );
    expect(rows[0]).toEqual({
      started: '2026-10-31',
      received_at: report.receivedAt,
      indexed_at: report.indexedAt,
      synthetic: true,
      status: 'triaged',
      spam: true,
      reports: 2,
    });
  });
});
