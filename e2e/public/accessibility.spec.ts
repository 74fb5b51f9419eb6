import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LOCALE_INFO, LOCALES } from '../../src/shared/i18n/locales.ts';
import { RECEIPT, watchRequests } from './helpers.ts';

// Every public language, the right-to-left ones (ug, fa, ar) laid out right to left.
const PAGES = ['', 'report', 'follow-up', 'support', 'statistics', 'privacy'];

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, what).toEqual([]);
}

for (const locale of LOCALES) {
  test(`no WCAG 2.1 AA violation on every public page in ${locale}`, async ({ page }) => {
    const foreign = watchRequests(page);
    for (const path of PAGES) {
      await page.goto(`/${locale}/${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].htmlLang);
      await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
      await expectNoViolations(page, `${locale}/${path}`);
    }

    // The form with its errors shown.
    await page.goto(`/${locale}/report`);
    // The script holds a send until its proof of work is solved: wait for it, on a busy machine too.
    await expect(page.locator('input[name="powSolution"]')).not.toHaveValue('', { timeout: 20_000 });
    await page.locator('#f-incident-startedOn').fill('2026-02-30');
    await page.locator('form#report-form button[aria-describedby="submit-hint"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoViolations(page, `${locale}/report with errors`);

    // The confirmation page, then follow-up with the receipt.
    await page.locator('#f-narrative').fill(`Accessibility check in ${locale}.`);
    await page.locator('form#report-form button[aria-describedby="submit-hint"]').click();
    const receipt = (await page.locator('#receipt').textContent())?.trim() ?? '';
    expect(receipt).toMatch(RECEIPT);
    await expectNoViolations(page, `${locale} confirmation`);

    await page.goto(`/${locale}/follow-up`);
    await page.locator('#f-receipt').fill(receipt);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.status')).toBeVisible();
    await expectNoViolations(page, `${locale} follow-up`);

    // Follow-up with a receipt that opens nothing: the error state.
    await page.goto(`/${locale}/follow-up`);
    await page.locator('#f-receipt').fill('2222-3333-4444-5555-6666');
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoViolations(page, `${locale} follow-up error`);
    expect(foreign).toEqual([]);
  });
}
