import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportInput } from '../../shared/contracts/report.ts';
import { buildApp } from '../app.ts';
import { signInAs } from '../auth/testing.ts';
import { linksOfCase } from '../campaigns/linking.ts';
import { submitReport } from '../intake/service.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { verifyAuditChain } from '../platform/audit/verify.ts';
import { DEFAULT_PRESSURE } from '../platform/jobs/pressure.ts';
import { searchReports } from '../search/service.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { BATCH_SIZE, QUARANTINE_FIRST_RETRY_MS } from './index-pending.ts';
import { FLOOD_BATCH_SIZE, indexAllPending, MAX_YIELD_MS, NUDGE_DELAY_MS } from './job.ts';
import { countPendingReports } from './repo.ts';

// Indexing as in production: the answer comes first, identifiers, links, search tokens and the audit entry
// follow from the background indexer, run by the scheduler on the test's clock.
let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestContext();
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
    // Answered first; linked once the nudge's short delay has passed.
    expect(await countPendingReports(ctx.deps.db)).toBe(2);
    await ctx.advance(NUDGE_DELAY_MS);
    expect(await countPendingReports(ctx.deps.db)).toBe(0);
    const { rows } = await ctx.deps.db.query<{ case_id: string }>(
      'SELECT case_id FROM reports WHERE reference = $1',
      [(b.json() as { reference: string }).reference],
    );
    expect((await linksOfCase(ctx.deps.db, rows[0]!.case_id)).length).toBe(1);
  });

  it('lets people reporting go first: during a flood indexing waits, then trickles in small batches', async () => {
    await ctx.settle();
    // Reports being written at the same moment, held open here: a flood, as far as the indexer can tell.
    const flood = Array.from({ length: DEFAULT_PRESSURE.busySubmissions }, () =>
      ctx.deps.runtime.pressure.underWay(),
    );
    const pending = () => countPendingReports(ctx.deps.db);
    try {
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
      await ctx.advance(NUDGE_DELAY_MS + MAX_YIELD_MS - 1);
      expect(await pending()).toBe(count); // acknowledged, linked later
      // It waited, but not indefinitely, and then took a small batch: the flood is still on.
      await ctx.advance(100);
      expect(await pending()).toBe(count - FLOOD_BATCH_SIZE);
    } finally {
      for (const done of flood) done();
    }
    // Calm again: the rest follows at once.
    await ctx.advance(DEFAULT_PRESSURE.calmAfterMs + MAX_YIELD_MS);
    expect(await pending()).toBe(0);
  });

  it('keeps a report saved while no indexer runs waiting, then links, tokenises and audits it', async () => {
    // No app is running on this database for the moment (as when the CLI writes, or after a crash).
    await ctx.app.close();
    const receivedAt = new Date(ctx.clock.ms() - 60_000);
    const first = await submitReport(ctx.deps, {
      input: input('They photographed me outside the consulate.', '+86 138 0013 8000'),
      verified: false,
      now: receivedAt,
    });
    const second = await submitReport(ctx.deps, {
      input: input('A man followed me after the vigil.', '+8613800138000'),
      verified: true,
    });
    await ctx.advance(60_000);
    expect(await countPendingReports(ctx.deps.db)).toBe(2);
    // Saved and acknowledged, not yet linked, searchable or audited.
    expect(await auditOf(first.reportId)).toEqual([]);
    expect((await searchReports(ctx.deps, { q: 'consulate', limit: 10 })).items).toEqual([]);

    await indexAllPending(ctx.deps);
    expect(await countPendingReports(ctx.deps.db)).toBe(0);
    const links = await linksOfCase(ctx.deps.db, await caseOf(second.reportId));
    expect(links.map((l) => l.caseId)).toEqual([await caseOf(first.reportId)]);
    const found = await searchReports(ctx.deps, { q: 'consulate', limit: 10 });
    expect(found.items.map((i) => i.reportId)).toEqual([first.reportId]);
    // The audit entry says when the report arrived, not when it was indexed; the chain stays whole.
    const entries = await auditOf(first.reportId);
    expect(entries.map((e) => e.action)).toEqual(['report.received']);
    expect(entries[0]!.at.getTime()).toBe(receivedAt.getTime());
    expect(await verifyAuditChain(ctx.deps)).toMatchObject({ ok: true });
    // Indexing twice does nothing twice.
    await indexAllPending(ctx.deps);
    expect(await auditOf(first.reportId)).toHaveLength(1);
  });

  it('quarantines a report the database refuses to index, goes on with the others, and retries it later', async () => {
    // The database refuses this one report's search tokens: a real PostgreSQL error (a check violation),
    // as a constraint or a bad value would raise.
    const refused = await submitReport(ctx.deps, {
      input: input('The database will refuse this one.', '+86 136 0000 2222'),
      verified: false,
    });
    const damaged = await submitReport(ctx.deps, {
      input: input('This one was damaged on disk.', '+86 137 0000 1111'),
      verified: false,
    });
    const fine = await submitReport(ctx.deps, {
      input: input('Threats against my brother in Kashgar.', '+86 137 0000 1111'),
      verified: false,
    });
    await ctx.deps.db.exec(`
      CREATE FUNCTION refuse_one_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.report_id = '${refused.reportId}' THEN
          RAISE EXCEPTION 'refused for the test' USING ERRCODE = '23514';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_one_report BEFORE INSERT ON search_tokens
        FOR EACH ROW EXECUTE FUNCTION refuse_one_report();`);
    // Damage another report's sealed narrative: it can no longer be opened, so it cannot be indexed.
    await ctx.deps.db.query('UPDATE reports SET narrative_sealed = $2 WHERE id = $1', [
      damaged.reportId,
      randomBytes(80),
    ]);
    expect(await countPendingReports(ctx.deps.db)).toBe(3);

    // A server starting on this database indexes what waits without being asked.
    const app = await buildApp(ctx.deps);
    try {
      await app.ready();
      await ctx.advance(0);
      // The healthy report is linked and searchable; both others wait in quarantine, not in the way.
      expect(await countPendingReports(ctx.deps.db)).toBe(2);
      const found = await searchReports(ctx.deps, { q: 'Kashgar', limit: 10 });
      expect(found.items.map((i) => i.reportId)).toEqual([fine.reportId]);
      for (const r of [refused, damaged, fine])
        expect((await auditOf(r.reportId)).map((e) => e.action)).toEqual(['report.received']);
      expect(await verifyAuditChain(ctx.deps)).toMatchObject({ ok: true });

      // Supervisors see what waits, by reference and error code, never content.
      const supervisor = await signInAs({ deps: ctx.deps, app }, 'supervisor');
      const listed = await app.inject({
        method: 'GET',
        url: '/api/v1/system/indexing-quarantine',
        headers: supervisor.headers,
      });
      expect(listed.statusCode).toBe(200);
      const reports = (
        listed.json() as { reports: { reference: string; errorCode: string; attempts: number }[] }
      ).reports;
      const references = await ctx.deps.db.query<{ id: string; reference: string }>(
        'SELECT id, reference FROM reports WHERE id = ANY($1::uuid[])',
        [[refused.reportId, damaged.reportId]],
      );
      const refOf = (id: string) => references.rows.find((r) => r.id === id)!.reference;
      expect(reports).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ reference: refOf(refused.reportId), errorCode: '23514', attempts: 1 }),
          expect.objectContaining({ reference: refOf(damaged.reportId), attempts: 1 }),
        ]),
      );
      expect(listed.body).not.toContain('refuse');

      // Once the database accepts it again, the next attempt (after the back-off) indexes it, once.
      await ctx.deps.db.exec('DROP TRIGGER refuse_one_report ON search_tokens');
      await ctx.advance(QUARANTINE_FIRST_RETRY_MS + 2_000);
      expect(await countPendingReports(ctx.deps.db)).toBe(1); // the damaged one still cannot open
      expect(
        (await searchReports(ctx.deps, { q: 'refuse', limit: 10 })).items.map((i) => i.reportId),
      ).toEqual([refused.reportId]);
      expect((await auditOf(refused.reportId)).map((e) => e.action)).toEqual(['report.received']);
      const attempts = await ctx.deps.db.query<{ attempts: number }>(
        'SELECT attempts FROM indexing_quarantine WHERE report_id = $1',
        [damaged.reportId],
      );
      expect(attempts.rows[0]!.attempts).toBe(2);
    } finally {
      await app.close();
    }
  });

  it('stops with the batch under way when the server stops, and the next start indexes the rest', async () => {
    await ctx.deps.db.query('DELETE FROM indexing_quarantine');
    await ctx.deps.db.query('UPDATE reports SET indexed_at = now() WHERE indexed_at IS NULL');
    const backlog = BATCH_SIZE + 30;
    for (let i = 0; i < backlog; i++) {
      await submitReport(ctx.deps, {
        input: input(`Report ${i} of a backlog.`, `+86 139 0000 ${String(1000 + i)}`),
        verified: false,
      });
    }
    expect(await countPendingReports(ctx.deps.db)).toBe(backlog);
    // Those arrived all at once on the test's clock: a flood, as far as intake pressure can tell. A second
    // later it is over.
    ctx.clock.set(ctx.clock.ms() + DEFAULT_PRESSURE.calmAfterMs);

    // The server starts (its indexer takes a first batch at once) and is asked to stop while it works: it
    // stops after that batch, not after the whole backlog.
    const app = await buildApp(ctx.deps);
    await app.ready();
    await ctx.clock.advance(0, () => Promise.resolve()); // the first batch starts; nothing waits for it
    expect(ctx.deps.runtime.scheduler.status().find((j) => j.name === 'indexing')?.running).toBe(true);
    await app.close();
    expect(await countPendingReports(ctx.deps.db)).toBe(backlog - BATCH_SIZE);

    // Nothing is lost: the next server indexes what is left.
    const next = await buildApp(ctx.deps);
    try {
      await next.ready();
      await ctx.advance(0);
      expect(await countPendingReports(ctx.deps.db)).toBe(0);
    } finally {
      await next.close();
    }
  });
});
