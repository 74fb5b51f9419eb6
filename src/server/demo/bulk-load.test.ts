import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../shared/contracts/cases.ts';
import { signInAs } from '../auth/testing.ts';
import { normalisePhone } from '../indicators/normalise.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { searchReports } from '../search/service.ts';
import { tokenise } from '../search/tokens.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { Preparer, writeBatch } from './bulk-batch.ts';
import { bulkLoadReports } from './bulk-load.ts';
import { generateReports, type SyntheticReport } from './generate.ts';

const COUNT = 300;
const SEED = 11;

describe('bulk loading synthetic reports', () => {
  let ctx: TestContext;
  /** The generator's truth, by report id (matched on the arrival time, unique to the millisecond). */
  const truth = new Map<string, SyntheticReport>();
  let progress: number[] = [];
  let result: Awaited<ReturnType<typeof bulkLoadReports>>;

  beforeAll(async () => {
    ctx = await startTestContext();
    progress = [];
    result = await bulkLoadReports(ctx.deps, {
      count: COUNT,
      seed: SEED,
      batchSize: 70,
      actor: { type: 'cli' },
      onProgress: (done) => progress.push(done),
    });
    const byArrival = new Map(
      [...generateReports({ count: COUNT, seed: SEED })].map((r) => [r.receivedAt.getTime(), r]),
    );
    const { rows } = await ctx.deps.db.query<{ id: string; received_at: Date }>(
      'SELECT id, received_at FROM reports',
    );
    for (const row of rows) truth.set(row.id, byArrival.get(new Date(row.received_at).getTime())!);
  }, 180_000);
  afterAll(() => ctx.close());

  it('stores every report once, with its case, flagged synthetic and already indexed', async () => {
    expect(result.reports).toBe(COUNT);
    expect(progress).toEqual([0, 70, 140, 210, 280, 300]);
    expect(truth.size).toBe(COUNT);
    expect([...truth.values()].every((r) => r !== undefined)).toBe(true);
    const { rows } = await ctx.deps.db.query<Record<string, number>>(
      `SELECT count(*)::int AS reports,
              count(*) FILTER (WHERE synthetic AND verified)::int AS synthetic,
              count(*) FILTER (WHERE indexed_at IS NOT NULL)::int AS indexed,
              count(DISTINCT case_id)::int AS cases,
              (SELECT count(*)::int FROM cases) AS case_rows,
              (SELECT count(*)::int FROM reports r JOIN cases c ON c.id = r.case_id
                WHERE c.reference = r.reference AND c.opened_at = r.received_at AND c.risk = r.risk) AS matching
         FROM reports`,
    );
    expect(rows[0]).toEqual({
      reports: COUNT,
      synthetic: COUNT,
      indexed: COUNT,
      cases: COUNT,
      case_rows: COUNT,
      matching: COUNT,
    });
  });

  it('seals what the reporter wrote: staff read it through the case view, with its identifiers', async () => {
    const officer = await signInAs(ctx, 'intake_officer');
    const [reportId, synthetic] = [...truth.entries()].find(
      ([, r]) => !r.input.reporter?.anonymous && r.identifiers.some((i) => i.kind === 'phone'),
    )!;
    const { rows } = await ctx.deps.db.query<{ case_id: string }>(
      'SELECT case_id FROM reports WHERE id = $1',
      [reportId],
    );
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${rows[0]!.case_id}`,
      headers: officer.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = (res.json() as CaseView).reports[0]!;
    expect(report.narrative).toBe(synthetic.input.narrative);
    expect(report.narrative?.startsWith('[SYNTHETIC]')).toBe(true);
    const phones = synthetic.identifiers.filter((i) => i.kind === 'phone').map((i) => i.canonical);
    // Shown as the reporter wrote it (+86 150 …, 0086…, ＋８６…): the same number as the generator's.
    const context = { suspectedState: report.classification.suspectedState };
    expect(
      report.identifiers?.filter((i) => i.kind === 'phone').map((i) => normalisePhone(i.value, context)),
    ).toEqual(expect.arrayContaining(phones));
    // Nothing readable in the database itself.
    const plain = await ctx.deps.db.query(
      "SELECT 1 FROM reports WHERE encode(narrative_sealed, 'escape') LIKE '%SYNTHETIC%'",
    );
    expect(plain.rows).toHaveLength(0);
  });

  it('links the reports that share an identifier into one campaign, and no others', async () => {
    const { rows } = await ctx.deps.db.query<{ report_id: string; campaign_id: string }>(
      `SELECT r.id AS report_id, m.campaign_id FROM reports r JOIN campaign_members m ON m.case_id = r.case_id`,
    );
    const campaignOf = new Map(rows.map((r) => [r.report_id, r.campaign_id]));
    expect(result.campaigns).toBe(new Set(campaignOf.values()).size);
    expect(result.campaigns).toBeGreaterThan(3);
    // Recall: every two reports that mention the same identifier (however written) are in one campaign.
    const byIdentifier = new Map<string, string[]>();
    for (const [id, r] of truth)
      for (const i of r.identifiers) {
        const key = `${i.kind}:${i.canonical}`;
        byIdentifier.set(key, [...(byIdentifier.get(key) ?? []), id]);
      }
    let shared = 0;
    for (const ids of byIdentifier.values()) {
      if (ids.length < 2) continue;
      shared++;
      expect(new Set(ids.map((id) => campaignOf.get(id))).size).toBe(1);
      expect(campaignOf.get(ids[0]!)).toBeDefined();
    }
    expect(shared).toBeGreaterThan(10);
    // Precision: a campaign holds reports of one synthetic campaign only.
    const members = new Map<string, Set<number | null>>();
    for (const [reportId, campaignId] of campaignOf) {
      const set = members.get(campaignId) ?? new Set();
      set.add(truth.get(reportId)!.campaign);
      members.set(campaignId, set);
    }
    for (const set of members.values()) {
      expect(set.size).toBe(1);
      expect([...set][0]).not.toBeNull();
    }
  });

  it('makes every report findable by a word of its narrative', async () => {
    for (const word of ['rallies', 'vigile', '集会']) {
      const expected = [...truth.entries()]
        .filter(([, r]) => tokenise(r.input.narrative).includes(word))
        .map(([id]) => id);
      const found = await searchReports(ctx.deps, { q: word, limit: COUNT });
      expect(found.items.map((i) => i.reportId).sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('keeps every identifier once, its count true, and writes one audit entry for the load', async () => {
    const { rows } = await ctx.deps.db.query<{ wrong: number; values: number }>(
      `SELECT count(*) FILTER (WHERE v.occurrence_count <>
                (SELECT count(*) FROM indicator_occurrences o WHERE o.value_id = v.id))::int AS wrong,
              count(*)::int AS values
         FROM indicator_values v`,
    );
    expect(rows[0]).toEqual({ wrong: 0, values: result.values });
    const audit = await ctx.deps.db.query<{
      action: string;
      actor_type: string;
      meta: Record<string, unknown>;
    }>("SELECT action, actor_type, meta FROM audit_log WHERE action LIKE 'demo.%'");
    expect(audit.rows).toEqual([
      {
        action: 'demo.reports_loaded',
        actor_type: 'cli',
        meta: expect.objectContaining({ reports: COUNT, requested: COUNT, completed: true }),
      },
    ]);
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
  }, 120_000);

  it('adds to what is there: a second load reuses the stored identifiers instead of duplicating them', async () => {
    const before = await ctx.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM indicator_values');
    const again = await bulkLoadReports(ctx.deps, { count: COUNT, seed: SEED });
    expect(again.reports).toBe(COUNT);
    const { rows } = await ctx.deps.db.query<{ reports: number; values: number; wrong: number }>(
      `SELECT (SELECT count(*)::int FROM reports) AS reports,
              (SELECT count(*)::int FROM indicator_values) AS values,
              (SELECT count(*)::int FROM indicator_values v WHERE v.occurrence_count <>
                (SELECT count(*) FROM indicator_occurrences o WHERE o.value_id = v.id)) AS wrong`,
    );
    // The same seed brings the same identifiers: all of them were stored already.
    expect(rows[0]).toEqual({ reports: 2 * COUNT, values: before.rows[0]!.n, wrong: 0 });
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
  }, 120_000);

  it('gives a batch whose references met stored reports new ones, and writes it then', async () => {
    const preparer = new Preparer(ctx.deps, { stamp: Date.now(), batchSize: 3, part: 0, parts: 1 });
    const { dataKey, row } = await ctx.deps.vault.prepareDataKey(ctx.deps.db);
    const batch = await preparer.prepare([...generateReports({ count: 3, seed: 13 })], dataKey, 0);
    // A case stored before the load already holds the reference drawn for the batch's second report.
    const taken = batch.reports[1]!.report.reference;
    await ctx.deps.db.query(
      'UPDATE cases SET reference = $1 WHERE id = (SELECT min(id::text)::uuid FROM cases)',
      [taken],
    );
    const write = () =>
      ctx.deps.db.transaction((tx) => writeBatch(tx, batch, { dataKey: row, indexedAt: ctx.clock.now() }));
    await expect(write()).rejects.toMatchObject({ code: '23505' });
    preparer.renumber(batch);
    await write();
    const ids = batch.reports.map((w) => w.report.id);
    const { rows } = await ctx.deps.db.query<{ reference: string; case_reference: string }>(
      `SELECT r.reference, c.reference AS case_reference FROM reports r JOIN cases c ON c.id = r.case_id
        WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.case_reference).toBe(r.reference);
      expect(r.reference).not.toBe(taken);
      expect(r.reference).toMatch(/^FP-[A-Z0-9]{7}$/);
    }
  });

  it('says in its audit entry when a load stopped half-way, counting what it wrote', async () => {
    const failing = bulkLoadReports(ctx.deps, {
      count: 200,
      seed: 12,
      batchSize: 50,
      onProgress: (done) => {
        if (done >= 100) throw new Error('stopped by the operator');
      },
    });
    await expect(failing).rejects.toThrow('stopped by the operator');
    const { rows } = await ctx.deps.db.query<{ meta: Record<string, unknown> }>(
      "SELECT meta FROM audit_log WHERE action = 'demo.reports_loaded' ORDER BY seq DESC LIMIT 1",
    );
    expect(rows[0]?.meta).toMatchObject({ reports: 100, requested: 200, completed: false });
    expect((await verifyAuditChain(ctx.deps)).ok).toBe(true);
  }, 120_000);
});
