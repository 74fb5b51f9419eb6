import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInputBody } from '../../shared/contracts/report.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { asBuffer } from '../platform/db/db.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { recomputeCampaigns } from './linking.ts';

/**
 * Precision and recall of linking, pair by pair. Reports written as victims write them — the same phone
 * numbers, accounts, addresses and sites in different formats, scripts and languages — go in through the
 * public API, mixed with unrelated reports that share only warning-list values (911, the RCMP's line,
 * facebook.com…). The links and campaigns found must equal the truth exactly.
 */

let ctx: TestContext;
let analyst: SignedIn;

type Labelled = { label: string; body: ReportInputBody };

const report = (label: string, body: Partial<ReportInputBody> & { narrative: string }): Labelled => ({
  label,
  body: { language: 'en', suspectedState: 'CN', ...body },
});

const REPORTS: Labelled[] = [
  // Campaign A: one phone number and one X account, four languages, six spellings.
  report('A1', {
    narrative: 'A man called me from +86 138 0013 8000 and said my parents would be visited.',
    perpetrators: [{ indicators: [{ kind: 'account', platform: 'x', value: '@WolfWarrior88' }] }],
  }),
  report('A2', { language: 'zh-Hans', narrative: '有人用电话13800138000威胁我，说要去找我的家人。' }),
  report('A3', {
    language: 'fr',
    narrative: 'On m’a menacé au téléphone.',
    perpetrators: [{ indicators: [{ kind: 'phone', value: '0086-138-0013-8000' }] }],
  }),
  report('A4', {
    language: 'bo',
    narrative: 'twitter.com/wolfwarrior88 ཡིས་ང་ལ་ཉེན་བརྡ་བཏང་།',
    perpetrators: [{ indicators: [{ kind: 'other', value: 'Operation Red Lantern' }] }],
  }),
  // Campaign B: a WeChat ID and a site, in Traditional Chinese, Uyghur and English.
  report('B1', { language: 'zh-Hant', narrative: '對方的微信號：wxid_spy2024，一直傳訊息威脅我。' }),
  report('B2', {
    language: 'ug',
    narrative:
      'ئۇلار \u200fhttps://www.evil-news.com/article7/?utm_source=wechat\u200f دا مېنىڭ رەسىمىمنى ئېلان قىلدى.',
    perpetrators: [{ indicators: [{ kind: 'account', platform: 'wechat', value: 'WXID_SPY2024' }] }],
  }),
  report('B3', {
    narrative: 'They published my address on a site, signed "Operation Red Lantern".',
    perpetrators: [
      {
        indicators: [
          { kind: 'url', value: 'evil-news.com/article7' },
          { kind: 'other', value: 'operation red lantern' },
        ],
      },
    ],
  }),
  // Campaign C: an e-mail address and a QQ number.
  report('C1', { narrative: 'I received threats from Spy.Agent@ProtonMail.com after the rally.' }),
  report('C2', { language: 'zh-Hans', narrative: '他们的QQ：987654321，邮箱 spy.agent@protonmail.com。' }),
  report('C3', {
    language: 'fr',
    narrative: 'Ils m’ont contacté par QQ 987 654 321 pour me dire de rentrer.',
  }),
  // W: two reports sharing a dedicated site, named bare in one and defanged in the other: a campaign.
  report('W1', { narrative: 'My name appeared on harass-hub.net with lies about me.' }),
  report('W2', { language: 'fr', narrative: 'Mon nom est apparu sur hxxps://harass-hub[.]net/liste?id=44.' }),
  // Noise: unrelated reports that share only warning-list values (and each a value of its own).
  report('N1', {
    narrative:
      'I called 911, then the RCMP at 1-800-420-5805. They told me to report the page on https://www.facebook.com/ . The caller used +1 416 555 0101.',
  }),
  report('N2', {
    language: 'fr',
    narrative:
      'J’ai appelé la GRC au 1 800 420-5805 et regardé facebook.com. Le compte @someone_else1 me harcèle.',
  }),
  report('N3', {
    language: 'zh-Hans',
    narrative:
      '我打了911，也看了 www.facebook.com 和 https://twitter.com/ 。骚扰我的人的电话是 +86 139 1111 2222。',
  }),
  report('N4', {
    narrative:
      'The national security line +1 (800) 420-5805 and google.com did not help. Threats came from troll.account@example.net.',
  }),
];

// Direct links: the two cases' reports mention the same identifier.
const TRUE_LINKS = [
  ['A1', 'A2'], // phone
  ['A1', 'A3'], // phone
  ['A2', 'A3'], // phone
  ['A1', 'A4'], // X account
  ['B1', 'B2'], // WeChat ID
  ['B2', 'B3'], // URL
  ['C1', 'C2'], // e-mail
  ['C2', 'C3'], // QQ
  ['W1', 'W2'], // a dedicated site: a strong link
  ['A4', 'B3'], // one "other" value: a weak link, which must not chain campaigns A and B together
];
// Campaigns: the groups that strong links connect (A2 and A4 share nothing directly, but are one campaign).
const TRUE_CAMPAIGNS = [
  ['A1', 'A2', 'A3', 'A4'],
  ['B1', 'B2', 'B3'],
  ['C1', 'C2', 'C3'],
  ['W1', 'W2'],
];

const caseOf = new Map<string, string>();
const labelOf = new Map<string, string>();

beforeAll(async () => {
  ctx = await startTestContext();
  analyst = await signInAs(ctx, 'analyst');
  for (const { label, body } of REPORTS) {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      payload: body,
      remoteAddress: nextAddress(),
    });
    expect(res.statusCode, label).toBe(201);
    await ctx.settle(); // linked as it arrives, one report after another
    const { reference } = res.json() as { reference: string };
    const { rows } = await ctx.deps.db.query<{ case_id: string }>(
      'SELECT case_id FROM reports WHERE reference = $1',
      [reference],
    );
    caseOf.set(label, rows[0]!.case_id);
    labelOf.set(rows[0]!.case_id, label);
  }
});
afterAll(async () => {
  await ctx?.close();
});

const pair = (a: string, b: string) => [a, b].sort().join('–');

async function linksFound(): Promise<string[]> {
  const found = new Set<string>();
  for (const [label, caseId] of caseOf) {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseId}/links`,
      headers: analyst.headers,
    });
    expect(res.statusCode).toBe(200);
    for (const link of (res.json() as { links: { caseId: string }[] }).links) {
      found.add(pair(label, labelOf.get(link.caseId) ?? link.caseId));
    }
  }
  return [...found].sort();
}

async function campaignsFound(): Promise<string[][]> {
  const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/campaigns', headers: analyst.headers });
  expect(res.statusCode).toBe(200);
  const items = (res.json() as { items: { status: string; members: { caseId: string }[] }[] }).items;
  return items
    .filter((c) => c.status !== 'rejected')
    .map((c) => c.members.map((m) => labelOf.get(m.caseId) ?? m.caseId).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('linking precision and recall', () => {
  it('finds exactly the true links, pair by pair, as reports arrive', async () => {
    const found = await linksFound();
    const truth = TRUE_LINKS.map(([a, b]) => pair(a!, b!)).sort();
    const falsePositives = found.filter((p) => !truth.includes(p));
    const missed = truth.filter((p) => !found.includes(p));
    expect({ falsePositives, missed }).toEqual({ falsePositives: [], missed: [] });
  });

  it('groups the incrementally linked cases into exactly the true campaigns, unchained by the weak link', async () => {
    expect(await campaignsFound()).toEqual(TRUE_CAMPAIGNS);
    // Pair by pair too: every two cases of one campaign, and no other pair.
    const pairsOf = (groups: string[][]) =>
      groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => pair(a, b)))).sort();
    expect(pairsOf(await campaignsFound())).toEqual(pairsOf(TRUE_CAMPAIGNS));
  });

  it('a full recomputation finds the same campaigns and keeps their identity', async () => {
    const before = (
      (
        await ctx.app.inject({ method: 'GET', url: '/api/v1/campaigns', headers: analyst.headers })
      ).json() as {
        items: { id: string }[];
      }
    ).items
      .map((c) => c.id)
      .sort();
    const result = await recomputeCampaigns(ctx.deps.db, { now: new Date() });
    expect(result.campaigns).toBe(TRUE_CAMPAIGNS.length);
    expect(await campaignsFound()).toEqual(TRUE_CAMPAIGNS);
    const after = (
      (
        await ctx.app.inject({ method: 'GET', url: '/api/v1/campaigns', headers: analyst.headers })
      ).json() as {
        items: { id: string }[];
      }
    ).items
      .map((c) => c.id)
      .sort();
    expect(after).toEqual(before);
  });

  it('links name the kinds shared, never the values', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${caseOf.get('A1')}/links`,
      headers: analyst.headers,
    });
    const body = res.json() as { links: { caseId: string; shared: { kind: string }[]; strength: string }[] };
    const toA3 = body.links.find((l) => l.caseId === caseOf.get('A3'));
    expect(toA3?.shared).toEqual([{ kind: 'phone', count: 1 }]);
    expect(toA3?.strength).toBe('strong');
    const toA4 = body.links.find((l) => l.caseId === caseOf.get('A4'));
    expect(toA4?.shared).toEqual([{ kind: 'account', platform: 'x', count: 1 }]);
    expect(res.body).not.toMatch(/13800138000|wolfwarrior/i);
  });

  it('no indicator value is stored in plaintext in any table (canary)', async () => {
    const canaries = [
      '8613800138000',
      '13800138000',
      '138 0013 8000',
      'wolfwarrior88',
      'WolfWarrior88',
      'wxid_spy2024',
      'evil-news.com',
      'article7',
      'protonmail',
      'spyagent',
      '987654321',
      'harass-hub',
      'Red Lantern',
      'red lantern',
      'someone_else1',
    ];
    const { rows: tables } = await ctx.deps.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const found: string[] = [];
    for (const { table_name } of tables) {
      const { rows } = await ctx.deps.db.query(`SELECT * FROM ${table_name}`);
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          const bytes =
            value instanceof Uint8Array
              ? asBuffer(value)
              : Buffer.from(typeof value === 'string' ? value : JSON.stringify(value ?? null), 'utf8');
          for (const c of canaries) {
            if (bytes.includes(Buffer.from(c, 'utf8'))) found.push(`${c} in ${table_name}.${column}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
