import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CaseNamedActors,
  MatchReviewList,
  RegistryCounts,
  RegistrySourceList,
  UnregisteredActorList,
} from '../../shared/contracts/registries.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { postReport } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { importRegistry } from './import-registry.ts';

let ctx: TestContext;
let admin: SignedIn;
let analyst: SignedIn;
let supervisor: SignedIn;
let intake: SignedIn;

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./testing/fara/${name}`, import.meta.url)));

beforeAll(async () => {
  ctx = await startTestContext();
  [admin, analyst, supervisor, intake] = await Promise.all([
    signInAs(ctx, 'admin'),
    signInAs(ctx, 'analyst'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'intake_officer'),
  ]);
  await importRegistry(ctx.deps, {
    source: 'us-fara',
    files: {
      format: 'us-fara',
      principals: fixture('FARA_All_ForeignPrincipals.csv'),
      registrants: fixture('FARA_All_Registrants.csv'),
    },
  });
});
afterAll(() => ctx?.close());

const get = <T>(who: SignedIn, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: who.headers }).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as T;
  });

async function submit(payload: Record<string, unknown>): Promise<{ caseId: string; reference: string }> {
  const { reference } = await postReport(ctx.app, { language: 'en', suspectedState: 'CN', ...payload });
  await ctx.settle();
  const { rows } = await ctx.deps.db.query<{ case_id: string }>(
    'SELECT case_id FROM reports WHERE reference = $1',
    [reference],
  );
  return { caseId: rows[0]!.case_id, reference };
}

describe('importing a register', () => {
  it('reads FARA’s bulk files as published, and a second snapshot keeps entries and counts what ended', async () => {
    const sources = await get<RegistrySourceList>(admin, '/api/v1/registries');
    const fara = sources.items.find((s) => s.code === 'us-fara')!;
    expect(fara.current.entries).toBeGreaterThan(300);
    expect(fara.snapshots).toHaveLength(1);
    expect(fara.snapshots[0]).toMatchObject({ format: 'us-fara', ended: 0 });
    expect(fara.snapshots[0]!.added).toBe(fara.current.entries);
    // Windows-1252 quotes come out as the register printed them.
    const { rows } = await ctx.deps.db.query<{ principal: string }>(
      "SELECT principal FROM registry_entries WHERE principal LIKE '%Hikvision USA Inc. as an agent%'",
    );
    expect(rows[0]?.principal).toBe('“Hikvision USA Inc. as an agent of Hikvision”');
    // Another source and snapshot through the console, in FocalPoint's format.
    const csv = [
      'registrant,principal,country,registration_number,registered_on,terminated_on,aliases,source_url',
      'Maple Leaf Friendship Society,United Front Work Department,CN,CA-2025-0001,2025-06-23,,加中友好协会|Maple Leaf Friendship,https://example.gc.ca/registry/0001',
      '"Northern Lights Consulting, Inc.",Xinhua News Agency,CN,CA-2025-0002,2025-07-01,,,',
    ].join('\n');
    const imported = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/registries/ca-fitr/snapshots?format=focalpoint-csv',
      headers: { ...admin.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(csv),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json()).toMatchObject({ source: 'ca-fitr', entries: 2, added: 2, ended: 0 });
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/registries/ca-fitr/snapshots?format=focalpoint-csv',
      headers: { ...admin.headers, 'content-type': 'application/octet-stream' },
      payload: Buffer.from(csv.split('\n').slice(0, 2).join('\n')),
    });
    expect(again.json()).toMatchObject({ entries: 1, added: 0, ended: 1 });
    const ca = (await get<RegistrySourceList>(admin, '/api/v1/registries')).items.find(
      (s) => s.code === 'ca-fitr',
    )!;
    expect(ca.current.entries).toBe(1);
    expect(ca.snapshots.map((s) => s.entries)).toEqual([1, 2]);
  });

  it('refuses a malformed file with the line and column, in the reader’s language, and changes nothing', async () => {
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/registries/ca-fitr/snapshots?format=focalpoint-csv',
      headers: { ...admin.headers, 'content-type': 'application/octet-stream', 'accept-language': 'fr' },
      payload: Buffer.from('registrant,principal,country,registered_on\nA,B,CN,2025-13-40\n'),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^Ce fichier ne peut pas être importé : line 2: registeredOn/);
    const { rows } = await ctx.deps.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM registry_snapshots WHERE source = 'ca-fitr'",
    );
    expect(rows[0]!.n).toBe(2);
  });

  it('is for admins only', async () => {
    for (const who of [analyst, supervisor, intake]) {
      const r = await ctx.app.inject({ method: 'GET', url: '/api/v1/registries', headers: who.headers });
      expect(r.statusCode).toBe(403);
    }
  });
});

describe('named actors in reports', () => {
  it('shows content roles the register entry a report names, in any script, and never the words in clear', async () => {
    const { caseId } = await submit({
      language: 'zh-Hans',
      narrative: '悼念活動結束後，央視的記者一直跟著我拍攝，還問我父母在哪裡工作。',
      perpetrators: [{ organisation: 'Xinhua News Agency', type: 'origin_state_media' }],
    });
    const view = await get<CaseNamedActors>(intake, `/api/v1/cases/${caseId}/named-actors`);
    const principals = view.items.map((m) => m.entry?.principal);
    expect(principals).toContain('Xinhua News Agency');
    expect(principals).toContain('CCTV');
    const xinhua = view.items.find(
      (m) => m.entry?.principal === 'Xinhua News Agency' && m.entry.source === 'us-fara',
    )!;
    expect(xinhua).toMatchObject({
      registered: true,
      foundIn: 'organisation_field',
      confidence: 'high',
      decision: 'pending',
      entry: {
        source: 'us-fara',
        registrant: 'Xinhua News Agency North America',
        registeredOn: '2021-05-05',
      },
    });
    expect(view.items.find((m) => m.entry?.principal === 'CCTV')).toMatchObject({
      foundIn: 'narrative',
      how: 'alias',
    });
    // What the reporter wrote is nowhere in clear.
    const dump = await ctx.deps.db.query<{ t: string }>(
      'SELECT row_to_json(m)::text AS t FROM registry_matches m',
    );
    expect(dump.rows.map((r) => r.t).join('\n')).not.toMatch(/Xinhua|央视|央視/);
  });

  it('lets analysts confirm or reject, without content; a rejection sticks when the report is indexed again', async () => {
    const { caseId } = await submit({
      narrative:
        'A People’s Daily reporter wrote that I am a traitor. In China daily life for my parents got harder.',
    });
    const list = await get<MatchReviewList>(analyst, '/api/v1/registries/matches');
    const mine = list.items.filter((m) => m.caseId === caseId);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((m) => m.entry?.principal.match(/People's Daily|Renmin Ribao/))).toBe(true);
    expect(JSON.stringify(mine)).not.toMatch(/traitor|reporter wrote/);
    for (const m of mine) {
      const r = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/registries/matches/${m.id}/decision`,
        headers: analyst.headers,
        payload: { decision: 'rejected' },
      });
      expect(r.statusCode).toBe(204);
    }
    await ctx.deps.db.query('UPDATE reports SET indexed_at = NULL WHERE case_id = $1', [caseId]);
    await ctx.settle();
    const view = await get<CaseNamedActors>(supervisor, `/api/v1/cases/${caseId}/named-actors`);
    expect(view.items.map((m) => m.decision)).toEqual(mine.map(() => 'rejected'));
    const counts = await get<RegistryCounts>(analyst, '/api/v1/registries/counts');
    expect(counts.items.find((c) => c.principal.startsWith("People's Daily"))).toBeUndefined();
    const audit = await ctx.deps.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'registry.match.rejected'",
    );
    expect(audit.rows[0]!.n).toBe(mine.length);
  });

  it('flags an actor for the suspected state that no register lists, for a one-step referral to the regulator', async () => {
    const { caseId } = await submit({
      language: 'fr',
      narrative:
        'Après la manifestation, des membres de l’Association des étudiants et chercheurs chinois ont photographié ma carte étudiante.',
      perpetrators: [
        { organisation: 'Association des Fuzhounais de Montréal', type: 'community_or_business_association' },
      ],
      consents: { referralToPolice: true, contact: true },
    });
    const listed = await get<UnregisteredActorList>(supervisor, '/api/v1/registries/unregistered');
    const mine = listed.items.filter((i) => i.caseId === caseId);
    expect(mine.map((i) => i.actor?.id ?? i.name).sort()).toEqual([
      'Association des Fuzhounais de Montréal',
      'cssa',
    ]);
    const cssa = mine.find((i) => i.actor?.id === 'cssa')!;
    const referred = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/registries/unregistered/${cssa.id}/referral`,
      headers: supervisor.headers,
      payload: {},
    });
    expect(referred.statusCode, referred.body).toBe(201);
    expect(referred.json()).toMatchObject({
      status: 'sent',
      partnerOrg: { name: 'Foreign Influence Transparency Commissioner', kind: 'regulator' },
    });
    const after = await get<UnregisteredActorList>(supervisor, '/api/v1/registries/unregistered');
    expect(after.items.find((i) => i.id === cssa.id)).toMatchObject({ decision: 'confirmed' });
    const twice = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/registries/unregistered/${cssa.id}/referral`,
      headers: supervisor.headers,
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
    // Analysts never see what the reporter wrote in the organisation field.
    const forbidden = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/registries/unregistered',
      headers: analyst.headers,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('carries confirmed registered actors into the dashboard and the periodic report (small counts grouped)', async () => {
    const { caseId } = await submit({
      narrative: 'A China Radio International reporter called my mother twice.',
    });
    const list = await get<MatchReviewList>(analyst, '/api/v1/registries/matches');
    const cri = list.items.find((m) => m.caseId === caseId)!;
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/registries/matches/${cri.id}/decision`,
      headers: analyst.headers,
      payload: { decision: 'confirmed' },
    });
    const dash = await get<{
      registeredActors: { principal: string; registered: boolean; reports: number }[];
    }>(analyst, '/api/v1/dashboards/summary');
    expect(dash.registeredActors).toContainEqual({
      source: 'us-fara',
      principal: 'China Radio International',
      country: 'CHINA',
      registered: false,
      reports: 1,
    });
    const day = ctx.clock.now().toISOString().slice(0, 10);
    const html = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/reports/periodic?from=${day}&to=${day}&format=html`,
      headers: supervisor.headers,
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('Registered agents of foreign principals');
    expect(html.body).toContain('Other registered principals');
    expect(html.body).not.toContain('China Radio International');
  });

  it('takes the organisation from the public form (JavaScript off), and the form asks for it in the reader’s language', async () => {
    const page = await ctx.app.inject({ url: '/zh-Hant/report' });
    expect(page.body).toContain('所屬組織或團體');
    expect(page.body).toContain('name="perpetrators[0][organisation]"');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/fr/report',
      remoteAddress: '198.51.100.77',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        idempotencyKey: 'registries-form-1',
        narrative: 'Ils ont filmé la veillée et m’ont suivie jusqu’au métro.',
        suspectedState: 'CN',
        'perpetrators[0][organisation]': 'Télévision centrale de Chine',
        'perpetrators[0][type]': 'origin_state_media',
      }).toString(),
    });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(201);
    await ctx.settle();
    const reference = /FP-[A-Z0-9]{7}/.exec(res.body)?.[0];
    const { rows } = await ctx.deps.db.query<{ case_id: string }>(
      'SELECT case_id FROM reports WHERE reference = $1',
      [reference],
    );
    const view = await get<CaseNamedActors>(intake, `/api/v1/cases/${rows[0]!.case_id}/named-actors`);
    expect(view.items.map((m) => m.entry?.principal)).toContain('CCTV');
    expect(view.items.every((m) => m.foundIn === 'organisation_field')).toBe(true);
  });

  it('matches nothing on ordinary words, lookalike names or the state’s own offices', async () => {
    const { caseId } = await submit({
      narrative:
        'I bought books at the Xinhua Bookstore in Toronto. The building CCTV footage shows the man. ' +
        'Our student association and the embassy of the People’s Republic of China were mentioned; the people’s daily struggles.',
      perpetrators: [{ organisation: 'student association' }],
    });
    const view = await get<CaseNamedActors>(intake, `/api/v1/cases/${caseId}/named-actors`);
    expect(view).toEqual({ items: [], unlisted: [] });
  });
});
