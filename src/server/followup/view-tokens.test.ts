import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextAddress } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { issueViewToken, spendViewToken } from './view-tokens.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(() => ctx?.close());

async function newReport(): Promise<string> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { narrative: 'A report whose page is shown once.' },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(201);
  const { rows } = await ctx.deps.db.query<{ id: string }>('SELECT id FROM reports WHERE reference = $1', [
    (res.json() as { reference: string }).reference,
  ]);
  return rows[0]!.id;
}

/** Time passes (no background work is needed here: these tests are about expiry dates). */
const later = (minutes: number) => ctx.clock.set(ctx.clock.ms() + minutes * 60_000);

describe('one-time view tokens', () => {
  it('open their report once, for their own purpose only', async () => {
    const reportId = await newReport();
    const view = await issueViewToken(ctx.deps, { reportId, purpose: 'view', notice: 'reply-sent' });
    expect(await spendViewToken(ctx.deps, { token: view, purpose: 'act' })).toBeNull();
    expect(await spendViewToken(ctx.deps, { token: view, purpose: 'view' })).toEqual({
      reportId,
      notice: 'reply-sent',
    });
    expect(await spendViewToken(ctx.deps, { token: view, purpose: 'view' })).toBeNull();
    expect(await spendViewToken(ctx.deps, { token: 'not a token', purpose: 'view' })).toBeNull();
    expect(await spendViewToken(ctx.deps, { token: undefined, purpose: 'view' })).toBeNull();
  });

  it('expire: a page’s address after five minutes, its forms after an hour', async () => {
    const reportId = await newReport();
    const view = await issueViewToken(ctx.deps, { reportId, purpose: 'view' });
    const act = await issueViewToken(ctx.deps, { reportId, purpose: 'act' });
    const late = await issueViewToken(ctx.deps, { reportId, purpose: 'act' });
    later(5);
    expect(await spendViewToken(ctx.deps, { token: view, purpose: 'view' })).toBeNull();
    later(54);
    expect(await spendViewToken(ctx.deps, { token: act, purpose: 'act' })).toEqual({
      reportId,
      notice: null,
    });
    later(1);
    expect(await spendViewToken(ctx.deps, { token: late, purpose: 'act' })).toBeNull();
  });

  it('are forgotten once expired, and with their report', async () => {
    const reportId = await newReport();
    await issueViewToken(ctx.deps, { reportId, purpose: 'confirmation' });
    const count = async () =>
      (
        await ctx.deps.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM followup_view_tokens WHERE report_id = $1',
          [reportId],
        )
      ).rows[0]?.n;
    expect(await count()).toBe(1);
    later(61);
    const other = await newReport();
    await issueViewToken(ctx.deps, { reportId: other, purpose: 'view' });
    expect(await count()).toBe(0);

    await issueViewToken(ctx.deps, { reportId, purpose: 'act' });
    await ctx.deps.db.transaction(async (tx) => {
      await tx.query('DELETE FROM case_messages WHERE report_id = $1', [reportId]);
      await tx.query('DELETE FROM reports WHERE id = $1', [reportId]);
    });
    expect(await count()).toBe(0);
  });
});
