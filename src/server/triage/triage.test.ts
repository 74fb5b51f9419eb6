import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseList, CaseView } from '../../shared/contracts/cases.ts';
import type { QueueView, QueueViewList, Tag, TagList } from '../../shared/contracts/triage.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { type FactoryReport, seedReport } from '../cases/testing/factory.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let intake: SignedIn;
let caseworker: SignedIn;
let analyst: SignedIn;
let tibetan: FactoryReport;
let demo: FactoryReport;
let plain: FactoryReport;

const DAY = 86_400_000;

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(Date.parse('2026-06-15T12:00:00Z'));
  [intake, caseworker, analyst] = await Promise.all([
    signInAs(ctx, 'intake_officer'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'analyst'),
  ]);
  const now = ctx.clock.now().getTime();
  tibetan = await seedReport(ctx.deps, {
    language: 'bo',
    communities: ['tibetan'],
    channels: ['phone_call'],
    tactics: ['threat_against_family'],
    province: 'BC',
    risk: 'high',
    openedAt: new Date(now - 3 * DAY),
    evidence: [
      { original: Buffer.from('%PDF-1.4'), sanitised: null, filename: 'x.pdf', mediaType: 'application/pdf' },
    ],
  });
  demo = await seedReport(ctx.deps, { synthetic: true, openedAt: new Date(now - 10 * DAY), risk: 'low' });
  plain = await seedReport(ctx.deps, { openedAt: new Date(now - 1000), risk: 'low' });
}, 60_000);
afterAll(() => ctx?.close());

const call = (who: SignedIn, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

async function queue(who: SignedIn, query: string): Promise<CaseList> {
  const res = await call(who, 'GET', `/api/v1/cases?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseList;
}
const ids = (list: CaseList) => list.items.map((c) => c.id).sort();

describe('the summary line of a queue row', () => {
  it('shows content readers the codes, language, file, interpreter and the synthetic mark', async () => {
    const list = await queue(intake, 'status=open');
    const row = list.items.find((c) => c.id === tibetan.caseId)!;
    expect(row.triage).toEqual({
      tactics: ['threat_against_family'],
      communities: ['tibetan'],
      channels: ['phone_call'],
      province: 'BC',
      languages: ['bo'],
      hasEvidence: true,
      interpreterNeeded: true,
      inCampaign: false,
      synthetic: false,
      tags: [],
    });
    const english = list.items.find((c) => c.id === plain.caseId)!;
    expect(english.triage.interpreterNeeded).toBe(false);
    expect(english.triage.hasEvidence).toBe(false);
    expect(list.items.find((c) => c.id === demo.caseId)!.triage.synthetic).toBe(true);
  });

  it('gives analysts codes only: no language, files, interpreter or tags, in the queue and the case', async () => {
    const row = (await queue(analyst, 'status=open')).items.find((c) => c.id === tibetan.caseId)!;
    expect(row.triage).toMatchObject({
      tactics: ['threat_against_family'],
      communities: ['tibetan'],
      province: 'BC',
    });
    expect(row.triage.languages).toBeNull();
    expect(row.triage.hasEvidence).toBeNull();
    expect(row.triage.interpreterNeeded).toBeNull();
    expect(row.triage.tags).toBeNull();
    const view = (await call(analyst, 'GET', `/api/v1/cases/${tibetan.caseId}`)).json() as CaseView;
    expect(view.triage.languages).toBeNull();
    expect(JSON.stringify(view)).not.toContain('"bo"');
  });

  it('refuses analysts the filters that would tell them what the line withholds, in their language', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/cases?language=bo',
      headers: { ...analyst.headers, 'accept-language': 'fr' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('langue');
  });
});

describe('queue filters', () => {
  it('find cases by tactic, community, channel, language, province, dates, overdue and synthetic', async () => {
    expect(ids(await queue(intake, 'tactic=threat_against_family'))).toEqual([tibetan.caseId]);
    expect(ids(await queue(intake, 'community=tibetan'))).toEqual([tibetan.caseId]);
    expect(ids(await queue(intake, 'channel=phone_call'))).toEqual([tibetan.caseId]);
    expect(ids(await queue(intake, 'language=bo'))).toEqual([tibetan.caseId]);
    expect(ids(await queue(intake, 'province=BC'))).toEqual([tibetan.caseId]);
    expect(ids(await queue(intake, 'synthetic=only'))).toEqual([demo.caseId]);
    expect(ids(await queue(intake, 'synthetic=exclude'))).not.toContain(demo.caseId);
    expect(ids(await queue(intake, 'openedFrom=2026-06-12&openedTo=2026-06-12'))).toEqual([tibetan.caseId]);
    expect(ids(await queue(intake, 'openedTo=2026-06-05'))).toEqual([demo.caseId]);
    // High risk is overdue after its target (hours), low risk after days: the Tibetan case and the old demo.
    const overdue = await queue(intake, 'overdue=yes');
    expect(ids(overdue)).toEqual([tibetan.caseId, demo.caseId].sort());
    expect(overdue.items.every((c) => c.overdue)).toBe(true);
  });

  it('answers a bad filter with a localised error per field', async () => {
    const res = await call(intake, 'GET', '/api/v1/cases?openedFrom=yesterday');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.openedFrom).toBeTruthy();
  });
});

describe('tags', () => {
  let tag: Tag;

  it('are defined by staff once per spelling, and audited by id only', async () => {
    const res = await call(intake, 'POST', '/api/v1/tags', { label: 'Needs a Tibetan speaker' });
    expect(res.statusCode, res.body).toBe(201);
    tag = res.json() as Tag;
    const again = await call(intake, 'POST', '/api/v1/tags', { label: 'needs a tibetan SPEAKER' });
    expect(again.statusCode).toBe(409);
    const list = (await call(caseworker, 'GET', '/api/v1/tags')).json() as TagList;
    expect(list.items.map((t) => t.label)).toContain('Needs a Tibetan speaker');
    const { rows } = await ctx.deps.db.query<{ t: string }>(`SELECT t::text AS t FROM audit_log t`);
    expect(rows.map((r) => r.t).join('\n')).not.toContain('Tibetan speaker');
  });

  it('go on and off a case, audited, and filter the queue', async () => {
    const on = await call(intake, 'POST', `/api/v1/cases/${tibetan.caseId}/tags`, { tagId: tag.id });
    expect(on.statusCode, on.body).toBe(200);
    expect((on.json() as TagList).items).toEqual([tag]);
    expect(ids(await queue(intake, `tag=${tag.id}`))).toEqual([tibetan.caseId]);
    const row = (await queue(intake, `tag=${tag.id}`)).items[0]!;
    expect(row.triage.tags).toEqual([tag]);
    const off = await call(intake, 'DELETE', `/api/v1/cases/${tibetan.caseId}/tags/${tag.id}`);
    expect((off.json() as TagList).items).toEqual([]);
    const { rows } = await ctx.deps.db.query<{ action: string; meta: { tag: string } }>(
      `SELECT action, meta FROM audit_log WHERE target_id = $1 AND action LIKE 'case.tag.%' ORDER BY seq`,
      [tibetan.caseId],
    );
    expect(rows).toEqual([
      { action: 'case.tag.added', meta: { tag: tag.id } },
      { action: 'case.tag.removed', meta: { tag: tag.id } },
    ]);
  });

  it('are refused on a case a caseworker is not assigned', async () => {
    const res = await call(caseworker, 'POST', `/api/v1/cases/${plain.caseId}/tags`, { tagId: tag.id });
    expect(res.statusCode).toBe(403);
  });
});

describe('saved views', () => {
  it('are kept per person on the server, and deleted by their owner only', async () => {
    const saved = await call(intake, 'POST', '/api/v1/queue-views', {
      name: 'Tibetan, overdue',
      filters: { community: 'tibetan', overdue: 'yes', status: 'open' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const view = saved.json() as QueueView;
    expect(view.filters).toEqual({ community: 'tibetan', overdue: 'yes', status: 'open' });
    const dup = await call(intake, 'POST', '/api/v1/queue-views', { name: 'tibetan, OVERDUE', filters: {} });
    expect(dup.statusCode).toBe(409);
    expect(((await call(intake, 'GET', '/api/v1/queue-views')).json() as QueueViewList).items).toEqual([
      view,
    ]);
    expect(((await call(caseworker, 'GET', '/api/v1/queue-views')).json() as QueueViewList).items).toEqual(
      [],
    );
    expect((await call(caseworker, 'DELETE', `/api/v1/queue-views/${view.id}`)).statusCode).toBe(404);
    expect((await call(intake, 'DELETE', `/api/v1/queue-views/${view.id}`)).statusCode).toBe(204);
    expect(((await call(intake, 'GET', '/api/v1/queue-views')).json() as QueueViewList).items).toEqual([]);
  });

  it('refuse filters the owner may not use, and unknown filters', async () => {
    const analystView = await call(analyst, 'POST', '/api/v1/queue-views', {
      name: 'by language',
      filters: { language: 'ug' },
    });
    expect(analystView.statusCode).toBe(403);
    const unknown = await call(intake, 'POST', '/api/v1/queue-views', {
      name: 'x',
      filters: { narrative: 'a' },
    });
    expect(unknown.statusCode).toBe(400);
  });
});
