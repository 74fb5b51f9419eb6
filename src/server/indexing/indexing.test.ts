import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportInput } from '../../shared/contracts/report.ts';
import { buildApp } from '../app.ts';
import { linksOfCase } from '../campaigns/linking.ts';
import { BUSY_SUBMISSIONS, intakeUnderWay } from '../intake/pressure.ts';
import { submitReport } from '../intake/service.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { verifyAuditChain } from '../platform/audit/audit.ts';
import { searchReports } from '../search/service.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { BATCH_SIZE } from './index-pending.ts';
import { countPendingReports } from './repo.ts';
import { drainIndexing, FLOOD_BATCH_SIZE, MAX_YIELD_MS } from './worker.ts';

// Indexing as in production: the answer comes first, identifiers, links, search tokens and the audit entry
// follow from the background indexer.
let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestContext({}, { indexing: 'background' });
});
afterAll(async () => {
  await ctx?.close();
});

const input = (narrative: string, phone: string) =>
  ReportInput.parse({
    language: 'en',
    narrative,
    suspectedState: 'CN',
    perpetrators: [{ indicators: [{ kind: 'phone', value: phone }] }],
    reporter: { anonymous: true },
    consents: { contact: false, referralToPolice: false, anonymisedStatistics: true },
  });

const auditOf = async (reportId: string) =>
  (
    await ctx.deps.db.query<{ action: string; at: Date }>(
      `SELECT action, at FROM audit_log WHERE target_id = $1 ORDER BY seq`,
      [reportId],
    )
  ).rows;

/** Waits (up to 15 s) for the running server's indexer to empty the queue; returns what is left. */
async function pendingOnceIndexed() {
  const deadline = Date.now() + 15_000;
  while ((await countPendingReports(ctx.deps.db)) > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 50));
  return countPendingReports(ctx.deps.db);
}

const caseOf = async (reportId: string) =>
  (await ctx.deps.db.query<{ case_id: string }>('SELECT case_id FROM reports WHERE id = $1', [reportId]))
    .rows[0]!.case_id;

describe('the background indexer', () => {
  it('indexes through the running app: a second report with the same phone links soon after its answer', async () => {
    const post = (narrative: string, phone: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        remoteAddress: nextAddress(),
        payload: {
          language: 'en',
          narrative,
          suspectedState: 'CN',
          perpetrators: [{ indicators: [{ kind: 'phone', value: phone }] }],
        },
      });
    const a = await post('A caller threatened my mother in Urumqi.', '+86 139 1111 2222');
    const b = await post('The same man called me at work.', '0086 139-1111-2222');
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const deadline = Date.now() + 15_000;
    while ((await countPendingReports(ctx.deps.db)) > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(await countPendingReports(ctx.deps.db)).toBe(0);
    const { rows } = await ctx.deps.db.query<{ case_id: string }>(
      'SELECT case_id FROM reports WHERE reference = $1',
      [(b.json() as { reference: string }).reference],
    );
    expect((await linksOfCase(ctx.deps.db, rows[0]!.case_id)).length).toBe(1);
  });

  it('lets people reporting go first: during a flood indexing waits, then trickles in small batches', {
    timeout: 30_000,
  }, async () => {
    await drainIndexing(ctx.deps); // no drain half-way through a batch when the flood begins
    // Reports being written at the same moment, held open here: a flood, as far as the indexer can tell.
    const flood = Array.from({ length: BUSY_SUBMISSIONS }, () => intakeUnderWay(ctx.deps.db));
    const pending = () => countPendingReports(ctx.deps.db);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      const started = Date.now();
      const count = FLOOD_BATCH_SIZE + 3;
      for (let i = 0; i < count; i++) {
        const res = await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/reports',
          remoteAddress: nextAddress(),
          payload: { language: 'en', narrative: `They follow me home from the library (${i}).` },
        });
        expect(res.statusCode).toBe(201);
      }
      await sleep(Math.max(0, started + 1_000 - Date.now()));
      expect(await pending()).toBe(count); // acknowledged, linked later
      const deadline = started + 2 * MAX_YIELD_MS + 15_000;
      while ((await pending()) === count && Date.now() < deadline) await sleep(50);
      // It waited, but not indefinitely, and then took a small batch: the flood is still on.
      expect(Date.now() - started).toBeGreaterThanOrEqual(MAX_YIELD_MS - 500);
      expect(await pending()).toBe(count - FLOOD_BATCH_SIZE);
      while ((await pending()) > 0 && Date.now() < deadline) await sleep(50);
      expect(await pending()).toBe(0);
    } finally {
      for (const done of flood) done();
    }
  });

  it('keeps a report saved while no indexer runs waiting, then links, tokenises and audits it', async () => {
    // No app is running on this database for the moment (as when the CLI writes, or after a crash).
    await ctx.app.close();
    const receivedAt = new Date(Date.now() - 60_000);
    const first = await submitReport(ctx.deps, {
      input: input('They photographed me outside the consulate.', '+86 138 0013 8000'),
      verified: false,
      now: receivedAt,
    });
    const second = await submitReport(ctx.deps, {
      input: input('A man followed me after the vigil.', '+8613800138000'),
      verified: true,
    });
    expect(await countPendingReports(ctx.deps.db)).toBe(2);
    // Saved and acknowledged, not yet linked, searchable or audited.
    expect(await auditOf(first.reportId)).toEqual([]);
    expect((await searchReports(ctx.deps, { q: 'consulate', limit: 10 })).items).toEqual([]);

    expect(await drainIndexing(ctx.deps)).toBe(2);
    expect(await countPendingReports(ctx.deps.db)).toBe(0);
    const links = await linksOfCase(ctx.deps.db, await caseOf(second.reportId));
    expect(links.map((l) => l.caseId)).toEqual([await caseOf(first.reportId)]);
    const found = await searchReports(ctx.deps, { q: 'consulate', limit: 10 });
    expect(found.items.map((i) => i.reportId)).toEqual([first.reportId]);
    // The audit entry says when the report arrived, not when it was indexed; the chain stays whole.
    const entries = await auditOf(first.reportId);
    expect(entries.map((e) => e.action)).toEqual(['report.received']);
    expect(entries[0]!.at.getTime()).toBe(receivedAt.getTime());
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
    // Indexing twice does nothing twice.
    expect(await drainIndexing(ctx.deps)).toBe(0);
    expect(await auditOf(first.reportId)).toHaveLength(1);
  });

  it('picks up what waits when the server starts, and one report it cannot index does not hold up the rest', async () => {
    const broken = await submitReport(ctx.deps, {
      input: input('This one was damaged on disk.', '+86 137 0000 1111'),
      verified: false,
    });
    const fine = await submitReport(ctx.deps, {
      input: input('Threats against my brother in Kashgar.', '+86 137 0000 1111'),
      verified: false,
    });
    // Damage the first report's sealed narrative: it can no longer be opened, so it cannot be indexed.
    await ctx.deps.db.query('UPDATE reports SET narrative_sealed = $2 WHERE id = $1', [
      broken.reportId,
      randomBytes(80),
    ]);
    expect(await countPendingReports(ctx.deps.db)).toBe(2);

    // A server starting on this database indexes what waits without being asked.
    const app = await buildApp(ctx.deps, { logger: false });
    try {
      await app.ready();
      expect(await pendingOnceIndexed()).toBe(0);
      // Both arrivals are recorded; the healthy report is searchable; the damaged one is not indexed.
      expect((await auditOf(broken.reportId)).map((e) => e.action)).toEqual(['report.received']);
      expect((await auditOf(fine.reportId)).map((e) => e.action)).toEqual(['report.received']);
      const found = await searchReports(ctx.deps, { q: 'Kashgar', limit: 10 });
      expect(found.items.map((i) => i.reportId)).toEqual([fine.reportId]);
      const occurrences = await ctx.deps.db.query<{ report_id: string }>(
        'SELECT report_id FROM indicator_occurrences WHERE report_id = ANY($1::uuid[])',
        [[broken.reportId, fine.reportId]],
      );
      expect(occurrences.rows.map((r) => r.report_id)).toEqual([fine.reportId]);
      expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
    } finally {
      await app.close();
    }
  });

  it('stops with the batch under way when the server stops, and the next start indexes the rest', async () => {
    const backlog = BATCH_SIZE + 30;
    for (let i = 0; i < backlog; i++) {
      await submitReport(ctx.deps, {
        input: input(`Report ${i} of a backlog.`, `+86 139 0000 ${String(1000 + i)}`),
        verified: false,
      });
    }
    expect(await countPendingReports(ctx.deps.db)).toBe(backlog);

    // The server starts (its indexer takes a first batch at once) and is asked to stop straight away: it
    // stops after that batch, not after the whole backlog.
    const app = await buildApp(ctx.deps, { logger: false });
    await app.ready();
    await app.close();
    const left = await countPendingReports(ctx.deps.db);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(backlog);

    // Nothing is lost: the next server indexes what is left.
    const next = await buildApp(ctx.deps, { logger: false });
    try {
      await next.ready();
      expect(await pendingOnceIndexed()).toBe(0);
    } finally {
      await next.close();
    }
  });
});
