import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportInputBody } from '../../shared/contracts/report.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let searcher: SignedIn;
const refs: Record<string, string> = {};

async function submit(label: string, body: Partial<ReportInputBody> & { narrative: string }) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: { language: 'en', suspectedState: 'CN', ...body },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(201);
  refs[label] = (res.json() as { reference: string }).reference;
  await ctx.settle();
}

async function search(query: string): Promise<string[]> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/search?${query}`,
    headers: searcher.headers,
  });
  expect(res.statusCode).toBe(200);
  const labels = Object.fromEntries(Object.entries(refs).map(([k, v]) => [v, k]));
  return (res.json() as { items: { reportReference: string }[] }).items
    .map((i) => labels[i.reportReference]!)
    .sort();
}

describe('blind search', () => {
  beforeAll(async () => {
    ctx = await startTestContext();
    // Words and identifiers are searched by staff who read content (search/policy.ts; insider.test.ts).
    searcher = await signInAs(ctx, 'intake_officer');
    await submit('en', {
      narrative: 'A stranger photographed me at the vigil and threatened my family.',
      tactics: ['physical_surveillance', 'threat_against_family'],
      incident: { province: 'ON', ongoing: false },
      communities: ['hong_kong'],
    });
    await submit('fr', {
      language: 'fr',
      narrative:
        'Un inconnu m’a photographié à la vigile; on a menacé ma famille au téléphone +86 138 0013 8000.',
      tactics: ['physical_surveillance'],
      incident: { province: 'QC', ongoing: false },
      communities: ['uyghur'],
    });
    await submit('zh', {
      language: 'zh-Hans',
      narrative: '有人在多伦多大学跟踪我，还发来死亡威胁。',
      tactics: ['death_threat', 'stalking'],
      incident: { province: 'ON', ongoing: false },
      communities: ['tibetan'],
    });
    await submit('other', {
      narrative: 'Someone posted my address online, 13800138000 called me.',
      tactics: ['doxxing'],
      incident: { province: 'BC', ongoing: false },
      communities: ['uyghur'],
    });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('every word must match, in any case and accent', async () => {
    expect(await search('q=vigil+family')).toEqual(['en']);
    expect(await search('q=PHOTOGRAPHIÉ+famille')).toEqual(['fr']);
    expect(await search('q=vigil+address')).toEqual([]);
  });

  it('Chinese is found without spaces, by character pairs', async () => {
    expect(await search(`q=${encodeURIComponent('死亡威胁')}`)).toEqual(['zh']);
    expect(await search(`q=${encodeURIComponent('多伦多大学')}`)).toEqual(['zh']);
    expect(await search(`q=${encodeURIComponent('北京大学')}`)).toEqual([]);
  });

  it('filters by classification, province, status, dates, reference and identifier', async () => {
    expect(await search('tactic=physical_surveillance')).toEqual(['en', 'fr']);
    expect(await search('tactic=physical_surveillance&province=QC')).toEqual(['fr']);
    expect(await search('community=uyghur&community=tibetan')).toEqual(['fr', 'other', 'zh']);
    expect(await search('status=new&province=ON')).toEqual(['en', 'zh']);
    expect(await search('status=closed')).toEqual([]);
    expect(await search(`reference=${refs.zh!.toLowerCase()}`)).toEqual(['zh']);
    const today = new Date().toISOString().slice(0, 10);
    expect(await search(`from=${today}&to=${today}`)).toEqual(['en', 'fr', 'other', 'zh']);
    expect(await search('to=2020-01-01')).toEqual([]);
    // The same number written two ways, found by either.
    expect(await search(`indicator=${encodeURIComponent('0086 138-0013-8000')}`)).toEqual(['fr', 'other']);
    expect(await search(`indicator=${encodeURIComponent('+8613800138000')}&kind=phone&q=address`)).toEqual([
      'other',
    ]);
  });

  it('the database holds no word of the narratives', async () => {
    const { rows } = await ctx.deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_tokens');
    expect(rows[0]!.n).toBeGreaterThan(20);
    const { rows: tokens } = await ctx.deps.db.query<{ token: Uint8Array }>(
      'SELECT token FROM search_tokens',
    );
    expect(tokens.every((t) => t.token.length === 8)).toBe(true);
    const all = Buffer.concat(tokens.map((t) => Buffer.from(t.token)));
    for (const word of ['vigil', 'family', 'photograph', '威胁'])
      expect(all.includes(Buffer.from(word))).toBe(false);
  });

  it('filters by perpetrator type, suspected state, risk and identifier kind', async () => {
    expect(await search('identifierKind=phone')).toEqual(['fr', 'other']);
    expect(await search('identifierKind=email')).toEqual([]);
    expect(await search('suspectedState=CN&province=ON')).toEqual(['en', 'zh']);
    expect(await search('perpetratorType=student_association')).toEqual([]);
    expect(await search('risk=immediate&risk=high&risk=medium&risk=low&province=BC')).toEqual(['other']);
  });
});
