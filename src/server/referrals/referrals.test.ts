import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  PartnerOrg,
  Referral,
  ReferralList,
  ReferralPackage,
} from '../../shared/contracts/referrals.ts';
import { createPartnerOrg, type SignedIn, signInAs } from '../auth/testing.ts';
import { type FactoryReport, seedReport } from '../cases/testing/factory.ts';
import { exifWithGps, makeJpeg } from '../evidence/testing/fixtures.ts';
import { openFollowup, updateConsents } from '../followup/service.ts';
import { multipartBody, nextAddress } from '../intake/testing/http.ts';
import { seedPartnerOrgs } from '../partner-orgs/seed.ts';
import { listTaxonomy, termLabel } from '../taxonomy/repo.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { referralNewsForReport } from './reporter-news.ts';
import { codesIn, pdfText } from './testing/pdf-text.ts';

let ctx: TestContext;
let caseworker: SignedIn;
let otherCaseworker: SignedIn;
let supervisor: SignedIn;
let intake: SignedIn;
let admin: SignedIn;
let analyst: SignedIn;
let policeA: string;
let policeB: string;
let victimServices: string;
let partnerA: SignedIn;
let partnerB: SignedIn;
let partnerVictim: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  policeA = await createPartnerOrg(ctx, { name: 'Police A', kind: 'police' });
  policeB = await createPartnerOrg(ctx, { name: 'Police B', kind: 'police' });
  victimServices = await createPartnerOrg(ctx, { name: 'Helpers', kind: 'victim_services' });
  [caseworker, otherCaseworker, supervisor, intake, admin, analyst, partnerA, partnerB, partnerVictim] =
    await Promise.all([
      signInAs(ctx, 'caseworker'),
      signInAs(ctx, 'caseworker'),
      signInAs(ctx, 'supervisor'),
      signInAs(ctx, 'intake_officer'),
      signInAs(ctx, 'admin'),
      signInAs(ctx, 'analyst'),
      signInAs(ctx, 'partner', { partnerOrgId: policeA }),
      signInAs(ctx, 'partner', { partnerOrgId: policeB }),
      signInAs(ctx, 'partner', { partnerOrgId: victimServices }),
    ]);
}, 90_000);
afterAll(() => ctx?.close());

type Method = 'GET' | 'POST' | 'PATCH';
const call = (who: SignedIn | null, method: Method, url: string, payload?: object) =>
  ctx.app.inject({ method, url, ...(who ? { headers: who.headers } : {}), ...(payload ? { payload } : {}) });

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A case assigned to `caseworker`, with the consents given. */
async function assignedCase(
  consents: { police?: boolean; contact?: boolean; updates?: boolean },
  seed: Parameters<typeof seedReport>[1] = {},
): Promise<FactoryReport> {
  const report = await seedReport(ctx.deps, seed);
  await ctx.deps.db.query(
    `UPDATE reports SET consent_referral_police = $2, consent_contact = $3, consent_updates = $4 WHERE id = $1`,
    [report.reportId, consents.police ?? false, consents.contact ?? false, consents.updates ?? true],
  );
  await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [
    report.caseId,
    caseworker.userId,
  ]);
  return report;
}

const refer = (
  who: SignedIn,
  caseId: string,
  body: { partnerOrgId: string; basis: string; purpose?: string; note?: string; overrideReason?: string },
) => call(who, 'POST', `/api/v1/cases/${caseId}/referrals`, { purpose: 'Investigate the threats', ...body });

async function auditActions(targetId: string): Promise<string[]> {
  const { rows } = await ctx.deps.db.query<{ action: string }>(
    'SELECT action FROM audit_log WHERE target_id = $1 ORDER BY seq',
    [targetId],
  );
  return rows.map((r) => r.action);
}

describe('partner organisations', () => {
  it('are seeded once, editable by admins, and a renamed one is not put back', async () => {
    const list = await call(admin, 'GET', '/api/v1/partner-orgs');
    expect(list.statusCode).toBe(200);
    const names = (list.json() as { items: PartnerOrg[] }).items.map((o) => o.name);
    for (const name of [
      'RCMP National Security Information Network',
      'Ontario Provincial Police',
      'Sûreté du Québec',
      'Service de police de la Ville de Montréal',
      'CSIS public reporting',
      'Victim Services Toronto',
      'Digital-security helpline',
    ]) {
      expect(names).toContain(name);
    }
    const rcmp = (list.json() as { items: PartnerOrg[] }).items.find((o) => o.name.startsWith('RCMP'))!;
    expect(rcmp).toMatchObject({ kind: 'police', jurisdiction: 'national', active: true });

    const renamed = await call(admin, 'PATCH', `/api/v1/partner-orgs/${rcmp.id}`, {
      name: 'RCMP NSIN (Ottawa desk)',
      contactEmail: 'nsin@example.org',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await seedPartnerOrgs(ctx.deps.db)).toBe(0);
    const again = (await call(admin, 'GET', '/api/v1/partner-orgs')).json() as { items: PartnerOrg[] };
    expect(again.items.filter((o) => o.name.startsWith('RCMP')).map((o) => o.name)).toEqual([
      'RCMP NSIN (Ottawa desk)',
    ]);
    expect(await auditActions(rcmp.id)).toEqual(['partner_org.updated']);
  });

  it('admins add and deactivate; staff who refer see the active ones; others are refused', async () => {
    const created = await call(admin, 'POST', '/api/v1/partner-orgs', {
      name: 'Campus Safety, Example University',
      kind: 'university',
      jurisdiction: 'BC',
      contactEmail: 'safety@example.edu',
    });
    expect(created.statusCode, created.body).toBe(201);
    const org = created.json() as PartnerOrg;
    expect(
      (await call(admin, 'POST', '/api/v1/partner-orgs', { name: org.name, kind: 'other' })).statusCode,
    ).toBe(409);
    expect((await call(admin, 'PATCH', `/api/v1/partner-orgs/${org.id}`, { active: false })).statusCode).toBe(
      200,
    );

    const forCaseworker = (await call(caseworker, 'GET', '/api/v1/partner-orgs')).json() as {
      items: PartnerOrg[];
    };
    expect(forCaseworker.items.some((o) => o.id === org.id)).toBe(false);
    expect(forCaseworker.items.length).toBeGreaterThan(10);
    expect(
      (await call(caseworker, 'POST', '/api/v1/partner-orgs', { name: 'X', kind: 'other' })).statusCode,
    ).toBe(403);
    expect((await call(partnerA, 'GET', '/api/v1/partner-orgs')).statusCode).toBe(403);
    expect((await call(analyst, 'GET', '/api/v1/partner-orgs')).statusCode).toBe(403);
    expect((await call(null, 'GET', '/api/v1/partner-orgs')).statusCode).toBe(401);

    const kase = await assignedCase({ police: true, contact: true });
    const refused = await refer(caseworker, kase.caseId, { partnerOrgId: org.id, basis: 'consent' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.partnerOrgId).toMatch(/inactive/);
  });
});

describe('consent and the imminent-danger override', () => {
  it('refuses a police referral without consent to police, but allows victim services on consent to contact', async () => {
    const kase = await assignedCase({ police: false, contact: true });
    const police = await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' });
    expect(police.statusCode).toBe(403);
    expect(police.json().error.code).toBe('referrals.error.noPoliceConsent');
    const supervisorToo = await refer(supervisor, kase.caseId, { partnerOrgId: policeA, basis: 'consent' });
    expect(supervisorToo.statusCode).toBe(403);

    const victim = await refer(caseworker, kase.caseId, { partnerOrgId: victimServices, basis: 'consent' });
    expect(victim.statusCode, victim.body).toBe(201);
    expect(victim.json()).toMatchObject({ status: 'sent', basis: 'consent', contactIncluded: false });

    const { rows } = await ctx.deps.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [
      kase.caseId,
    ]);
    expect(rows[0]?.status).toBe('referred');
  });

  it('refuses other partners when the person did not agree to be contacted', async () => {
    const kase = await assignedCase({ police: true, contact: false });
    const res = await refer(caseworker, kase.caseId, { partnerOrgId: victimServices, basis: 'consent' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('referrals.error.noContactConsent');
    const police = await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' });
    expect(police.statusCode, police.body).toBe(201);
  });

  it('lets only the assigned caseworker and supervisors refer', async () => {
    const kase = await assignedCase({ police: true, contact: true });
    expect(
      (await refer(otherCaseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })).statusCode,
    ).toBe(403);
    expect((await refer(intake, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })).statusCode).toBe(
      403,
    );
    expect((await refer(admin, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })).statusCode).toBe(
      403,
    );
    expect((await refer(partnerA, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })).statusCode).toBe(
      403,
    );
    const unknown = await refer(caseworker, kase.caseId, {
      partnerOrgId: crypto.randomUUID(),
      basis: 'consent',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it("holds a caseworker's override until a supervisor approves it; both acts are audited, the reason sealed", async () => {
    const kase = await assignedCase({ police: false, contact: false });
    const reason = 'He said he will come to her house tonight with a knife';
    expect(
      (await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'imminent_danger' })).statusCode,
    ).toBe(400);
    expect(
      (
        await refer(caseworker, kase.caseId, {
          partnerOrgId: policeA,
          basis: 'consent',
          overrideReason: reason,
        })
      ).statusCode,
    ).toBe(400);

    const requested = await refer(caseworker, kase.caseId, {
      partnerOrgId: policeA,
      basis: 'imminent_danger',
      overrideReason: reason,
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const pending = requested.json() as Referral;
    expect(pending).toMatchObject({
      status: 'pending_approval',
      packageSha256: null,
      overrideReason: reason,
    });

    // Nothing has reached the partner yet.
    expect((await call(partnerA, 'GET', `/api/v1/referrals/${pending.id}`)).statusCode).toBe(404);
    const listed = (await call(partnerA, 'GET', '/api/v1/referrals')).json() as ReferralList;
    expect(listed.items.some((r) => r.id === pending.id)).toBe(false);
    // Only a supervisor approves.
    expect((await call(caseworker, 'POST', `/api/v1/referrals/${pending.id}/approve`)).statusCode).toBe(403);

    const approved = await call(supervisor, 'POST', `/api/v1/referrals/${pending.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'sent', basis: 'imminent_danger' });
    expect(approved.json().overrideApprovedAt).not.toBeNull();
    expect((await call(supervisor, 'POST', `/api/v1/referrals/${pending.id}/approve`)).statusCode).toBe(409);

    const seen = await call(partnerA, 'GET', `/api/v1/referrals/${pending.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().overrideReason).toBeNull();
    expect(seen.json().caseId).toBeNull();

    const actions = await auditActions(pending.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        'referral.created',
        'referral.override_approved',
        'referral.sent',
        'referral.viewed',
      ]),
    );
    const { rows } = await ctx.deps.db.query<{ t: string }>(
      'SELECT r::text AS t FROM referrals r WHERE id = $1',
      [pending.id],
    );
    expect(rows[0]?.t).not.toContain('knife');
    expect(Buffer.from(rows[0]?.t ?? '').toString('hex')).not.toContain(Buffer.from('knife').toString('hex'));
  });

  it("sends a supervisor's own override at once, recorded as approved by them", async () => {
    const kase = await assignedCase({ police: false, contact: false });
    const res = await refer(supervisor, kase.caseId, {
      partnerOrgId: policeA,
      basis: 'imminent_danger',
      overrideReason: 'Credible threat to life within hours',
    });
    expect(res.statusCode, res.body).toBe(201);
    const referral = res.json() as Referral;
    expect(referral.status).toBe('sent');
    expect(referral.overrideApprovedAt).not.toBeNull();
    expect(await auditActions(referral.id)).toEqual(
      expect.arrayContaining(['referral.created', 'referral.override_approved', 'referral.sent']),
    );
  });

  it('stops sharing when the reporter withdraws consent, and tells the partner', async () => {
    const kase = await assignedCase({ police: true, contact: true });
    const made = await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' });
    expect(made.statusCode, made.body).toBe(201);
    const id = (made.json() as Referral).id;
    expect((await call(partnerA, 'GET', `/api/v1/referrals/${id}/package.json`)).statusCode).toBe(200);

    await updateConsents(ctx.deps, { receipt: kase.receipt, consents: { referralToPolice: false } });

    const seen = (await call(partnerA, 'GET', `/api/v1/referrals/${id}`)).json() as Referral;
    expect(seen.consentWithdrawn).toBe(true);
    for (const path of ['package.json', 'package.pdf']) {
      const res = await call(partnerA, 'GET', `/api/v1/referrals/${id}/${path}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('referrals.error.consentWithdrawn');
    }
    const listed = (await call(partnerA, 'GET', '/api/v1/referrals')).json() as ReferralList;
    expect(listed.items.find((r) => r.id === id)?.consentWithdrawn).toBe(true);
    // And a new consent-based referral to police is refused.
    expect(
      (await refer(caseworker, kase.caseId, { partnerOrgId: policeB, basis: 'consent' })).statusCode,
    ).toBe(403);
  });
});

describe('the case after a referral', () => {
  it('is referred at a new version, and the next change made against that version succeeds', async () => {
    const kase = await assignedCase({ police: true });
    const before = (await call(caseworker, 'GET', `/api/v1/cases/${kase.caseId}`)).json() as {
      version: number;
      status: string;
    };
    expect(
      (await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })).statusCode,
    ).toBe(201);
    const after = (await call(caseworker, 'GET', `/api/v1/cases/${kase.caseId}`)).json() as {
      version: number;
      status: string;
    };
    expect(after.status).toBe('referred');
    expect(after.version).toBeGreaterThan(before.version);
    // What the case page sent before it refreshed: the version it had read. Refused, as it should be.
    const stale = await call(caseworker, 'PATCH', `/api/v1/cases/${kase.caseId}`, {
      version: before.version,
      status: 'in_progress',
    });
    expect(stale.statusCode).toBe(409);
    const fresh = await call(caseworker, 'PATCH', `/api/v1/cases/${kase.caseId}`, {
      version: after.version,
      status: 'in_progress',
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
  });
});

describe('a partner sees only its own organisation', () => {
  it("answers 404 to every route and id of another organisation's referral, exactly like an unknown id", async () => {
    const jpeg = makeJpeg({ exif: exifWithGps({ latitude: [43, 39, 7], artist: 'someone' }) });
    const kase = await assignedCase(
      { police: true, contact: true },
      {
        evidence: [
          { original: jpeg, sanitised: Buffer.from('sanitised'), filename: 'a.jpg', mediaType: 'image/jpeg' },
        ],
      },
    );
    const made = await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' });
    expect(made.statusCode, made.body).toBe(201);
    const theirs = made.json() as Referral;
    const fileId = theirs.evidence[0]!.fileId;
    const ownCase = await assignedCase({ police: true, contact: true });
    const own = (
      await refer(caseworker, ownCase.caseId, { partnerOrgId: policeB, basis: 'consent' })
    ).json() as Referral;

    // Partner A can reach everything of its own.
    for (const path of [
      '',
      '/package.json',
      '/package.pdf',
      `/evidence/${fileId}`,
      `/evidence/${fileId}?copy=original`,
    ]) {
      expect((await call(partnerA, 'GET', `/api/v1/referrals/${theirs.id}${path}`)).statusCode, path).toBe(
        200,
      );
    }

    const unknown = crypto.randomUUID();
    const probes: [Method, string, object?][] = [];
    for (const id of [theirs.id, unknown, 'not-a-uuid', theirs.id.toUpperCase()]) {
      probes.push(
        ['GET', `/api/v1/referrals/${id}`],
        ['GET', `/api/v1/referrals/${id}/package.json`],
        ['GET', `/api/v1/referrals/${id}/package.pdf`],
        ['GET', `/api/v1/referrals/${id}/evidence/${fileId}`],
        ['GET', `/api/v1/referrals/${id}/evidence/${fileId}?copy=original`],
        ['PATCH', `/api/v1/referrals/${id}`, { acknowledge: true }],
        ['PATCH', `/api/v1/referrals/${id}`, { outcome: 'closed', outcomeNote: 'x' }],
      );
    }
    // Their file through B's own referral, and B's own referral with an unknown file.
    probes.push(
      ['GET', `/api/v1/referrals/${own.id}/evidence/${fileId}`],
      ['GET', `/api/v1/referrals/${own.id}/evidence/${unknown}`],
    );
    const bodies = new Set<string>();
    for (const [method, url, payload] of probes) {
      const res = await call(partnerB, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      bodies.add(res.body);
    }
    expect(bodies.size).toBe(1);

    // Routes that are not a partner's at all answer by role, whatever the id.
    expect((await call(partnerB, 'POST', `/api/v1/referrals/${theirs.id}/approve`)).statusCode).toBe(403);
    expect((await call(partnerB, 'POST', `/api/v1/referrals/${unknown}/approve`)).statusCode).toBe(403);
    expect((await call(partnerB, 'GET', `/api/v1/cases/${kase.caseId}`)).statusCode).toBe(403);
    expect((await call(partnerB, 'GET', `/api/v1/cases/${kase.caseId}/evidence/${fileId}`)).statusCode).toBe(
      403,
    );

    // Lists: B's holds B's only; filters cannot widen it.
    for (const query of ['', `?caseId=${kase.caseId}`, '?status=sent', '?status=pending_approval']) {
      const listed = (await call(partnerB, 'GET', `/api/v1/referrals${query}`)).json() as ReferralList;
      expect(
        listed.items.every((r) => r.partnerOrg.id === policeB),
        query,
      ).toBe(true);
      expect(listed.items.some((r) => r.id === theirs.id)).toBe(false);
    }
    // Nothing B did changed A's referral.
    const after = (await call(partnerA, 'GET', `/api/v1/referrals/${theirs.id}`)).json() as Referral;
    expect(after.acknowledgedAt).toBeNull();
    expect(after.outcome).toBeNull();
  });

  it('staff: a caseworker sees the referrals of their own cases only; analysts and admins none', async () => {
    const kase = await assignedCase({ police: true, contact: true });
    const made = (
      await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })
    ).json() as Referral;
    expect((await call(caseworker, 'GET', `/api/v1/referrals/${made.id}`)).statusCode).toBe(200);
    expect((await call(otherCaseworker, 'GET', `/api/v1/referrals/${made.id}`)).statusCode).toBe(404);
    expect((await call(otherCaseworker, 'GET', `/api/v1/referrals/${made.id}/package.json`)).statusCode).toBe(
      404,
    );
    const others = (await call(otherCaseworker, 'GET', '/api/v1/referrals')).json() as ReferralList;
    expect(others.items).toEqual([]);
    expect((await call(intake, 'GET', `/api/v1/referrals/${made.id}`)).statusCode).toBe(200);
    expect((await call(analyst, 'GET', '/api/v1/referrals')).statusCode).toBe(403);
    expect((await call(admin, 'GET', `/api/v1/referrals/${made.id}`)).statusCode).toBe(403);
    // Staff answer nothing on the partner's behalf.
    expect(
      (await call(supervisor, 'PATCH', `/api/v1/referrals/${made.id}`, { acknowledge: true })).statusCode,
    ).toBe(403);
  });
});

describe('the package and its evidence manifest', () => {
  it('carries the SHA-256 of the very bytes the reporter uploaded, and hashes itself', async () => {
    const photo = makeJpeg({ exif: exifWithGps({ latitude: [45, 30, 2], artist: 'my phone' }) });
    const notes = Buffer.from('Plate ABC 123 seen at 22:40; 他们说会找到我的家人\n', 'utf8');
    const { payload, headers } = multipartBody(
      {
        language: 'en',
        narrative: 'A man photographed me at the vigil and later sent the photos to my phone.',
        tactics: 'physical_surveillance',
        channels: 'rally_or_protest',
        'incident[province]': 'ON',
        'reporter[anonymous]': 'false',
        'reporter[name]': 'Pema Dolkar',
        'reporter[email]': 'pema@example.org',
        'consents[referralToPolice]': 'true',
        'consents[contact]': 'true',
        'consents[updates]': 'true',
        'perpetrators[0][description]': 'man in a grey coat',
        'perpetrators[0][indicators][0][kind]': 'phone',
        'perpetrators[0][indicators][0][value]': '+86 138 0013 8000',
      },
      [
        { filename: 'vigil.jpg', contentType: 'image/jpeg', bytes: photo },
        { filename: 'notes.txt', contentType: 'text/plain', bytes: notes },
      ],
    );
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload,
      headers,
      remoteAddress: nextAddress(),
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { reference, receipt } = submitted.json() as { reference: string; receipt: string };
    const { rows } = await ctx.deps.db.query<{ case_id: string; id: string }>(
      'SELECT case_id, id FROM reports WHERE reference = $1',
      [reference],
    );
    const caseId = rows[0]!.case_id;
    const reportId = rows[0]!.id;
    await ctx.deps.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [caseId, caseworker.userId]);

    const made = await refer(caseworker, caseId, {
      partnerOrgId: policeA,
      basis: 'consent',
      purpose: 'Identify the photographer',
      note: 'She is available on weekday mornings.',
    });
    expect(made.statusCode, made.body).toBe(201);
    const referral = made.json() as Referral;
    expect(referral.contactIncluded).toBe(true);

    const json = await call(partnerA, 'GET', `/api/v1/referrals/${referral.id}/package.json`);
    expect(json.statusCode).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    const bytes = json.rawPayload;
    // The package's own hash, recorded on the referral.
    expect(sha256(bytes)).toBe(referral.packageSha256);
    const { rows: recorded } = await ctx.deps.db.query<{ package_sha256: string }>(
      'SELECT package_sha256 FROM referrals WHERE id = $1',
      [referral.id],
    );
    expect(recorded[0]?.package_sha256).toBe(sha256(bytes));

    const pkg = JSON.parse(bytes.toString('utf8')) as ReferralPackage;
    const byType = new Map(pkg.evidenceManifest.map((e) => [e.mediaType, e]));
    expect(byType.get('image/jpeg')?.sha256Original).toBe(sha256(photo));
    expect(byType.get('image/jpeg')?.sizeBytes).toBe(photo.length);
    expect(byType.get('text/plain')?.sha256Original).toBe(sha256(notes));
    expect(byType.get('image/jpeg')?.sha256Sanitised).not.toBe(sha256(photo));

    // The files a partner downloads match the manifest: the sanitised copy by default, the original on request.
    const jpegEntry = byType.get('image/jpeg')!;
    const sanitised = await call(
      partnerA,
      'GET',
      `/api/v1/referrals/${referral.id}/evidence/${jpegEntry.fileId}`,
    );
    expect(sanitised.statusCode).toBe(200);
    expect(sha256(sanitised.rawPayload)).toBe(jpegEntry.sha256Sanitised);
    expect(sanitised.rawPayload.includes(Buffer.from('my phone'))).toBe(false);
    const original = await call(
      partnerA,
      'GET',
      `/api/v1/referrals/${referral.id}/evidence/${jpegEntry.fileId}?copy=original`,
    );
    expect(original.rawPayload.equals(photo)).toBe(true);
    expect(original.headers['content-disposition']).toMatch(
      new RegExp(`filename="${reference}-file-\\d-original\\.jpg"`),
    );

    // Content: bilingual headings, narrative, classification, identifiers, contact (consented), timeline.
    expect(pkg.headings.manifest).toEqual({ en: 'Evidence manifest', fr: 'Inventaire des preuves' });
    expect(pkg.reports[0]?.narrative).toContain('photographed me at the vigil');
    expect(pkg.reports[0]?.classification.tactics).toEqual(['physical_surveillance']);
    expect(pkg.reports[0]?.identifiers[0]).toMatchObject({ kind: 'phone' });
    expect(pkg.reports[0]?.contact).toMatchObject({ name: 'Pema Dolkar', email: 'pema@example.org' });
    expect(pkg.referral).toMatchObject({ purpose: 'Identify the photographer', basis: 'consent' });
    expect(pkg.timeline.some((e) => e.event.startsWith('report_received'))).toBe(true);

    const pdf = await call(partnerA, 'GET', `/api/v1/referrals/${referral.id}/package.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // The PDF reads in words, in the partner's language: names, dates and events, no codes or ids.
    const english = await pdfText(pdf.rawPayload);
    const tactic = (await listTaxonomy(ctx.deps.db)).find((term) => term.code === 'physical_surveillance')!;
    for (const words of [
      termLabel(tactic, 'en'),
      'Ontario',
      'Police A',
      'Phone number',
      '+86 138 0013 8000',
      'Case opened',
      `Report ${reference} received`,
      'With the person’s consent',
      'File 1 (report',
      sha256(photo),
    ]) {
      expect(english).toContain(words);
    }
    expect(english).toMatch(
      /(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/,
    );
    expect(codesIn(english)).toEqual([]);
    const french = await pdfText(
      (await call(partnerA, 'GET', `/api/v1/referrals/${referral.id}/package.pdf?lang=fr`)).rawPayload,
    );
    for (const words of [termLabel(tactic, 'fr'), 'Dossier ouvert', 'Avec le consentement de la personne']) {
      expect(french).toContain(words);
    }
    expect(french).toMatch(
      /\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
    );
    expect(codesIn(french)).toEqual([]);

    const downloads = await auditActions(referral.id);
    expect(downloads.filter((a) => a === 'referral.package.downloaded')).toHaveLength(3);
    const { rows: fileAudits } = await ctx.deps.db.query<{ action: string; meta: Record<string, string> }>(
      `SELECT action, meta FROM audit_log WHERE action = 'referral.evidence.downloaded' AND target_id = $1`,
      [jpegEntry.fileId],
    );
    expect(fileAudits.map((a) => a.meta.copy).sort()).toEqual(['original', 'sanitised']);

    // The follow-up answer tells the reporter.
    const view = await openFollowup(ctx.deps, { receipt, locale: 'en' });
    expect(view.status.code).toBe('referred');
    expect(await referralNewsForReport(ctx.deps, reportId, 'en')).toHaveLength(1);
  });

  it('leaves contact details out when the person did not agree to be contacted', async () => {
    const kase = await assignedCase(
      { police: true, contact: false },
      { identity: { name: 'Anon Person', email: 'anon@example.org' } },
    );
    const referral = (
      await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })
    ).json() as Referral;
    expect(referral.contactIncluded).toBe(false);
    const pkg = (
      await call(partnerA, 'GET', `/api/v1/referrals/${referral.id}/package.json`)
    ).json() as ReferralPackage;
    expect(pkg.reports[0]?.contact).toBeNull();
    expect(JSON.stringify(pkg)).not.toContain('anon@example.org');
  });

  it('only police and intelligence partners take originals', async () => {
    const kase = await assignedCase(
      { police: true, contact: true },
      {
        evidence: [
          {
            original: Buffer.from('orig'),
            sanitised: Buffer.from('clean'),
            filename: 'a.txt',
            mediaType: 'text/plain',
          },
        ],
      },
    );
    const referral = (
      await refer(caseworker, kase.caseId, { partnerOrgId: victimServices, basis: 'consent' })
    ).json() as Referral;
    const fileId = referral.evidence[0]!.fileId;
    const clean = await call(partnerVictim, 'GET', `/api/v1/referrals/${referral.id}/evidence/${fileId}`);
    expect(clean.body).toBe('clean');
    const orig = await call(
      partnerVictim,
      'GET',
      `/api/v1/referrals/${referral.id}/evidence/${fileId}?copy=original`,
    );
    expect(orig.statusCode).toBe(403);
  });
});

describe('acknowledgement, outcome and what the reporter is told', () => {
  it('flags overdue acknowledgements to staff, records the answer, and tells the reporter in plain words', async () => {
    const kase = await assignedCase({ police: true, contact: true, updates: true });
    const referral = (
      await refer(caseworker, kase.caseId, { partnerOrgId: policeA, basis: 'consent' })
    ).json() as Referral;
    expect(referral.ackOverdue).toBe(false);
    await ctx.deps.db.query(`UPDATE referrals SET sent_at = sent_at - interval '10 days' WHERE id = $1`, [
      referral.id,
    ]);
    const staffList = (
      await call(caseworker, 'GET', `/api/v1/referrals?caseId=${kase.caseId}`)
    ).json() as ReferralList;
    expect(staffList.items).toHaveLength(1);
    expect(staffList.items[0]?.ackOverdue).toBe(true);

    ctx.clock.set(ctx.clock.ms() + 60_000);
    const ack = await call(partnerA, 'PATCH', `/api/v1/referrals/${referral.id}`, {
      acknowledge: true,
      partnerReference: 'OPS-2026-118734',
    });
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ partnerReference: 'OPS-2026-118734', ackOverdue: false });
    ctx.clock.set(ctx.clock.ms() + 60_000);
    const outcome = await call(partnerA, 'PATCH', `/api/v1/referrals/${referral.id}`, {
      outcome: 'investigating',
      outcomeNote: 'Assigned to the hate-crime unit',
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    expect(outcome.json()).toMatchObject({
      outcome: 'investigating',
      outcomeNote: 'Assigned to the hate-crime unit',
    });
    expect(
      (await call(partnerA, 'PATCH', `/api/v1/referrals/${referral.id}`, { outcomeNote: 'x' })).statusCode,
    ).toBe(400);
    expect((await call(partnerA, 'PATCH', `/api/v1/referrals/${referral.id}`, {})).statusCode).toBe(400);
    expect(
      (await call(partnerA, 'PATCH', `/api/v1/referrals/${referral.id}`, { outcome: 'solved' })).statusCode,
    ).toBe(400);

    const actions = await auditActions(referral.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        'referral.acknowledged',
        'referral.partner_reference_set',
        'referral.outcome_set',
      ]),
    );
    const { rows } = await ctx.deps.db.query<{ t: string }>(
      `SELECT string_agg(t::text, ' ') AS t FROM (SELECT r::text AS t FROM referrals r WHERE id = $1
         UNION ALL SELECT e::text FROM referral_events e WHERE referral_id = $1) x`,
      [referral.id],
    );
    expect(rows[0]?.t).not.toContain('OPS-2026');
    expect(rows[0]?.t).not.toContain('hate-crime');

    const en = await referralNewsForReport(ctx.deps, kase.reportId, 'en');
    const day = new Date(ctx.clock.ms() - 10 * 86_400_000 - 120_000).toISOString().slice(0, 10);
    expect(en.map((n) => n.text)).toEqual([
      `On ${day}, your report was referred to the police.`,
      expect.stringMatching(/^On \d{4}-\d{2}-\d{2}, the police confirmed they received it\.$/),
      expect.stringMatching(/^On \d{4}-\d{2}-\d{2}, the police told us they are investigating\.$/),
    ]);
    const fr = await referralNewsForReport(ctx.deps, kase.reportId, 'fr');
    expect(fr[0]?.text).toBe(`Le ${day}, votre signalement a été transmis à la police.`);
    expect((await referralNewsForReport(ctx.deps, kase.reportId, 'zh-Hans'))[2]?.text).toContain(
      '警方告知我们正在调查',
    );
    for (const locale of ['zh-Hant', 'bo', 'ug'] as const) {
      const lines = await referralNewsForReport(ctx.deps, kase.reportId, locale);
      expect(lines).toHaveLength(3);
      expect(lines[0]?.text).not.toMatch(/referred to/);
    }
    // The reporter's own follow-up, opened with the receipt, says it in their language.
    const followup = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/followup',
      headers: { authorization: `Receipt ${kase.receipt}`, 'accept-language': 'fr' },
      remoteAddress: nextAddress(),
    });
    expect(followup.statusCode, followup.body).toBe(200);
    expect(followup.json().referral.text).toContain('la police nous a indiqué mener une enquête');
    expect(followup.body).not.toContain('hate-crime');
    // No partner note or reference number ever reaches the reporter.
    expect(JSON.stringify(en)).not.toContain('hate-crime');
    expect(JSON.stringify(en)).not.toContain('OPS-2026');

    await updateConsents(ctx.deps, { receipt: kase.receipt, consents: { updates: false } });
    expect(await referralNewsForReport(ctx.deps, kase.reportId, 'en')).toEqual([]);
  });
});
