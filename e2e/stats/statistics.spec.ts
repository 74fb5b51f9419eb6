import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('public statistics page', () => {
  test('reads without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto('/en/statistics');
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Transnational repression reported to the focal point');
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
    await expect(page.locator('table.stats-table').first()).toBeVisible();
    await context.close();
  });

  for (const locale of ['en', 'fr', 'ug'] as const) {
    test(`passes axe and loads nothing from elsewhere (${locale})`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`/${locale}/statistics`);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
      await page.screenshot({ path: `test-results/statistics-${locale}.png`, fullPage: true });
    });
  }
});
