import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RetentionPlan, RetentionRun } from '../../shared/contracts/retention.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { RETENTION_INTERVAL_MS } from './job.ts';
import { followup, type Sent, sendReport, setSchedule, workAndClose } from './testing.ts';

/**
 * The life of a closed case under a schedule counted in minutes, as an installation would be checked:
 * de-identified, then destroyed — its content, messages, files, identifiers and search words gone, a
 * tombstone left — while a case under a legal hold stays whole. Time moves on the manual clock only.
 */

let ctx: TestContext;
let admin: SignedIn;
let supervisor: SignedIn;
let closed: Sent;
let held: Sent;

const MINUTE = 60_000;

async function plan(): Promise<RetentionPlan> {
  const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/retention/plan', headers: admin.headers });
  expect(res.statusCode).toBe(200);
  return res.json() as RetentionPlan;
}

async function count(sql: string, params: unknown[]): Promise<number> {
  const { rows } = await ctx.deps.db.query<{ n: number }>(`SELECT (${sql})::int AS n`, params);
  return rows[0]!.n;
}

/** What is left of a report and its case, as rows the database holds. */
async function remains(s: Sent) {
  const one = (sql: string) => count(sql, [s.reportId, s.caseId]);
  return {
    narrative: await one(
      'SELECT count(*) FROM reports WHERE id = $1 AND narrative_sealed IS NOT NULL AND $2::uuid IS NOT NULL',
    ),
    identity: await one(
      'SELECT count(*) FROM reports WHERE id = $1 AND identity_sealed IS NOT NULL AND $2::uuid IS NOT NULL',
    ),
    messages: await one('SELECT count(*) FROM case_messages WHERE report_id = $1 OR case_id = $2'),
    notes: await one('SELECT count(*) FROM case_notes WHERE case_id = $2 AND $1::uuid IS NOT NULL'),
    files: await one('SELECT count(*) FROM evidence_files WHERE report_id = $1 AND $2::uuid IS NOT NULL'),
    occurrences: await one(
      'SELECT count(*) FROM indicator_occurrences WHERE report_id = $1 AND $2::uuid IS NOT NULL',
    ),
    tokens: await one('SELECT count(*) FROM search_tokens WHERE report_id = $1 AND $2::uuid IS NOT NULL'),
    events: await one('SELECT count(*) FROM case_events WHERE case_id = $2 AND $1::uuid IS NOT NULL'),
    tombstones: await one(
      'SELECT count(*) FROM retention_tombstones WHERE report_id = $1 AND $2::uuid IS NOT NULL',
    ),
    report: await one('SELECT count(*) FROM reports WHERE id = $1 AND $2::uuid IS NOT NULL'),
  };
}

async function blobCount(): Promise<number> {
  let n = 0;
  for await (const id of ctx.deps.blobs.list()) if (!id.startsWith('tombstone-')) n++;
  return n;
}

beforeAll(async () => {
  ctx = await startTestContext();
  admin = await signInAs(ctx, 'admin');
  supervisor = await signInAs(ctx, 'supervisor');
  closed = await sendReport(ctx);
  held = await sendReport(ctx);
  await workAndClose(ctx, supervisor, closed.caseId);
  await workAndClose(ctx, supervisor, held.caseId);
  const hold = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/retention/holds',
    headers: supervisor.headers,
    payload: {
      reference: held.reference,
      basis: 'police_investigation',
      reason: 'Production order from the RCMP, file 2026-0042',
      reviewOn: '2026-06-30',
    },
  });
  expect(hold.statusCode).toBe(201);
  await setSchedule(ctx, admin, {
    'closed.resolved.deidentify': 2,
    'closed.resolved.destroy': 5,
    'notice.receipt': 10,
  });
}, 120_000);

afterAll(async () => {
  await ctx?.close();
});

describe('a schedule of minutes', () => {
  it('lists nothing while the cases are younger than their schedule', async () => {
    const p = await plan();
    expect(p.items).toEqual([]);
    expect(p.upcoming.map((i) => i.reference).sort()).toEqual([closed.reference].sort());
  });

  it('de-identifies the closed case once its minutes have passed, exactly as the dry run listed', async () => {
    const before = await remains(closed);
    expect(before).toMatchObject({ narrative: 1, identity: 1, messages: 1, notes: 1, files: 1 });
    expect(before.occurrences).toBeGreaterThan(0);
    expect(before.tokens).toBeGreaterThan(0);
    const blobsBefore = await blobCount();

    ctx.clock.set(ctx.clock.ms() + 2 * MINUTE + 1000);
    const p = await plan();
    expect(p.items).toEqual([
      expect.objectContaining({
        reference: closed.reference,
        action: 'deidentify',
        rule: 'closed.resolved.deidentify',
      }),
    ]);
    expect(p.rules).toEqual([{ rule: 'closed.resolved.deidentify', cases: 1, reports: 1 }]);
    expect(p.held).toBe(1);

    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/retention/run',
      headers: admin.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json() as RetentionRun;
    expect(run.items).toEqual(p.items);
    expect(run.rules).toEqual(p.rules);

    expect(await remains(closed)).toMatchObject({
      narrative: 0,
      identity: 0,
      messages: 0,
      notes: 0,
      files: 0,
      occurrences: 0,
      tokens: 0,
      report: 1,
      tombstones: 0,
    });
    // The original and its sanitised copy left the file store.
    expect(await blobCount()).toBe(blobsBefore - 2);
    // The held case did not move.
    expect(await remains(held)).toMatchObject({ narrative: 1, identity: 1, messages: 1, notes: 1, files: 1 });
    // The reporter reads that the content was removed.
    const view = await followup(ctx, closed.receipt);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ status: { code: 'content_removed' }, messages: [], evidence: [] });
  });

  it('destroys it on the scheduler when its destruction falls due, leaving a tombstone', async () => {
    await ctx.advance(3 * MINUTE + RETENTION_INTERVAL_MS);
    expect(await remains(closed)).toMatchObject({ events: 0, tombstones: 1, report: 1 });
    const { rows } = await ctx.deps.db.query<{ rule: string; reference: string }>(
      'SELECT rule, reference FROM retention_tombstones WHERE report_id = $1',
      [closed.reportId],
    );
    expect(rows).toEqual([{ rule: 'closed.resolved.destroy', reference: closed.reference }]);
    expect(await remains(held)).toMatchObject({ narrative: 1, notes: 1, files: 1, tombstones: 0 });
    const entries = await ctx.deps.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_id = $1 AND action LIKE 'retention.%' ORDER BY seq`,
      [closed.caseId],
    );
    expect(entries.rows.map((r) => r.action)).toEqual([
      'retention.case.deidentified',
      'retention.case.destroyed',
    ]);
  });

  it('keeps the receipt answering for the notice period, then it opens nothing', async () => {
    expect((await followup(ctx, closed.receipt)).statusCode).toBe(200);
    await ctx.advance(10 * MINUTE + RETENTION_INTERVAL_MS);
    expect((await followup(ctx, closed.receipt)).statusCode).toBe(404);
  });

  it('disposes of the held case only once its hold is lifted', async () => {
    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/retention/holds',
      headers: supervisor.headers,
    });
    const [hold] = (list.json() as { items: { id: string; reason: string }[] }).items;
    expect(hold?.reason).toBe('Production order from the RCMP, file 2026-0042');
    const lift = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/retention/holds/${hold?.id}/lift`,
      headers: supervisor.headers,
    });
    expect(lift.statusCode).toBe(200);
    await ctx.advance(RETENTION_INTERVAL_MS);
    expect(await remains(held)).toMatchObject({ narrative: 0, notes: 0, files: 0, tombstones: 1 });
  });
});
