import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAdminSocket, startAdminSocket } from '../admin/admin-socket.ts';
import type { AdminEvent } from '../admin/operation.ts';
import { createPartnerOrg, type SignedIn, sessionCookieFrom, signInAs } from '../auth/testing.ts';
import { totpCode } from '../auth/totp.ts';
import { allOperations } from '../features.ts';
import { valueAad } from '../indicators/index-report.ts';
import { insertReports } from '../reports/insert.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { CSV_COLUMNS, PAGE_SIZE } from './cases-export.ts';
import { PHONE_NUMBER_EXTENSION_ID, PHONE_NUMBER_TYPE, type StixBundle } from './stix.ts';
import { stixValidator } from './stix-validator.ts';
import { insertReport, seedReportRow } from './test-factory.ts';

let ctx: TestContext;
let analyst: SignedIn;
let supervisor: SignedIn;
let caseworker: SignedIn;
const SECRET = 'Secret narrative about my sister in Urumqi';
const references: string[] = [];
/** The perpetrators' identifiers of the confirmed campaign (and how they are written in exports). */
const IDENTIFIER_VALUES = ['+8613800138000', '8613800138000', '13800138000', 'wxid_abc123'];
let campaignCases: string[] = [];

async function addIndicator(
  caseId: string,
  reportId: string,
  ind: {
    kind: string;
    platform?: string;
    value: string;
    source: 'structured' | 'narrative';
    warned?: boolean;
  },
) {
  const { rows } = await ctx.deps.db.query<{ id: string }>(
    'SELECT id::text FROM indicator_values WHERE kind = $1 AND platform IS NOT DISTINCT FROM $2 AND blind_index = $3',
    [ind.kind, ind.platform ?? null, Buffer.from(ind.value)],
  );
  let valueId = rows[0]?.id;
  if (!valueId) {
    valueId = await ctx.deps.db.transaction(async (tx) => {
      const key = await ctx.deps.vault.newDataKey(tx);
      const { rows: ins } = await tx.query<{ id: string }>(
        `INSERT INTO indicator_values (kind, platform, blind_index, value_sealed, warned, occurrence_count, first_seen)
         VALUES ($1, $2, $3, $4, $5, 1, now()) RETURNING id::text`,
        [
          ind.kind,
          ind.platform ?? null,
          Buffer.from(ind.value),
          ctx.deps.vault.seal(key, ind.value, valueAad(ind.kind)),
          ind.warned ?? false,
        ],
      );
      return ins[0]!.id;
    });
  }
  await ctx.deps.db.query(
    'INSERT INTO indicator_occurrences (value_id, report_id, case_id, source) VALUES ($1, $2, $3, $4)',
    [valueId, reportId, caseId, ind.source],
  );
}

beforeAll(async () => {
  ctx = await startTestContext({ PUBLIC_URL: 'https://focalpoint.example.ca' });
  analyst = await signInAs(ctx, 'analyst');
  supervisor = await signInAs(ctx, 'supervisor');
  caseworker = await signInAs(ctx, 'caseworker');

  const a = await insertReport(ctx.deps, {
    narrative: SECRET,
    identity: { name: 'Ayşe Tursun', email: 'ayse@example.org' },
    province: 'BC',
    tactics: ['death_threat', 'threat_against_family'],
    communities: ['uyghur'],
    channels: ['messaging_app'],
    status: 'triaged',
    risk: 'high',
    receivedAt: new Date('2026-03-04T22:13:00Z'),
  });
  await insertReport(ctx.deps, {
    caseId: a.caseId,
    tactics: ['doxxing'],
    receivedAt: new Date('2026-03-05T10:00:00Z'),
  });
  const b = await insertReport(ctx.deps, {
    province: 'QC',
    tactics: ['phishing'],
    communities: ['tibetan'],
    receivedAt: new Date('2026-04-01T10:00:00Z'),
  });
  await insertReport(ctx.deps, { spam: true });
  references.push(a.reference, b.reference);
  // One referral sent to the police about case a, with an outcome reported back.
  const org = await createPartnerOrg(ctx);
  await ctx.deps.db.transaction(async (tx) => {
    const key = await ctx.deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO referrals (id, case_id, partner_org_id, basis, status, consent_relied_on, created_by, created_at,
                              sent_at, data_key_id, purpose_sealed, package_sha256, outcome, outcome_at, updated_at)
       VALUES ($1, $2, $3, 'consent', 'sent', 'referral_police', $4, now(), now(), $5, $6, $7, 'investigating', now(), now())`,
      [
        randomUUID(),
        a.caseId,
        org,
        supervisor.userId,
        key.id,
        ctx.deps.vault.seal(key, 'purpose', 'referral.purpose'),
        'ab'.repeat(32),
      ],
    );
  });
  campaignCases = [a.caseId, b.caseId];

  // A confirmed campaign joining the two cases through a shared WeChat account and a phone number.
  const campaignId = randomUUID();
  await ctx.deps.db.query(
    `INSERT INTO campaigns (id, status, created_at, updated_at) VALUES ($1, 'confirmed', '2026-04-02T09:00:00Z', '2026-04-03T09:00:00Z')`,
    [campaignId],
  );
  for (const caseId of campaignCases) {
    await ctx.deps.db.query(
      'INSERT INTO campaign_members (campaign_id, case_id, added_at) VALUES ($1, $2, now())',
      [campaignId, caseId],
    );
  }
  const reportOf = async (caseId: string) =>
    (
      await ctx.deps.db.query<{ id: string }>(
        'SELECT id FROM reports WHERE case_id = $1 ORDER BY received_at LIMIT 1',
        [caseId],
      )
    ).rows[0]!.id;
  const ra = await reportOf(a.caseId);
  const rb = await reportOf(b.caseId);
  await addIndicator(a.caseId, ra, { kind: 'phone', value: '+8613800138000', source: 'structured' });
  await addIndicator(b.caseId, rb, { kind: 'phone', value: '+8613800138000', source: 'narrative' });
  await addIndicator(a.caseId, ra, {
    kind: 'account',
    platform: 'wechat',
    value: 'wxid_abc123',
    source: 'structured',
  });
  // The reporter's own address, found in one narrative only: never exported.
  await addIndicator(a.caseId, ra, { kind: 'email', value: 'ayse@example.org', source: 'narrative' });
  // A platform's public address on the warning list: never exported.
  await addIndicator(a.caseId, ra, {
    kind: 'email',
    value: 'support@wechat.com',
    source: 'structured',
    warned: true,
  });
});

afterAll(async () => ctx?.close());

describe('GET /api/v1/exports/cases.csv and .json', () => {
  it('gives analysts de-identified cases as CSV with a BOM, without references, narratives or identities', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/cases.csv',
      headers: analyst.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="focalpoint-cases-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const raw = res.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3); // header + two cases; the spam case is left out
    const bc = lines.find((l) => l.includes(',BC,'))!;
    expect(bc).toMatch(
      /^C-[0-9A-Z]{10},2026-03,triaged,high,BC,death_threat;doxxing;threat_against_family,uyghur,messaging_app,,,CN,2,1,investigating:1,false$/,
    );
    for (const secret of [SECRET, 'Tursun', 'ayse@example.org', ...IDENTIFIER_VALUES, ...references])
      expect(res.body).not.toContain(secret);
  });

  it('gives the same rows as JSON, with pseudonyms stable from one export to the next', async () => {
    const get = async () => {
      const res = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/exports/cases.json',
        headers: supervisor.headers,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      return res.json() as { pseudonym: string; province: string; reports: number; tactics: string[] }[];
    };
    const first = await get();
    const second = await get();
    expect(first).toHaveLength(2);
    expect(first.map((r) => r.pseudonym)).toEqual(second.map((r) => r.pseudonym));
    expect(first.find((r) => r.province === 'QC')).toMatchObject({ reports: 1, tactics: ['phishing'] });
    // De-identified for every exporter: no identifier value even in a supervisor's export.
    const analystJson = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/cases.json',
      headers: analyst.headers,
    });
    for (const value of IDENTIFIER_VALUES) expect(analystJson.body).not.toContain(value);
  });

  it('filters by the day cases were opened', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/cases.json?from=2026-03-31&to=2026-05-01',
      headers: analyst.headers,
    });
    expect((res.json() as { province: string }[]).map((r) => r.province)).toEqual(['QC']);
  });

  it('refuses other roles and anonymous callers, and audits every export', async () => {
    const denied = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/cases.csv',
      headers: caseworker.headers,
    });
    expect(denied.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/v1/exports/cases.json' });
    expect(anonymous.statusCode).toBe(401);
    const { rows } = await ctx.deps.db.query<{ actor_id: string; meta: { format: string } }>(
      `SELECT actor_id, meta FROM audit_log WHERE action = 'export.cases.downloaded' ORDER BY seq`,
    );
    expect(rows.map((r) => [r.actor_id, r.meta.format])).toContainEqual([analyst.userId, 'csv']);
    expect(rows.map((r) => [r.actor_id, r.meta.format])).toContainEqual([supervisor.userId, 'json']);
  });
});

/** A STIX bundle as `who` downloads it, checked against the OASIS schemas. */
async function validBundle(who: SignedIn, url: string) {
  const res = await ctx.app.inject({ method: 'GET', url, headers: who.headers });
  expect(res.statusCode).toBe(200);
  const bundle = res.json() as StixBundle;
  expect(stixValidator('https://focalpoint.example.ca').errors(bundle)).toEqual([]);
  return { res, bundle };
}

describe('GET /api/v1/exports/stix', () => {
  it('exports the confirmed campaign with identifier values for a supervisor, valid against the OASIS schemas', async () => {
    const { res, bundle } = await validBundle(supervisor, '/api/v1/exports/stix');
    const types = bundle.objects.map((o) => o.type);
    expect(types.filter((t) => t === 'campaign')).toHaveLength(1);
    expect(types).toContain('intrusion-set'); // a suspected state, but no perpetrator given with high confidence
    expect(types).toContain('attack-pattern');
    const phone = bundle.objects.find((o) => o.type === PHONE_NUMBER_TYPE)!;
    expect(phone.value).toBe('+8613800138000');
    expect(phone.extensions).toEqual({ [PHONE_NUMBER_EXTENSION_ID]: { extension_type: 'new-sco' } });
    const observed = bundle.objects.find((o) => o.type === 'observed-data' && o.number_observed === 2);
    expect(observed).toBeDefined();
    expect(bundle.objects.find((o) => o.type === 'user-account')).toMatchObject({
      account_login: 'wxid_abc123',
      account_type: 'wechat',
    });
    const text = res.body;
    for (const secret of [
      SECRET,
      'Tursun',
      'ayse@example.org',
      'support@wechat.com',
      ...references,
      ...campaignCases,
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('gives an analyst identifier kinds, never values: no observable, indicator or observed-data', async () => {
    const { res, bundle } = await validBundle(analyst, '/api/v1/exports/stix');
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const t of ['campaign', 'intrusion-set', 'attack-pattern', 'report', 'relationship'])
      expect(types).toContain(t);
    for (const t of ['indicator', 'observed-data', PHONE_NUMBER_TYPE, 'user-account', 'email-addr'])
      expect(types).not.toContain(t);
    const counts = bundle.objects.find((o) => o.type === 'report')!;
    expect(counts.object_refs).toEqual([bundle.objects.find((o) => o.type === 'campaign')!.id]);
    expect(counts.description).toBe(
      'Accounts (wechat): 1, seen 2026-03-04 to 2026-03-04.\nPhone numbers: 1, seen 2026-03-04 to 2026-04-01.',
    );
    for (const secret of [...IDENTIFIER_VALUES, SECRET, 'Tursun', 'ayse@example.org', ...references])
      expect(res.body).not.toContain(secret);
    // The campaign itself is the same object a supervisor's bundle holds.
    const supervisors = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/exports/stix', headers: supervisor.headers })
    ).json() as StixBundle;
    const campaign = (b: StixBundle) => b.objects.find((o) => o.type === 'campaign');
    expect(campaign(bundle)).toEqual(campaign(supervisors));
    const { rows } = await ctx.deps.db.query<{ meta: { identifiers: string } }>(
      `SELECT meta FROM audit_log WHERE action = 'export.stix.downloaded' AND actor_id = $1`,
      [analyst.userId],
    );
    expect(rows.map((r) => r.meta.identifiers)).toEqual(['kinds']);
  });

  it('is stable from one export to the next and honours since and tlp', async () => {
    const one = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/exports/stix', headers: supervisor.headers })
    ).body;
    const two = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/exports/stix', headers: supervisor.headers })
    ).body;
    expect(one).toBe(two);
    const later = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/exports/stix?since=${encodeURIComponent('2026-05-01T00:00:00Z')}`,
      headers: supervisor.headers,
    });
    expect((later.json() as StixBundle).objects.some((o) => o.type === 'campaign')).toBe(false);
    const red = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/stix?tlp=red',
      headers: supervisor.headers,
    });
    const campaign = (red.json() as StixBundle).objects.find((o) => o.type === 'campaign')!;
    expect(campaign.object_marking_refs).toEqual([
      'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    ]);
    const denied = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/stix',
      headers: caseworker.headers,
    });
    expect(denied.statusCode).toBe(403);
  });

  it('serves the phone-number extension definition and its schema publicly', async () => {
    const def = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/stix/extensions/x-focalpoint-phone-number',
    });
    expect(def.statusCode).toBe(200);
    const ext = def.json() as { id: string; schema: string; type: string };
    expect(ext.id).toBe(PHONE_NUMBER_EXTENSION_ID);
    expect(stixValidator('https://focalpoint.example.ca').objectErrors({ ...ext })).toEqual([]);
    const schema = await ctx.app.inject({ method: 'GET', url: new URL(ext.schema).pathname });
    expect(schema.statusCode).toBe(200);
    expect((JSON.parse(schema.body) as { $id: string }).$id).toBe(ext.schema);
  });
});

describe('an analyst’s STIX export with values, approved by a supervisor', () => {
  type Request = { id: string; status: string; expiresAt: string | null; tlp: string };
  const as = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const ask = async (who: SignedIn, payload: object = {}) => {
    const res = await as(who, 'POST', '/api/v1/exports/stix/requests', payload);
    expect(res.statusCode).toBe(201);
    return res.json() as Request;
  };
  const signInAgain = async (who: SignedIn): Promise<SignedIn> => {
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: {
        email: who.email,
        password: who.password,
        totp: totpCode(who.totpSecret, ctx.deps.clock.now()),
      },
    });
    expect(login.statusCode).toBe(200);
    const cookie = sessionCookieFrom(login.headers['set-cookie']);
    const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
    return { ...who, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
  };
  const bundleOf = (who: SignedIn, id: string) =>
    as(who, 'GET', `/api/v1/exports/stix/requests/${id}/bundle`);

  it('is downloaded once, by the analyst who asked, only after a supervisor approved it', async () => {
    const request = await ask(analyst, { tlp: 'red' });
    expect(request).toMatchObject({ status: 'pending', tlp: 'red', expiresAt: null });

    // Before approval: refused, and the analyst learns no value.
    const early = await bundleOf(analyst, request.id);
    expect(early.statusCode).toBe(403);
    expect((early.json() as { error: { code: string } }).error.code).toBe('exports.error.notApproved');
    // Analysts cannot approve, not even their own request.
    expect(
      (await as(analyst, 'POST', `/api/v1/exports/stix/requests/${request.id}/approve`)).statusCode,
    ).toBe(403);

    const approved = await as(supervisor, 'POST', `/api/v1/exports/stix/requests/${request.id}/approve`);
    expect(approved.statusCode).toBe(200);
    const decided = approved.json() as Request;
    expect(decided.status).toBe('approved');
    expect(new Date(decided.expiresAt!).getTime() - ctx.clock.ms()).toBe(24 * 3600_000);
    expect(
      (await as(supervisor, 'POST', `/api/v1/exports/stix/requests/${request.id}/reject`)).statusCode,
    ).toBe(409);

    // Another analyst cannot use it: as far as they can tell it does not exist.
    const colleague = await signInAs(ctx, 'analyst');
    expect((await bundleOf(colleague, request.id)).statusCode).toBe(404);

    const { bundle } = await validBundle(analyst, `/api/v1/exports/stix/requests/${request.id}/bundle`);
    expect(bundle.objects.find((o) => o.type === PHONE_NUMBER_TYPE)?.value).toBe('+8613800138000');
    // The parameters approved are the ones exported.
    expect(bundle.objects.find((o) => o.type === 'campaign')!.object_marking_refs).toEqual([
      'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
    ]);

    const again = await bundleOf(analyst, request.id);
    expect(again.statusCode).toBe(410);
    const fr = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/exports/stix/requests/${request.id}/bundle`,
      headers: { ...analyst.headers, 'accept-language': 'fr' },
    });
    expect((fr.json() as { error: { message: string } }).error.message).toMatch(/superviseur/);

    const mine = (await as(analyst, 'GET', '/api/v1/exports/stix/requests')).json() as { items: Request[] };
    expect(mine.items.find((r) => r.id === request.id)?.status).toBe('used');
    expect((await as(colleague, 'GET', '/api/v1/exports/stix/requests')).json()).toEqual({ items: [] });

    const { rows } = await ctx.deps.db.query<{ action: string; actor_id: string; target_id: string | null }>(
      `SELECT action, actor_id, target_id FROM audit_log
        WHERE target_id = $1 OR (action = 'export.stix.downloaded' AND actor_id = $2 AND target_id IS NOT NULL)
        ORDER BY seq`,
      [request.id, analyst.userId],
    );
    expect(rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['export.stix_values.requested', analyst.userId],
      ['export.stix_values.approved', supervisor.userId],
      ['export.stix.downloaded', analyst.userId],
    ]);
  });

  it('is refused to other roles', async () => {
    expect((await as(supervisor, 'POST', '/api/v1/exports/stix/requests', {})).statusCode).toBe(403);
    expect((await as(caseworker, 'GET', '/api/v1/exports/stix/requests')).statusCode).toBe(403);
    const request = await ask(analyst);
    expect((await bundleOf(supervisor, request.id)).statusCode).toBe(403);
  });

  it('expires unused after 24 hours, and a rejected request is never downloaded', async () => {
    const late = await ask(analyst);
    expect(
      (await as(supervisor, 'POST', `/api/v1/exports/stix/requests/${late.id}/approve`)).statusCode,
    ).toBe(200);
    // A day later (only the date moves: sessions end sooner than that, so both sign in again).
    ctx.clock.set(ctx.clock.ms() + 24 * 3600_000);
    analyst = await signInAgain(analyst);
    supervisor = await signInAgain(supervisor);
    expect((await bundleOf(analyst, late.id)).statusCode).toBe(410);
    const listed = (await as(supervisor, 'GET', '/api/v1/exports/stix/requests')).json() as {
      items: Request[];
    };
    expect(listed.items.find((r) => r.id === late.id)?.status).toBe('expired');

    const refused = await ask(analyst);
    const rejected = await as(supervisor, 'POST', `/api/v1/exports/stix/requests/${refused.id}/reject`);
    expect((rejected.json() as Request).status).toBe('rejected');
    expect((await bundleOf(analyst, refused.id)).statusCode).toBe(403);
  });
});

describe('focalpoint export cases', () => {
  it('writes the export through the running server’s admin socket, page by page, with progress', async () => {
    // More cases than one page, so the keyset pagination is exercised.
    await ctx.deps.db.transaction(async (tx) => {
      // One report sealed, then copied under other ids and references (the export reads no content), all
      // written in one statement with their shared data key, as the demo bulk loader writes a batch.
      const template = await seedReportRow(ctx.deps, tx, {
        receivedAt: new Date('2026-06-01T00:00:00Z'),
        risk: 'low',
      });
      const rows = Array.from({ length: PAGE_SIZE + 20 }, (_, i) => ({
        ...template,
        report: {
          ...template.report,
          id: randomUUID(),
          caseId: randomUUID(),
          reference: `FP-BULK${String(i).padStart(6, '0')}`,
          receiptHash: randomBytes(32),
        },
      }));
      await insertReports(tx, rows);
    });
    const stop = await startAdminSocket(ctx.deps, allOperations());
    const out = path.join(ctx.dataDir, 'export-test.csv');
    const events: AdminEvent[] = [];
    try {
      const result = await callAdminSocket(ctx.dataDir, 'export.cases', { format: 'csv', out }, (e) =>
        events.push(e),
      );
      expect(result).toMatchObject({ ok: true, data: { file: out, cases: PAGE_SIZE + 22, format: 'csv' } });
    } finally {
      await stop();
    }
    const text = await readFile(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(PAGE_SIZE + 23);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.at(-1)).toMatchObject({ done: PAGE_SIZE + 22, total: PAGE_SIZE + 22 });
    await rm(out);
  });
});
