import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { VOCABULARIES } from '../../shared/taxonomy.ts';
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

  it('is in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, unknown>;
    };
    expect(doc.paths['/api/v1/taxonomy']).toBeDefined();
  });
});
