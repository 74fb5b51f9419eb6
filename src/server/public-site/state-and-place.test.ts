import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { openPlace } from '../reports/sealing.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

/**
 * The report form's two questions of issue 19, without JavaScript: which state is behind it (asked once:
 * "not sure", the states of the enabled packs, and every state a button away) and where it happened (the
 * institutions of the chosen province a button away, or a name typed and sealed).
 */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
  ctx.deps.runtime.limits.configure({ reportPerSourceUnverified: { capacity: 1000, windowSeconds: 3600 } });
});
afterAll(() => ctx?.close());

const post = (locale: string, fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return ctx.app.inject({
    method: 'POST',
    url: `/${locale}/report`,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
};

/** The options of the state question before its "every other country" group, as values. */
const firstStates = (body: string) =>
  [
    ...(
      /<select name="suspectedState"[^>]*>([\s\S]*?)(?:<optgroup|<\/select>)/.exec(body)?.[1] ?? ''
    ).matchAll(/value="([^"]*)"/g),
  ].map((m) => m[1]);
const otherStates = (body: string) =>
  [
    ...(
      /<select name="suspectedState"[\s\S]*?<optgroup[^>]*>([\s\S]*?)<\/optgroup>/.exec(body)?.[1] ?? ''
    ).matchAll(/value="([^"]*)"/g),
  ].map((m) => m[1]);

describe('which state is behind it', () => {
  it('is asked once in every public language: not sure, then the packs’ states, named in the page’s language', async () => {
    for (const locale of LOCALES) {
      const body = (await ctx.app.inject({ url: `/${locale}/report` })).body;
      expect(body.match(/name="suspectedState"/g), locale).toHaveLength(1);
      expect(firstStates(body), locale).toEqual(['', 'CN', 'IN', 'IR', 'RU', 'ER']);
      // The whole list is a round trip away: the first page stays light.
      expect(otherStates(body), locale).toEqual([]);
      expect(body, locale).toMatch(/<button type="submit" name="more" value="states"/);
    }
    const fa = (await ctx.app.inject({ url: '/fa/report' })).body;
    expect(fa).toMatch(/<option value="IN">هند/);
    const pa = (await ctx.app.inject({ url: '/pa/report' })).body;
    expect(pa).toMatch(/<option value="IN">ਭਾਰਤ/);
    // A name the page's language lacks (ICU names few states in Tibetan) is marked as English, not silent.
    const bo = await post('bo', { language: 'bo', narrative: 'x', more: 'states' });
    expect(bo.body).toMatch(/<option value="CN">[^<a-z]*\p{Script=Tibetan}/u);
    expect(bo.body).toMatch(/<option value="FR" lang="en">France/);
    expect(bo.body).not.toMatch(/<option value="[A-Z]{2}">[A-Za-z]/);
  });

  it('shows every state on request, keeping what was typed, sorted in the page’s language', async () => {
    const res = await post('ru', { language: 'ru', narrative: 'Мне угрожают.', more: 'states' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Мне угрожают.');
    const others = otherStates(res.body);
    expect(others.length).toBeGreaterThan(230);
    expect(others).toContain('ET');
    expect(others).not.toContain('CN'); // already among the first
    expect(others).not.toContain('AQ'); // nobody lives there
    expect(res.body).toMatch(/<option value="ET">Эфиопия/);
    expect(res.body).not.toMatch(/value="states"/);
  });

  it('keeps a state outside the packs after a validation error, with the whole list shown', async () => {
    const res = await post('en', {
      language: 'en',
      narrative: '',
      suspectedState: 'ET',
      'incident[startedOn]': '2026-02-30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/<option value="ET" selected>Ethiopia/);
  });

  it('refuses a code that is no state, with a localised message at the field', async () => {
    const res = await post('fr', { language: 'fr', narrative: 'Menaces.', suspectedState: 'ZZ' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#f-suspectedState"');
    expect(res.body).toMatch(/id="f-suspectedState"[^>]*aria-invalid="true"/);
  });
});

describe('where it happened', () => {
  it('lists the institutions of the chosen province on request, and stores a code and the sealed name of another', async () => {
    const none = await post('fr', { language: 'fr', narrative: 'Menaces.', more: 'institutions' });
    expect(none.statusCode).toBe(200);
    expect(none.body).toContain('Choisissez d’abord la province ci-dessus.');

    const quebec = await post('fr', {
      language: 'fr',
      narrative: 'Menaces sur le campus.',
      'incident[province]': 'QC',
      more: 'institutions',
    });
    expect(quebec.statusCode).toBe(200);
    expect(quebec.body).toMatch(/<option value="qc_mcgill">Université McGill/);
    expect(quebec.body).not.toContain('value="bc_ubc"');
    expect(quebec.body).toContain('Menaces sur le campus.');

    const sent = await post('fr', {
      language: 'fr',
      narrative: 'Menaces au local de l’association.',
      'incident[province]': 'QC',
      'incident[city]': 'Sherbrooke',
      'incident[institution]': 'other',
      'incident[institutionOther]': 'Centre communautaire Canari',
    });
    expect(sent.statusCode, sent.body.slice(0, 300)).toBe(201);
    const reference = /FP-[A-Z0-9]{7}/.exec(sent.body)?.[0];
    const { rows } = await ctx.deps.db.query<{
      id: string;
      institution: string;
      place_sealed: unknown;
      t: string;
    }>('SELECT id, institution, place_sealed, r::text AS t FROM reports r WHERE reference = $1', [reference]);
    expect(rows[0]?.institution).toBe('other');
    expect(rows[0]?.t).not.toMatch(/Sherbrooke|Canari/);
    expect(await openPlace(ctx.deps.vault, ctx.deps.db, rows[0]!.id, rows[0]!.place_sealed)).toEqual({
      city: 'Sherbrooke',
      institutionOther: 'Centre communautaire Canari',
    });
  });
});
