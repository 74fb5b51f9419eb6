import { expect, test } from '@playwright/test';
import { LOCALE_INFO, LOCALES } from '../../src/shared/i18n/locales.ts';
import { RECEIPT, watchRequests } from './helpers.ts';

// Tor Browser on "Safest", in every public language: the form keeps what was typed through a validation
// error, the receipt comes, and follow-up opens with it — right to left where the language is.
test.use({ javaScriptEnabled: false });

for (const locale of LOCALES) {
  test(`with JavaScript off in ${locale}: an error keeps what was typed, then a receipt and follow-up`, async ({
    page,
  }) => {
    const foreign = watchRequests(page);
    const narrative = `${LOCALE_INFO[locale].name}: a man followed me home from the community centre.`;
    await page.goto(`/${locale}/report`);
    await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO[locale].dir);
    // Sent without saying what happened: the form comes back with the problem named and all else kept.
    const who = page.locator('[data-perpetrator="0"]');
    const row = who.locator('.identifier-row').first();
    await who.locator('textarea').first().fill('Someone who says he is from the consulate');
    await row.locator('select').selectOption('phone');
    await row.locator('input').fill('+86 138 0013 8000');
    await page.locator('form#report-form button[aria-describedby="submit-hint"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(row.locator('input')).toHaveValue('+86 138 0013 8000');
    await expect(who.locator('textarea').first()).toHaveValue('Someone who says he is from the consulate');

    await page.locator('#f-narrative').fill(narrative);
    await page.locator('form#report-form button[aria-describedby="submit-hint"]').click();
    const receipt = (await page.locator('#receipt').textContent())?.trim() ?? '';
    expect(receipt).toMatch(RECEIPT);

    await page.goto(`/${locale}/follow-up`);
    await page.locator('#f-receipt').fill(receipt);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('.status')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].htmlLang);
    expect(foreign).toEqual([]);
  });
}
