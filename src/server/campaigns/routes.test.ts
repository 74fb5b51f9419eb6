import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInputBody } from '../../shared/contracts/report.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { recomputeCampaigns } from './linking.ts';

let ctx: TestContext;
let analyst: SignedIn;
let supervisor: SignedIn;
let caseworker: SignedIn;
let admin: SignedIn;

async function submit(body: Partial<ReportInputBody> & { narrative: string }) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { language: 'en', suspectedState: 'CN', ...body },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(201);
  await ctx.settle();
  const { reference } = res.json() as { reference: string };
  const { rows } = await ctx.deps.db.query<{ case_id: string }>(
    'SELECT case_id FROM reports WHERE reference = $1',
    [reference],
  );
  return { reference, caseId: rows[0]!.case_id };
}

const as = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  ctx = await startTestContext();
  [analyst, supervisor, caseworker, admin] = await Promise.all([
    signInAs(ctx, 'analyst'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'caseworker'),
    signInAs(ctx, 'admin'),
  ]);
});
afterAll(async () => {
  await ctx?.close();
});

describe('links, campaigns and alerts', () => {
  let first: { reference: string; caseId: string };
  let second: { reference: string; caseId: string };
  let third: { reference: string; caseId: string };

  beforeAll(async () => {
    first = await submit({
      narrative: 'He wrote from @Shadow_Watcher on X and called from +86 186 1234 5678.',
      reporter: { anonymous: false, name: 'Identity Canary Person', email: 'identity.canary@example.org' },
    });
    second = await submit({ language: 'fr', narrative: 'Le compte https://x.com/shadow_watcher me menace.' });
    third = await submit({ narrative: 'Another call from 0086 186-1234-5678 last night.' });
  });

  it('only analysts and supervisors read links and campaigns', async () => {
    expect((await as(caseworker, 'GET', `/api/v1/cases/${first.caseId}/links`)).statusCode).toBe(403);
    expect((await as(admin, 'GET', '/api/v1/campaigns')).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/campaigns' })).statusCode).toBe(401);
    expect((await as(supervisor, 'GET', '/api/v1/campaigns')).statusCode).toBe(200);
  });

  it('a case lists the cases it shares identifiers with, and never a reporter’s identity', async () => {
    const res = await as(analyst, 'GET', `/api/v1/cases/${first.caseId}/links`);
    expect(res.statusCode).toBe(200);
    const { links } = res.json() as {
      links: { caseId: string; reference: string; shared: { kind: string }[] }[];
    };
    expect(links.map((l) => l.reference).sort()).toEqual([second.reference, third.reference].sort());
    expect(res.body).not.toMatch(/Identity Canary|identity\.canary|shadow_watcher|8612345678/i);
    expect(
      (await as(analyst, 'GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000/links')).statusCode,
    ).toBe(404);
  });

  it('a new report that links raises alerts that each analyst marks seen', async () => {
    const res = await as(analyst, 'GET', '/api/v1/campaigns/alerts?unseen=true');
    const { items } = res.json() as {
      items: { id: string; reference: string; linkedCases: { reference: string }[]; campaignId: string }[];
    };
    // One alert per arriving report that linked, naming the cases it links to.
    expect(items.map((a) => [a.reference, a.linkedCases.map((l) => l.reference).sort()])).toEqual(
      expect.arrayContaining([
        [second.reference, [first.reference]],
        [third.reference, [first.reference]],
      ]),
    );
    expect(items.every((a) => a.campaignId)).toBe(true);
    const one = items[0]!;
    expect((await as(analyst, 'POST', `/api/v1/campaigns/alerts/${one.id}/seen`)).statusCode).toBe(204);
    const after = (await as(analyst, 'GET', '/api/v1/campaigns/alerts?unseen=true')).json() as {
      items: { id: string }[];
    };
    expect(after.items.map((a) => a.id)).not.toContain(one.id);
    const forSupervisor = (await as(supervisor, 'GET', '/api/v1/campaigns/alerts?unseen=true')).json() as {
      items: { id: string }[];
    };
    expect(forSupervisor.items.map((a) => a.id)).toContain(one.id);
  });

  it('shows the campaign with its graph, and analysts confirm, name and annotate it (sealed)', async () => {
    const list = (await as(analyst, 'GET', '/api/v1/campaigns')).json() as {
      items: { id: string; status: string; members: { reference: string }[] }[];
    };
    expect(list.items).toHaveLength(1);
    const campaign = list.items[0]!;
    expect(campaign.status).toBe('suggested');
    expect(campaign.members.map((m) => m.reference).sort()).toEqual(
      [first.reference, second.reference, third.reference].sort(),
    );

    const detail = (await as(analyst, 'GET', `/api/v1/campaigns/${campaign.id}`)).json() as {
      sharedIdentifiers: { kind: string; value?: string; cases: number }[];
      graph: {
        nodes: ({ type: 'case'; reference: string } | { type: 'identifier'; kind: string; value?: string })[];
        edges: { source: string; target: string; matchedAs: string[] }[];
      };
    };
    // A case–identifier picture: three cases, the account and the phone number that join them.
    expect(detail.graph.nodes.filter((n) => n.type === 'case')).toHaveLength(3);
    const identifiers = detail.graph.nodes.filter((n) => n.type === 'identifier');
    expect(identifiers.map((n) => (n.type === 'identifier' ? n.kind : '')).sort()).toEqual([
      'account',
      'phone',
    ]);
    expect(detail.graph.edges).toHaveLength(4);
    expect(detail.graph.edges.flatMap((e) => e.matchedAs).sort()).toEqual([
      'handle',
      'phone',
      'phone',
      'url',
    ]);
    // Named from what joins it; analysts see kinds, never values.
    expect(detail.sharedIdentifiers.map((s) => [s.kind, s.cases])).toEqual([
      ['account', 2],
      ['phone', 2],
    ]);
    expect(JSON.stringify(detail)).not.toMatch(/shadow_watcher|8612345678/i);
    const forSupervisor = (await as(supervisor, 'GET', `/api/v1/campaigns/${campaign.id}`)).json() as {
      sharedIdentifiers: { value?: string }[];
    };
    expect(forSupervisor.sharedIdentifiers.map((s) => s.value)).toEqual([
      'x:shadow_watcher',
      '+8618612345678',
    ]);

    const patched = await as(analyst, 'PATCH', `/api/v1/campaigns/${campaign.id}`, {
      status: 'confirmed',
      name: 'Shadow watcher calls',
      note: 'Same caller, same account.',
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      status: 'confirmed',
      name: 'Shadow watcher calls',
      note: 'Same caller, same account.',
    });
    const { rows } = await ctx.deps.db.query(`SELECT * FROM campaigns WHERE id = $1`, [campaign.id]);
    expect(JSON.stringify(rows)).not.toContain('Shadow watcher');
    const audit = await ctx.deps.db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE target_type = 'campaign' AND target_id = $1`,
      [campaign.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['campaign.confirmed']);

    // A confirmed campaign survives recomputation, name and all, and gains a newly linked case.
    const fourth = await submit({ narrative: 'They texted me from +86 18612345678 too.' });
    await recomputeCampaigns(ctx.deps.db, { now: new Date() });
    const again = (await as(analyst, 'GET', `/api/v1/campaigns/${campaign.id}`)).json() as {
      status: string;
      name: string;
      members: { reference: string }[];
    };
    expect(again.status).toBe('confirmed');
    expect(again.name).toBe('Shadow watcher calls');
    expect(again.members.map((m) => m.reference)).toContain(fourth.reference);
  });

  it('a rejected link stays rejected: never shown, never suggested again', async () => {
    const a = await submit({ narrative: 'Threats from lonely.troll@example.com.' });
    const b = await submit({ narrative: 'Also from Lonely.Troll@Example.com!' });
    const before = (await as(analyst, 'GET', `/api/v1/cases/${a.caseId}/links`)).json() as {
      links: { caseId: string }[];
    };
    expect(before.links.map((l) => l.caseId)).toEqual([b.caseId]);
    const campaignsBefore = (await as(analyst, 'GET', '/api/v1/campaigns?status=suggested')).json() as {
      items: { members: { caseId: string }[] }[];
    };
    expect(campaignsBefore.items.some((c) => c.members.some((m) => m.caseId === a.caseId))).toBe(true);

    const rejected = await as(analyst, 'POST', '/api/v1/campaigns/links/reject', {
      caseA: b.caseId,
      caseB: a.caseId,
    });
    expect(rejected.statusCode).toBe(204);
    const after = (await as(analyst, 'GET', `/api/v1/cases/${a.caseId}/links`)).json() as {
      links: unknown[];
    };
    expect(after.links).toEqual([]);
    await recomputeCampaigns(ctx.deps.db, { now: new Date() });
    const campaignsAfter = (await as(analyst, 'GET', '/api/v1/campaigns')).json() as {
      items: { members: { caseId: string }[] }[];
    };
    expect(campaignsAfter.items.some((c) => c.members.some((m) => m.caseId === a.caseId))).toBe(false);
    expect(
      (await as(analyst, 'POST', '/api/v1/campaigns/links/reject', { caseA: a.caseId, caseB: a.caseId }))
        .statusCode,
    ).toBe(400);
  });
});

describe('the warning list', () => {
  it('is seeded, admins edit it, and warned values never link', async () => {
    const list = (await as(admin, 'GET', '/api/v1/indicators/warning-list')).json() as {
      items: { id: string; kind: string; value: string; reason: string }[];
    };
    expect(list.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'phone', value: '+18004205805', reason: 'public_hotline' }),
        expect.objectContaining({ kind: 'domain', value: 'facebook.com', reason: 'platform' }),
      ]),
    );
    expect((await as(analyst, 'GET', '/api/v1/indicators/warning-list')).statusCode).toBe(403);

    // The focal point's own line, quoted by two unrelated reporters.
    const added = await as(admin, 'POST', '/api/v1/indicators/warning-list', {
      kind: 'phone',
      value: '(613) 555-0142',
      reason: 'own_contact',
    });
    expect(added.statusCode).toBe(201);
    const x = await submit({ narrative: 'I called the focal point at 613-555-0142 about the threats.' });
    const y = await submit({ language: 'fr', narrative: 'J’ai appelé le +1 613 555 0142 pour signaler.' });
    expect(
      ((await as(analyst, 'GET', `/api/v1/cases/${x.caseId}/links`)).json() as { links: unknown[] }).links,
    ).toEqual([]);

    // Removed from the list, the value links again.
    const id = (added.json() as { ids: string[] }).ids[0]!;
    expect(
      (
        await ctx.app.inject({
          method: 'DELETE',
          url: `/api/v1/indicators/warning-list/${id}`,
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(204);
    const links = (await as(analyst, 'GET', `/api/v1/cases/${x.caseId}/links`)).json() as {
      links: { caseId: string }[];
    };
    expect(links.links.map((l) => l.caseId)).toEqual([y.caseId]);
    const { rows } = await ctx.deps.db.query<{ value_sealed: Buffer }>(
      'SELECT value_sealed FROM indicator_warning_list',
    );
    expect(rows.every((r) => !Buffer.from(r.value_sealed).includes('facebook'))).toBe(true);
  });
});
