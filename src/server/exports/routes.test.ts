import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAdminSocket, startAdminSocket } from '../admin/admin-socket.ts';
import type { AdminEvent } from '../admin/operation.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
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
    for (const secret of [SECRET, 'Tursun', 'ayse@example.org', ...references])
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

describe('GET /api/v1/exports/stix', () => {
  it('exports the confirmed campaign as a bundle that validates against the OASIS schemas', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/exports/stix',
      headers: analyst.headers,
    });
    expect(res.statusCode).toBe(200);
    const bundle = res.json() as StixBundle;
    expect(stixValidator('https://focalpoint.example.ca').errors(bundle)).toEqual([]);
    const types = bundle.objects.map((o) => o.type);
    expect(types.filter((t) => t === 'campaign')).toHaveLength(1);
    expect(types).toContain('intrusion-set'); // a suspected state, but no perpetrator given with high confidence
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
