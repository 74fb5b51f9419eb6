import { expect, test } from '@playwright/test';
import { fillReport, followUpAndWrite, submitAndReadReceipt, watchRequests } from './helpers.ts';

// Tor Browser on "Safest": no JavaScript at all. The whole journey must still work.
test.use({ javaScriptEnabled: false });

test('report with JavaScript off, get a receipt, follow up and exchange a message', async ({ page }) => {
  const foreign = watchRequests(page);
  await page.goto('/report');
  await expect(page).toHaveURL(/\/en\/report$/);
  // All three person-or-group blocks are there without a script to add them.
  await expect(page.locator('[data-perpetrator]')).toHaveCount(3);
  await expect(page.locator('[data-perpetrator="2"]')).toBeVisible();

  // A first try with the description missing: the form comes back with what was typed.
  await fillReport(page, '');
  await page.getByRole('button', { name: 'Send my report' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page.getByLabel('City or town')).toHaveValue('Toronto');
  await expect(page.getByLabel('Threat to kill')).toBeChecked();
  await expect(
    page.locator('[data-perpetrator="0"]').getByLabel('Row 2: the number, account name, address or link'),
  ).toHaveValue('wxid_e2e_canary');
  await page.getByRole('link', { name: /Describe what happened/ }).click();
  await expect(page.getByLabel('Describe what happened')).toBeFocused();
  await expect(page.getByLabel('Describe what happened')).toHaveAttribute('aria-invalid', 'true');

  await page
    .getByLabel('Describe what happened')
    .fill('Calls to my parents in Urumqi; they said I must stop speaking.');
  const receipt = await submitAndReadReceipt(page);
  await followUpAndWrite(page, receipt, 'I received another call today.');
  expect(foreign).toEqual([]);
});
