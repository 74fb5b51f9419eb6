import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseIdentifiers, CaseLinks } from '../../shared/contracts/indicators.ts';
import type { ReportInputBody } from '../../shared/contracts/report.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * Linking that reads real words (issue 17), through the public API as reporters send reports: ordinary
 * words never become identifiers; a dedicated site links however it is written; shared services and
 * private addresses never link; every link says why; staff correct what extraction got wrong.
 */
let ctx: TestContext;
let analyst: SignedIn;
let supervisor: SignedIn;
let officer: SignedIn;

beforeAll(async () => {
  ctx = await startTestContext();
  [analyst, supervisor, officer] = await Promise.all([
    signInAs(ctx, 'analyst'),
    signInAs(ctx, 'supervisor'),
    signInAs(ctx, 'intake_officer'),
  ]);
});
afterAll(() => ctx?.close());

async function submit(body: Partial<ReportInputBody> & { narrative: string }) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { language: 'en', suspectedState: 'CN', ...body },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode, res.body).toBe(201);
  await ctx.settle();
  const { reference, receipt } = res.json() as { reference: string; receipt: string };
  const { rows } = await ctx.deps.db.query<{ case_id: string; id: string }>(
    'SELECT case_id, id FROM reports WHERE reference = $1',
    [reference],
  );
  return { reference, receipt, caseId: rows[0]!.case_id, reportId: rows[0]!.id };
}

const get = async <T>(who: SignedIn, url: string) => {
  const res = await ctx.app.inject({ method: 'GET', url, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const linksOf = (who: SignedIn, caseId: string) => get<CaseLinks>(who, `/api/v1/cases/${caseId}/links`);

describe('ordinary words', () => {
  it('never become identifiers, so unrelated reports that name platforms never link', async () => {
    const reports = [
      await submit({ narrative: 'They sent threats on WeChat against my family back home.' }),
      await submit({ language: 'fr', narrative: 'On me harcèle sur WeChat depuis des mois.' }),
      await submit({ narrative: 'People on Telegram and Facebook told me to stop posting.' }),
      await submit({ narrative: 'Someone on WeChat account said my mother would be visited.' }),
    ];
    for (const r of reports) expect((await linksOf(analyst, r.caseId)).links).toEqual([]);
    const ids = await get<CaseIdentifiers>(officer, `/api/v1/cases/${reports[0]!.caseId}/identifiers`);
    expect(ids.items).toEqual([]);
  });
});

describe('a dedicated site', () => {
  it('links however victims write it — a page, the home page, bare in Chinese, defanged, a mailbox’s domain', async () => {
    const variants = [
      await submit({ narrative: 'My photo is on https://stalker-list.org/list?id=44 with my address.' }),
      await submit({ narrative: 'The site https://www.stalker-list.org/ publishes names of activists.' }),
      await submit({ language: 'zh-Hans', narrative: '他们在stalker-list.org上公布了我的住址。' }),
      await submit({ language: 'fr', narrative: 'Mon nom est sur hxxps://stalker-list[.]org, je crois.' }),
      await submit({ narrative: 'The threats came from admin@stalker-list.org every night.' }),
    ];
    const links = await linksOf(analyst, variants[0]!.caseId);
    expect(links.links.map((l) => l.caseId).sort()).toEqual(
      variants
        .slice(1)
        .map((v) => v.caseId)
        .sort(),
    );
    expect(links.links.every((l) => l.strength === 'strong')).toBe(true);
    // Each link says what was shared and how each side wrote it; the value only to a supervisor.
    const toMailbox = links.links.find((l) => l.caseId === variants[4]!.caseId)!;
    expect(toMailbox.evidence).toEqual([
      expect.objectContaining({
        kind: 'domain',
        matchedHere: ['url-domain'],
        matchedThere: ['email-domain'],
        weight: 1,
        reasons: ['sure', 'rare'],
      }),
    ]);
    expect(toMailbox.evidence[0]!.value).toBeUndefined();
    expect(JSON.stringify(links)).not.toContain('stalker-list');
    const forSupervisor = await linksOf(supervisor, variants[0]!.caseId);
    expect(forSupervisor.links[0]!.evidence.map((e) => e.value)).toContain('stalker-list.org');
    // They form one campaign, named from what they share.
    const { items } = await get<{
      items: { members: { caseId: string }[]; sharedIdentifiers: { kind: string }[] }[];
    }>(analyst, '/api/v1/campaigns');
    const campaign = items.find((c) => c.members.some((m) => m.caseId === variants[0]!.caseId))!;
    expect(campaign.members).toHaveLength(5);
    expect(campaign.sharedIdentifiers[0]).toMatchObject({ kind: 'domain' });
  });

  it('and a server’s public IP address links, a private one never', async () => {
    const a = await submit({
      narrative: 'The phishing page was hosted at 45.77.12.9, said the university IT.',
    });
    const b = await submit({ narrative: 'My computer connected to 45.77.12.9 before the spyware appeared.' });
    const c = await submit({ narrative: 'My router at 192.168.1.1 was reset and my Wi-Fi at 10.0.0.2 too.' });
    const d = await submit({
      narrative: 'Someone logged into my router, 192.168.1.1, from abroad; CGNAT 100.64.3.3.',
    });
    expect((await linksOf(analyst, a.caseId)).links.map((l) => l.caseId)).toEqual([b.caseId]);
    expect((await linksOf(analyst, c.caseId)).links).toEqual([]);
    expect((await linksOf(analyst, d.caseId)).links).toEqual([]);
  });
});

describe('shared services', () => {
  it('never link two reports by their domain alone', async () => {
    const one = await submit({
      narrative:
        'They wrote from first.harasser@gmail.com and 12345@qq.com, posted t.me/+joinchat, bit.ly/3xYz and a youtube.com video.',
    });
    const two = await submit({
      narrative:
        'Messages came from other.person@gmail.com, 67890@qq.com, a link t.me/another, bit.ly/9abc and https://youtu.be/dQw4w9WgXcQ.',
    });
    expect((await linksOf(analyst, one.caseId)).links.map((l) => l.caseId)).not.toContain(two.caseId);
  });
});

describe('staff correct what extraction got wrong', () => {
  it('remove a wrong identifier (it unlinks, audited, and stays removed), add a missed one (it links)', async () => {
    const a = await submit({ narrative: 'A man called from +86 135 1111 2222 and threatened my sister.' });
    const b = await submit({ narrative: 'My landlord’s number is +86 135 1111 2222; he is not involved.' });
    expect((await linksOf(analyst, a.caseId)).links.map((l) => l.caseId)).toEqual([b.caseId]);
    // The intake officer reads report b: the number is the landlord's, named innocently. Removed.
    const ids = await get<CaseIdentifiers>(officer, `/api/v1/cases/${b.caseId}/identifiers`);
    const phone = ids.items.find((i) => i.kind === 'phone')!;
    expect(phone).toMatchObject({ value: '+8613511112222', matchedAs: 'phone', confidence: 'high' });
    const removed = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/cases/${b.caseId}/identifiers/${phone.identifierId}`,
      headers: officer.headers,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await linksOf(analyst, a.caseId)).links).toEqual([]);
    // A later message from the reporter repeats the number: it stays removed.
    const message = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/messages',
      headers: { authorization: `Receipt ${b.receipt}` },
      payload: { body: 'Again: the landlord is +86 135 1111 2222.' },
      remoteAddress: nextAddress(),
    });
    expect(message.statusCode, message.body).toBe(201);
    await ctx.settle();
    expect((await linksOf(analyst, a.caseId)).links).toEqual([]);
    const after = await get<CaseIdentifiers>(officer, `/api/v1/cases/${b.caseId}/identifiers`);
    expect(after.items.filter((i) => i.kind === 'phone')).toEqual([]);
    expect(after.removed).toHaveLength(1);

    // Report c names an account in words the extractor cannot be sure of: a person adds it.
    const c = await submit({ narrative: 'The same man messaged me; his Signal name is tiger_watch_99.' });
    const d = await submit({
      narrative: 'I was followed after the vigil.',
      perpetrators: [{ indicators: [{ kind: 'account', platform: 'telegram', value: '@tiger_watch_99' }] }],
    });
    expect((await linksOf(analyst, d.caseId)).links.map((l) => l.caseId)).not.toContain(c.caseId);
    const added = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${c.caseId}/identifiers`,
      headers: officer.headers,
      payload: { reportId: c.reportId, kind: 'account', platform: 'telegram', value: 'tiger_watch_99' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await linksOf(analyst, d.caseId)).links.map((l) => l.caseId)).toContain(c.caseId);
    const audit = await ctx.deps.db.query<{ action: string; meta: Record<string, unknown> }>(
      `SELECT action, meta FROM audit_log WHERE action LIKE 'case.identifier.%' ORDER BY seq`,
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['case.identifier.removed', 'case.identifier.added']);
    expect(JSON.stringify(audit.rows)).not.toMatch(/tiger|13511112222/);
    // Analysts never read identifier values of a case.
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/cases/${c.caseId}/identifiers`,
          headers: analyst.headers,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('alerts and similar cases', () => {
  it('raise one alert per arriving report, naming every case it links to', async () => {
    const x = await submit({ narrative: 'Calls from +86 177 0000 1111 every night.' });
    const y = await submit({ narrative: 'Threats from +86 177 0000 1111 and from watcher@menace-hub.net.' });
    const z = await submit({
      narrative: 'He wrote from watcher@menace-hub.net and called +86 177 0000 1111.',
    });
    const { items } = await get<{ items: { caseId: string; linkedCases: { caseId: string }[] }[] }>(
      analyst,
      '/api/v1/campaigns/alerts?unseen=true&limit=200',
    );
    const forZ = items.filter((a) => a.caseId === z.caseId);
    expect(forZ).toHaveLength(1);
    expect(forZ[0]!.linkedCases.map((c) => c.caseId).sort()).toEqual([x.caseId, y.caseId].sort());
  });

  it('offer cases alike but sharing no identifier as possibly related — never linked', async () => {
    const base: Partial<ReportInputBody> = {
      tactics: ['physical_surveillance'],
      communities: ['tibetan'],
      incident: { province: 'BC' },
    };
    const p = await submit({ ...base, narrative: 'Two men photographed us outside the temple.' });
    const q = await submit({ ...base, narrative: 'A car followed me home from the community hall.' });
    const other = await submit({
      ...base,
      incident: { province: 'QC' as const },
      narrative: 'Photographed at a rally.',
    });
    const similar = await get<{ items: { caseId: string; tactics: string[] }[] }>(
      analyst,
      `/api/v1/cases/${p.caseId}/similar`,
    );
    expect(similar.items.map((s) => s.caseId)).toContain(q.caseId);
    expect(similar.items.map((s) => s.caseId)).not.toContain(other.caseId);
    expect(similar.items.find((s) => s.caseId === q.caseId)!.tactics).toEqual(['physical_surveillance']);
    expect((await linksOf(analyst, p.caseId)).links).toEqual([]);
  });
});
