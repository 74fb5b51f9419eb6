import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksOfCase } from '../campaigns/linking.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { searchReports } from '../search/service.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { forgetReport, indexMessage } from './index-report.ts';

let ctx: TestContext;

async function submit(narrative: string, extra: Record<string, unknown> = {}) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { language: 'en', suspectedState: 'CN', narrative, ...extra },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(201);
  await ctx.settle();
  const { reference, receipt } = res.json() as { reference: string; receipt: string };
  const { rows } = await ctx.deps.db.query<{ id: string; case_id: string }>(
    'SELECT id, case_id FROM reports WHERE reference = $1',
    [reference],
  );
  return { reportId: rows[0]!.id, caseId: rows[0]!.case_id, receipt };
}

const count = async (sql: string, params: unknown[] = []) =>
  (await ctx.deps.db.query<{ n: number }>(sql, params)).rows[0]!.n;

beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

describe('indexing beyond intake', () => {
  it('a reporter’s later message adds its identifiers and words to the report', async () => {
    const first = await submit('Someone keeps calling me from +86 150 1234 9876.');
    const second = await submit('I was followed after the vigil.');
    expect(await linksOfCase(ctx.deps.db, second.caseId)).toEqual([]);

    const outcome = await ctx.deps.db.transaction((tx) =>
      indexMessage(tx, ctx.deps, {
        ...second,
        text: 'I forgot: they called from 0086 150-1234-9876 as well, near the consulate.',
      }),
    );
    expect(outcome.links.map((l) => l.caseId)).toEqual([first.caseId]);
    expect((await linksOfCase(ctx.deps.db, first.caseId)).map((l) => l.caseId)).toEqual([second.caseId]);
    const found = await searchReports(ctx.deps, { q: 'consulate', limit: 10 });
    expect(found.items.map((i) => i.reportId)).toEqual([second.reportId]);

    // Repeating a value already recorded for the report adds no occurrence.
    await ctx.deps.db.transaction((tx) =>
      indexMessage(tx, ctx.deps, { ...second, text: 'Again +8615012349876.' }),
    );
    expect(
      await count('SELECT count(*)::int AS n FROM indicator_occurrences WHERE report_id = $1', [
        second.reportId,
      ]),
    ).toBe(1);
  });

  it('forgetting a report removes its occurrences, its search tokens and values no one else mentions', async () => {
    const narrative = 'A lone troll wrote from lone.troll.unique@example.com about the rally.';
    const r = await submit(narrative);
    expect(
      await count('SELECT count(*)::int AS n FROM search_tokens WHERE report_id = $1', [r.reportId]),
    ).toBeGreaterThan(0);
    const values = await count('SELECT count(*)::int AS n FROM indicator_values');
    await ctx.deps.db.transaction((tx) =>
      forgetReport(tx, ctx.deps, { reportId: r.reportId, texts: [narrative] }),
    );
    expect(
      await count('SELECT count(*)::int AS n FROM search_tokens WHERE report_id = $1', [r.reportId]),
    ).toBe(0);
    expect(
      await count('SELECT count(*)::int AS n FROM indicator_occurrences WHERE report_id = $1', [r.reportId]),
    ).toBe(0);
    // The address and the domain it lives on: no one else mentions either.
    expect(await count('SELECT count(*)::int AS n FROM indicator_values')).toBe(values - 2);
  });

  it('a reporter who asks for deletion is at once unlinked and unsearchable, messages and descriptions too', async () => {
    const kept = await submit('A man from +86 151 2345 6789 photographed the zebrafinch vigil.');
    const leaving = await submit('They called from 0086 151-2345-6789 after the zebrafinch vigil.', {
      perpetrators: [
        {
          description: 'the quokkaman outside',
          indicators: [{ kind: 'email', value: 'only.mine@example.org' }],
        },
      ],
    });
    const receipt = { authorization: `Receipt ${leaving.receipt}` };
    const message = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/messages',
      headers: receipt,
      payload: { body: 'Also the wombatier account @only_mine_troll wrote to me.' },
      remoteAddress: nextAddress(),
    });
    expect(message.statusCode).toBe(201);
    expect((await linksOfCase(ctx.deps.db, kept.caseId)).map((l) => l.caseId)).toEqual([leaving.caseId]);
    for (const word of ['zebrafinch', 'quokkaman', 'wombatier'])
      expect((await searchReports(ctx.deps, { q: word, limit: 10 })).items.map((i) => i.reportId)).toContain(
        leaving.reportId,
      );
    const values = await count('SELECT count(*)::int AS n FROM indicator_values');

    const deletion = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/deletion-request',
      headers: receipt,
      remoteAddress: nextAddress(),
    });
    expect(deletion.statusCode).toBe(202);

    expect(await linksOfCase(ctx.deps.db, kept.caseId)).toEqual([]);
    expect(await linksOfCase(ctx.deps.db, leaving.caseId)).toEqual([]);
    expect(
      (await searchReports(ctx.deps, { q: 'zebrafinch', limit: 10 })).items.map((i) => i.reportId),
    ).toEqual([kept.reportId]);
    for (const word of ['quokkaman', 'wombatier'])
      expect((await searchReports(ctx.deps, { q: word, limit: 10 })).items).toEqual([]);
    expect(
      (await searchReports(ctx.deps, { q: '', indicator: 'only.mine@example.org', limit: 10 })).items,
    ).toEqual([]);
    for (const table of ['search_tokens', 'indicator_occurrences'])
      expect(
        await count(`SELECT count(*)::int AS n FROM ${table} WHERE report_id = $1`, [leaving.reportId]),
      ).toBe(0);
    // The e-mail, its domain and the account were this report's alone; the phone number is still the other's.
    expect(await count('SELECT count(*)::int AS n FROM indicator_values')).toBe(values - 3);
  });
});
