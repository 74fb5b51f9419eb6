import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInputBody } from '../../shared/contracts/report.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress, postReport } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * The insider: a legitimate analyst account probing the search for words and numbers it may not read.
 * Analysts work with codes (DESIGN.md, "People"): whatever they send, they must learn nothing about the
 * narratives, perpetrators' descriptions, reporters' messages or identifier values — and every search,
 * by anyone, leaves an audit entry that never holds what was searched for.
 */

let ctx: TestContext;
let analyst: SignedIn;
let intake: SignedIn;
let supervisor: SignedIn;
let caseworker: SignedIn;
let otherCaseworker: SignedIn;
const refs: Record<string, string> = {};

// Words only the reports hold: each one is in a narrative, a perpetrator's description or a message.
const NARRATIVE_WORD = 'zebrafinch';
const DESCRIPTION_WORD = 'quokkaman';
const MESSAGE_WORD = 'wombatier';
const PHONE = '+8613800138000';

async function submit(label: string, body: Partial<ReportInputBody> & { narrative: string }) {
  const { reference, receipt } = await postReport(ctx.app, { language: 'en', suspectedState: 'CN', ...body });
  refs[label] = reference;
  return receipt;
}

async function search(who: SignedIn, query: string, locale = 'en') {
  return ctx.app.inject({
    method: 'GET',
    url: `/api/v1/search?${query}`,
    headers: { ...who.headers, 'accept-language': locale },
  });
}

/** The labels of the reports found, or the status when refused. */
async function found(who: SignedIn, query: string): Promise<string[] | number> {
  const res = await search(who, query);
  if (res.statusCode !== 200) return res.statusCode;
  const labels = Object.fromEntries(Object.entries(refs).map(([k, v]) => [v, k]));
  return (res.json() as { items: { reportReference: string }[] }).items
    .map((i) => labels[i.reportReference] ?? 'unknown')
    .sort();
}

async function auditEntries(actions: string[]) {
  const { rows } = await ctx.deps.db.query<{
    actor_id: string;
    action: string;
    meta: Record<string, unknown>;
  }>('SELECT actor_id, action, meta FROM audit_log WHERE action = ANY($1::text[]) ORDER BY seq', [actions]);
  return rows;
}

beforeAll(async () => {
  ctx = await startTestContext();
  [analyst, intake, supervisor, caseworker, otherCaseworker] = await Promise.all([
    signInAs(ctx, 'analyst'),
    signInAs(ctx, 'intake_officer'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'caseworker'),
  ]);
  const receipt = await submit('mine', {
    narrative: `The ${NARRATIVE_WORD} man followed me home from the vigil.`,
    tactics: ['physical_surveillance', 'death_threat'],
    incident: { province: 'ON', ongoing: false },
    communities: ['uyghur'],
    perpetrators: [
      {
        description: `a ${DESCRIPTION_WORD} in a red scarf`,
        type: 'origin_state_police_or_security',
        indicators: [{ kind: 'phone', value: '+86 138 0013 8000' }],
      },
    ],
  });
  await submit('other', {
    narrative: `Someone photographed the ${NARRATIVE_WORD} protest and posted it.`,
    tactics: ['doxxing'],
    incident: { province: 'BC', ongoing: false },
    communities: ['tibetan'],
  });
  const message = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/followup/messages',
    headers: { authorization: `Receipt ${receipt}` },
    payload: { body: `The ${MESSAGE_WORD} account wrote to me again.` },
    remoteAddress: nextAddress(),
  });
  expect(message.statusCode).toBe(201);
  await ctx.settle();

  // The first report's case goes to one caseworker.
  const { rows } = await ctx.deps.db.query<{ case_id: string }>(
    'SELECT case_id FROM reports WHERE reference = $1',
    [refs.mine],
  );
  const assigned = await ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/cases/${rows[0]!.case_id}`,
    headers: intake.headers,
    payload: { version: 1, assigneeId: caseworker.userId },
  });
  expect(assigned.statusCode).toBe(200);
});

afterAll(async () => {
  await ctx?.close();
});

describe('an analyst probing words and numbers', () => {
  const probes = [
    `q=${NARRATIVE_WORD}`,
    `q=${DESCRIPTION_WORD}`,
    `q=${MESSAGE_WORD}`,
    'q=neverwrittenanywhere',
    `indicator=${encodeURIComponent(PHONE)}`,
    `indicator=${encodeURIComponent(PHONE)}&kind=phone`,
    `indicator=${encodeURIComponent('+14165550000')}&kind=phone`,
    `tactic=death_threat&q=${NARRATIVE_WORD}`,
  ];

  it('is refused the same way whether the word or number is there or not, with a reason in English and French', async () => {
    const bodies = new Set<string>();
    for (const probe of probes) {
      const res = await search(analyst, probe);
      expect(res.statusCode, probe).toBe(403);
      bodies.add(res.body);
    }
    // One answer for every probe: a present word and an absent one cannot be told apart.
    expect(bodies.size).toBe(1);
    const en = JSON.parse([...bodies][0]!) as { error: { code: string; message: string } };
    expect(en.error.code).toBe('search.error.contentCriteria');
    expect(en.error.message).toMatch(/analyst/i);
    const fr = (await search(analyst, `q=${NARRATIVE_WORD}`, 'fr')).json() as { error: { message: string } };
    expect(fr.error.message).toMatch(/analyste/i);
    expect(fr.error.message).not.toBe(en.error.message);
  });

  it('still searches by codes, dates, places, statuses, risk and identifier kinds', async () => {
    expect(await found(analyst, 'tactic=death_threat')).toEqual(['mine']);
    expect(await found(analyst, 'province=BC')).toEqual(['other']);
    expect(await found(analyst, 'identifierKind=phone')).toEqual(['mine']);
    expect(await found(analyst, 'identifierKind=email')).toEqual([]);
    expect(await found(analyst, 'perpetratorType=origin_state_police_or_security')).toEqual(['mine']);
    expect(await found(analyst, 'suspectedState=CN')).toEqual(['mine', 'other']);
    expect(await found(analyst, 'suspectedState=RU')).toEqual([]);
    expect(await found(analyst, 'status=new&community=tibetan')).toEqual(['other']);
    const { items } = (await (await search(analyst, 'tactic=doxxing')).json()) as {
      items: { risk: string }[];
    };
    expect(await found(analyst, `risk=${items[0]!.risk}&tactic=doxxing`)).toEqual(['other']);
  });

  it('finds no word or number in what the search answers it', async () => {
    const res = await search(analyst, 'suspectedState=CN&identifierKind=phone');
    expect(res.statusCode).toBe(200);
    for (const secret of [NARRATIVE_WORD, DESCRIPTION_WORD, MESSAGE_WORD, '13800138000', 'scarf'])
      expect(res.body).not.toContain(secret);
  });
});

describe('staff who read content', () => {
  it('intake officers and supervisors search every case by words and identifiers', async () => {
    for (const who of [intake, supervisor]) {
      expect(await found(who, `q=${NARRATIVE_WORD}`)).toEqual(['mine', 'other']);
      expect(await found(who, `q=${DESCRIPTION_WORD}`)).toEqual(['mine']);
      expect(await found(who, `q=${MESSAGE_WORD}`)).toEqual(['mine']);
      expect(await found(who, `indicator=${encodeURIComponent(PHONE)}`)).toEqual(['mine']);
    }
  });

  it('a caseworker searches only the cases assigned to them', async () => {
    expect(await found(caseworker, `q=${NARRATIVE_WORD}`)).toEqual(['mine']);
    expect(await found(caseworker, 'suspectedState=CN')).toEqual(['mine']);
    expect(await found(caseworker, `reference=${refs.other}`)).toEqual([]);
    expect(await found(otherCaseworker, `q=${NARRATIVE_WORD}`)).toEqual([]);
    expect(await found(otherCaseworker, `indicator=${encodeURIComponent(PHONE)}`)).toEqual([]);
  });

  it('admins and partners cannot search at all', async () => {
    for (const role of ['admin', 'partner'] as const) {
      const who = await signInAs(ctx, role);
      expect((await search(who, 'tactic=doxxing')).statusCode).toBe(403);
    }
  });
});

describe('the audit of searches', () => {
  it('records every search — who, which kinds of criteria, how many results — and never a term', async () => {
    const before = (await auditEntries(['search.performed', 'search.refused'])).length;
    expect((await search(intake, `q=${NARRATIVE_WORD}&tactic=doxxing&province=BC`)).statusCode).toBe(200);
    expect((await search(analyst, `indicator=${encodeURIComponent(PHONE)}`)).statusCode).toBe(403);
    expect((await search(analyst, 'identifierKind=phone&from=2020-01-01')).statusCode).toBe(200);
    const entries = (await auditEntries(['search.performed', 'search.refused'])).slice(before);
    expect(entries).toEqual([
      {
        actor_id: intake.userId,
        action: 'search.performed',
        meta: { words: true, tactic: true, province: true, results: 1, truncated: false, scope: 'all' },
      },
      {
        actor_id: analyst.userId,
        action: 'search.refused',
        meta: { identifier: true, reason: 'content_criteria' },
      },
      {
        actor_id: analyst.userId,
        action: 'search.performed',
        meta: { identifier_kind: true, dates: true, results: 1, truncated: false, scope: 'all' },
      },
    ]);
    const { rows } = await ctx.deps.db.query<{ text: string }>(
      'SELECT string_agg(meta::text, ' + "' ') AS text FROM audit_log",
    );
    for (const secret of [NARRATIVE_WORD, DESCRIPTION_WORD, MESSAGE_WORD, '13800138000', '8613800138000'])
      expect(rows[0]!.text).not.toContain(secret);
  });

  it('a caseworker’s search is recorded with its scope', async () => {
    expect((await search(caseworker, `q=${NARRATIVE_WORD}`)).statusCode).toBe(200);
    const last = (await auditEntries(['search.performed'])).at(-1)!;
    expect(last).toEqual({
      actor_id: caseworker.userId,
      action: 'search.performed',
      meta: { words: true, results: 1, truncated: false, scope: 'assigned' },
    });
  });
});

describe('the per-user limit of searches', () => {
  it('answers a localised 429 past the limit, for that user only, until the window refills', async () => {
    ctx.deps.runtime.staffLimits.configure({ searchPerUser: { capacity: 3, windowSeconds: 600 } });
    const prober = await signInAs(ctx, 'analyst');
    for (let i = 0; i < 3; i++) expect((await search(prober, 'tactic=doxxing')).statusCode).toBe(200);
    const refused = await search(prober, 'tactic=doxxing', 'fr');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('200');
    expect((refused.json() as { error: { message: string } }).error.message).toMatch(/Trop de tentatives/);
    // Refused probes count too: an analyst cannot probe faster by being refused.
    expect((await search(prober, `q=${NARRATIVE_WORD}`)).statusCode).toBe(429);
    // Others are not held back by one person's searches.
    expect((await search(intake, 'tactic=doxxing')).statusCode).toBe(200);
    await ctx.advance(200_000);
    expect((await search(prober, 'tactic=doxxing')).statusCode).toBe(200);
  });
});
