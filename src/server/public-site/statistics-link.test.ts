import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { messages } from '../../shared/i18n/messages.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(() => ctx?.close());

describe('the public statistics, from the public site', () => {
  it('are in the menu of every page in every language, and open as plain HTML (no JavaScript needed)', async () => {
    for (const locale of LOCALES) {
      const home = await ctx.app.inject({ method: 'GET', url: `/${locale}/` });
      expect(home.statusCode).toBe(200);
      const label = messages[locale]['stats.page.title']!;
      expect(home.body).toContain(`<a href="/${locale}/statistics">${label}</a>`);
      const stats = await ctx.app.inject({ method: 'GET', url: `/${locale}/statistics` });
      expect(stats.statusCode).toBe(200);
      expect(stats.headers['content-type']).toContain('text/html');
      // The menu marks where one is; the language switcher leads to the statistics in the other languages.
      expect(stats.body).toContain(`<a href="/${locale}/statistics" aria-current="page">`);
      expect(stats.body).toContain(`<a href="/${locale === 'en' ? 'fr' : 'en'}/statistics" lang=`);
    }
  });
});
