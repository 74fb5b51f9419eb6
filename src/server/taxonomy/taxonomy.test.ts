import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminTaxonomy } from '../../shared/contracts/taxonomy.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { VOCABULARIES } from '../../shared/taxonomy.ts';
import { type SignedIn, signInAs } from '../auth/testing.ts';
import { nextAddress } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { listTaxonomy, taxonomyForLocale } from './repo.ts';
import { seedTaxonomy } from './seed.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(() => ctx?.close());

const seedCount = Object.values(VOCABULARIES).reduce((n, codes) => n + codes.length, 0);

describe('taxonomy', () => {
  it('is seeded at start with every seed code, labelled in every public language', async () => {
    const terms = await listTaxonomy(ctx.deps.db);
    expect(terms).toHaveLength(seedCount);
    for (const term of terms) {
      // Institutions are proper names, in their official languages (English and French): the form shows
      // the English one to readers of other languages, as the institution itself writes it.
      const locales = term.vocabulary === 'institution' && term.code !== 'other' ? ['en', 'fr'] : LOCALES;
      for (const locale of locales)
        expect(term.labels[locale], `${term.vocabulary}.${term.code} ${locale}`).toBeTruthy();
    }
    const death = terms.find((t) => t.vocabulary === 'tactic' && t.code === 'death_threat');
    expect(death?.labels).toMatchObject({
      en: 'Threat to kill',
      fr: 'Menace de mort',
      'zh-Hans': '死亡威胁',
    });
  });

  it('seeding again adds nothing and keeps what an admin changed', async () => {
    await ctx.deps.db.query(
      `UPDATE taxonomy_terms SET labels = jsonb_set(labels, '{en}', '"Death threat (edited)"'), active = true
       WHERE vocabulary = 'tactic' AND code = 'death_threat'`,
    );
    await ctx.deps.db.query(
      `UPDATE taxonomy_terms SET active = false WHERE vocabulary = 'community' AND code = 'taiwanese'`,
    );
    expect(await seedTaxonomy(ctx.deps.db)).toBe(0);
    const en = await taxonomyForLocale(ctx.deps.db, 'en');
    expect(en.tactic.find((t) => t.code === 'death_threat')?.label).toBe('Death threat (edited)');
    expect(en.community.map((t) => t.code)).not.toContain('taiwanese');

    // The public form shows the edited label and leaves the retired term out.
    const page = await ctx.app.inject({ url: '/en/report' });
    expect(page.body).toContain('Death threat (edited)');
    expect(page.body).not.toContain('value="taiwanese"');
    await ctx.deps.db.query(
      `UPDATE taxonomy_terms SET active = true WHERE vocabulary = 'community' AND code = 'taiwanese'`,
    );
  });

  it('a term seeded before a language was added gains its label at the next start, keeping edited ones', async () => {
    // As a database seeded when the site spoke six languages: no Persian label, an edited English one.
    await ctx.deps.db.query(
      `UPDATE taxonomy_terms SET labels = (labels - 'fa') || '{"en": "Death threat (edited)"}'
       WHERE vocabulary = 'tactic' AND code = 'death_threat'`,
    );
    expect(await seedTaxonomy(ctx.deps.db)).toBe(1);
    const fa = await taxonomyForLocale(ctx.deps.db, 'fa');
    expect(fa.tactic.find((t) => t.code === 'death_threat')?.label).toBe('تهدید به قتل');
    const en = await taxonomyForLocale(ctx.deps.db, 'en');
    expect(en.tactic.find((t) => t.code === 'death_threat')?.label).toBe('Death threat (edited)');
    expect(await seedTaxonomy(ctx.deps.db)).toBe(0);
  });

  it('GET /api/v1/taxonomy lists active terms with labels, in one language on request', async () => {
    const res = await ctx.app.inject({ url: '/api/v1/taxonomy?locale=ug' });
    expect(res.statusCode).toBe(200);
    const { terms } = res.json() as {
      terms: { vocabulary: string; code: string; label?: string; labels: Record<string, string> }[];
    };
    expect(terms).toHaveLength(seedCount);
    const uyghur = terms.find((t) => t.vocabulary === 'community' && t.code === 'uyghur');
    expect(uyghur?.label).toBe('ئۇيغۇرلار');
    expect(Object.keys(uyghur?.labels ?? {}).sort()).toEqual([...LOCALES].sort());
    const bad = await ctx.app.inject({ url: '/api/v1/taxonomy?locale=xx' });
    expect(bad.statusCode).toBe(400);
  });

  it('an admin disables a community pack: the form drops its communities and its state from the first choices, reports keep its codes', async () => {
    const admin = await signInAs(ctx, 'admin');
    const patch = (who: SignedIn, url: string, payload: object) =>
      ctx.app.inject({ method: 'PATCH', url, headers: who.headers, payload });
    const listed = await ctx.app.inject({ url: '/api/v1/admin/taxonomy', headers: admin.headers });
    expect(listed.statusCode).toBe(200);
    const russia = (listed.json() as AdminTaxonomy).packs.find((p) => p.code === 'russia');
    expect(russia).toMatchObject({
      suspectedState: 'RU',
      active: true,
      labels: { en: 'Russia', ru: 'Россия' },
    });
    expect(russia?.communities).toContain('chechen');

    const firstChoices = (body: string) =>
      /<select name="suspectedState"[^>]*>([\s\S]*?)(?:<optgroup|<\/select>)/.exec(body)?.[1] ?? '';
    const before = (await ctx.app.inject({ url: '/en/report' })).body;
    expect(before).toContain('value="chechen"');
    expect(firstChoices(before)).toContain('value="RU"');

    expect((await patch(admin, '/api/v1/admin/taxonomy/packs/russia', { active: false })).statusCode).toBe(
      204,
    );
    const after = (await ctx.app.inject({ url: '/en/report' })).body;
    expect(after).not.toContain('value="chechen"');
    expect(firstChoices(after)).not.toContain('value="RU"');
    expect(firstChoices(after)).toContain('value="IN"');
    // A report may still carry the pack's codes (clients that know them, reports sent before).
    const sent = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/reports',
      remoteAddress: nextAddress(),
      payload: {
        language: 'en',
        narrative: 'Threats again.',
        communities: ['chechen'],
        suspectedState: 'RU',
      },
    });
    expect(sent.statusCode, sent.body).toBe(201);

    // A term alone, audited with codes only; unknown packs and other roles are refused.
    expect(
      (await patch(admin, '/api/v1/admin/taxonomy/terms/community/sikh', { active: false })).statusCode,
    ).toBe(204);
    expect((await ctx.app.inject({ url: '/en/report' })).body).not.toContain('value="sikh"');
    expect((await patch(admin, '/api/v1/admin/taxonomy/packs/atlantis', { active: false })).statusCode).toBe(
      404,
    );
    const supervisor = await signInAs(ctx, 'supervisor');
    expect(
      (await patch(supervisor, '/api/v1/admin/taxonomy/packs/india', { active: false })).statusCode,
    ).toBe(403);
    const { rows } = await ctx.deps.db.query<{ action: string; target_id: string; meta: unknown }>(
      `SELECT action, target_id, meta FROM audit_log WHERE action LIKE 'taxonomy.%' ORDER BY seq`,
    );
    expect(rows.map((r) => [r.action, r.target_id, r.meta])).toEqual([
      ['taxonomy.pack.updated', 'russia', { active: false }],
      ['taxonomy.term.updated', 'community:sikh', { active: false, labels: 0 }],
    ]);

    await patch(admin, '/api/v1/admin/taxonomy/packs/russia', { active: true });
    await patch(admin, '/api/v1/admin/taxonomy/terms/community/sikh', { active: true });
    expect((await ctx.app.inject({ url: '/en/report' })).body).toContain('value="chechen"');
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/api/v1/taxonomy']).toBeDefined();
  });
});
