import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseView } from '../../shared/contracts/cases.ts';
import type { DashboardSummary } from '../../shared/contracts/dashboards.ts';
import type { CaseIdentifiers } from '../../shared/contracts/indicators.ts';
import type { PublicStatistics } from '../../shared/contracts/stats.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { insertReport } from '../exports/test-factory.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { nextAddress } from './testing/http.ts';

/**
 * Issue 19's acceptance, at the API: a Sikh activist in Surrey threatened from a number in India written
 * in its national format, an Iranian journalist in Toronto writing in Persian (with Persian digits), a
 * Russian journalist writing in Russian — each sent through the form without JavaScript, classified under
 * the state they name, linked where they share an identifier, and counted under that state in the
 * dashboard and the public statistics.
 */

let ctx: TestContext;
let analyst: SignedIn;
let officer: SignedIn;

const sent: Record<'sikh' | 'sikhAgain' | 'persian' | 'persianAgain' | 'russian', string> = {
  sikh: '',
  sikhAgain: '',
  persian: '',
  persianAgain: '',
  russian: '',
};

/** Posts the report form as a browser with JavaScript off does (urlencoded), and returns the case. */
async function sendForm(locale: string, fields: Record<string, string | string[]>): Promise<string> {
  const body = new URLSearchParams({ 'consents[anonymisedStatistics]': 'true' });
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  const res = await ctx.app.inject({
    method: 'POST',
    url: `/${locale}/report`,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode, res.body.slice(0, 400)).toBe(201);
  const reference = /FP-[A-Z0-9]{7}/.exec(res.body)?.[0];
  const { rows } = await ctx.deps.db.query<{ case_id: string }>(
    'SELECT case_id FROM reports WHERE reference = $1',
    [reference],
  );
  return rows[0]!.case_id;
}

const get = <T>(who: SignedIn, url: string) =>
  ctx.app.inject({ url, headers: who.headers }).then((res) => {
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    return res.json() as T;
  });

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(new Date('2026-03-10T15:00:00Z'));
  [analyst, officer] = await Promise.all([signInAs(ctx, 'analyst'), signInAs(ctx, 'intake_officer')]);

  sent.sikh = await sendForm('en', {
    language: 'en',
    narrative:
      'I organise for Sikh rights in Surrey. Since the referendum vote a man calls me from 098140 12345 and says my family in Punjab will pay.',
    'incident[province]': 'BC',
    'incident[city]': 'Surrey',
    tactics: ['death_threat', 'threat_against_family'],
    communities: 'sikh',
    suspectedState: 'IN',
  });
  sent.sikhAgain = await sendForm('pa', {
    language: 'pa',
    narrative: 'ਮੈਨੂੰ ਧਮਕੀ ਭਰੇ ਫ਼ੋਨ ਆਉਂਦੇ ਹਨ। ਉਹ ਮੇਰੇ ਪਰਿਵਾਰ ਬਾਰੇ ਗੱਲ ਕਰਦੇ ਹਨ।',
    'incident[province]': 'BC',
    communities: 'sikh',
    suspectedState: 'IN',
    'perpetrators[0][indicators][0][kind]': 'phone',
    'perpetrators[0][indicators][0][value]': '+91 98140 12345',
  });
  sent.persian = await sendForm('fa', {
    language: 'fa',
    narrative:
      'من روزنامه‌نگار هستم و در تورنتو زندگی می‌کنم. از شمارهٔ ۰۹۱۲ ۳۴۵ ۶۷۸۹ پیام تهدید می‌گیرم که خانواده‌ام در تهران را بازجویی می‌کنند.',
    'incident[province]': 'ON',
    'incident[city]': 'Toronto',
    tactics: ['threat_against_family', 'family_questioned_or_detained'],
    communities: 'iranian_journalists',
    suspectedState: 'IR',
  });
  sent.persianAgain = await sendForm('en', {
    language: 'en',
    narrative: 'My colleague and I both get messages from the same Iranian number, +98 912 345 6789.',
    'incident[province]': 'ON',
    communities: 'iranian_journalists',
    suspectedState: 'IR',
  });
  sent.russian = await sendForm('ru', {
    language: 'ru',
    narrative:
      'Я независимый журналист в Монреале. Мне пишут с номера 8 (916) 123-45-67 и угрожают уголовным делом на родине.',
    'incident[province]': 'QC',
    'incident[city]': 'Montréal',
    tactics: ['charges_or_bounty', 'abusive_messages'],
    communities: 'russian_independent_media',
    suspectedState: 'RU',
  });
  await ctx.settle();
});
afterAll(async () => {
  await ctx?.close();
});

describe('reports from communities targeted by India, Iran and Russia', () => {
  it('classifies each under the state it names, with its community and its place sealed for case work', async () => {
    const classification = async (caseId: string) =>
      (await get<CaseView>(officer, `/api/v1/cases/${caseId}`)).reports[0]!.classification;
    expect(await classification(sent.sikh)).toMatchObject({
      suspectedState: 'IN',
      communities: ['sikh'],
      province: 'BC',
      city: 'Surrey',
    });
    expect(await classification(sent.persian)).toMatchObject({
      suspectedState: 'IR',
      communities: ['iranian_journalists'],
      city: 'Toronto',
    });
    expect(await classification(sent.russian)).toMatchObject({
      suspectedState: 'RU',
      communities: ['russian_independent_media'],
      tactics: ['charges_or_bounty', 'abusive_messages'],
    });
    // The city is nowhere in clear.
    const { rows } = await ctx.deps.db.query<{ t: string }>('SELECT r::text AS t FROM reports r');
    expect(rows.some((r) => /Surrey|Toronto|Montréal/.test(r.t))).toBe(false);
  });

  it('reads each phone number in the numbering plan of the state named, and links the reports that share one', async () => {
    // The numbers as the case's identifiers list them (values staff read): in international form.
    const phones = async (caseId: string) =>
      (await get<CaseIdentifiers>(officer, `/api/v1/cases/${caseId}/identifiers`)).items
        .filter((i) => i.kind === 'phone')
        .map((i) => i.value.replace(/\s/g, ''));
    expect(await phones(sent.sikh)).toEqual(['+919814012345']);
    expect(await phones(sent.sikhAgain)).toEqual(['+919814012345']);
    expect(await phones(sent.persian)).toEqual(['+989123456789']);
    expect(await phones(sent.russian)).toEqual(['+79161234567']);
    const linked = async (caseId: string) =>
      (await get<{ links: { caseId: string }[] }>(analyst, `/api/v1/cases/${caseId}/links`)).links.map(
        (l) => l.caseId,
      );
    expect(await linked(sent.sikh)).toEqual([sent.sikhAgain]);
    expect(await linked(sent.persian)).toEqual([sent.persianAgain]);
    expect(await linked(sent.russian)).toEqual([]);
  });

  it('counts them under their states on the dashboard, named in English and French', async () => {
    const summary = (lang: string) =>
      get<DashboardSummary>(analyst, `/api/v1/dashboards/summary?from=2026-03-01&to=2026-03-31&lang=${lang}`);
    const en = await summary('en');
    const byState = Object.fromEntries(en.by.suspectedState.map((b) => [b.key, [b.label, b.count]]));
    expect(byState).toMatchObject({ IN: ['India', 2], IR: ['Iran', 2], RU: ['Russia', 1] });
    expect(Object.fromEntries(en.by.community.map((b) => [b.key, b.count]))).toMatchObject({
      sikh: 2,
      iranian_journalists: 2,
      russian_independent_media: 1,
    });
    const fr = await summary('fr');
    expect(fr.by.suspectedState.find((b) => b.key === 'RU')?.label).toBe('Russie');
    // Filtered by one state: its communities only.
    const india = await get<DashboardSummary>(
      analyst,
      '/api/v1/dashboards/summary?from=2026-03-01&to=2026-03-31&suspectedState=IN',
    );
    expect(india.totals.reports).toBe(2);
    expect(india.by.community.map((b) => [b.key, b.count])).toEqual([['sikh', 2]]);
  });

  it('publishes them under their states once each state has enough reports, never a count from 1 to 4', async () => {
    // Only counts of 5 or more are published: enough more reports that month for five each.
    for (const [state, community, n] of [
      ['IN', 'sikh', 3],
      ['IR', 'bahai', 3],
      ['RU', 'chechen', 4],
    ] as const) {
      for (let i = 0; i < n; i++) {
        await insertReport(ctx.deps, {
          receivedAt: new Date('2026-03-12T10:00:00Z'),
          suspectedState: state,
          communities: [community],
        });
      }
    }
    ctx.clock.set(new Date('2026-04-02T09:00:00Z'));
    const res = await ctx.app.inject({ url: '/api/v1/public/statistics?year=2026' });
    expect(res.statusCode).toBe(200);
    const s = res.json() as PublicStatistics;
    const table = s.tables.find((t) => t.dimension === 'suspectedState')!;
    const total = (code: string) => table.categoryTotals[table.categories.indexOf(code)];
    expect(total('IN')).toEqual({ count: 5, suppressed: false });
    expect(total('IR')).toEqual({ count: 5, suppressed: false });
    expect(total('RU')).toEqual({ count: 5, suppressed: false });
    expect(JSON.stringify(s)).not.toMatch(/"count":[1-4],/);

    const page = await ctx.app.inject({ url: '/fa/statistics?year=2026' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('گزارش‌ها بر پایهٔ کشوری که گمان می‌رود پشت آن باشد');
    expect(page.body).toContain('هند'); // India, in Persian
  });
});
