import { expect, test } from '@playwright/test';
import { fillReport, followUpAndWrite, submitAndReadReceipt, watchRequests } from './helpers.ts';

// Tor Browser on "Safest": no JavaScript at all. The whole journey must still work.
test.use({ javaScriptEnabled: false });

test('report with JavaScript off, get a receipt, follow up and exchange a message', async ({ page }) => {
  const foreign = watchRequests(page);
  await page.goto('/report');
  await expect(page).toHaveURL(/\/en\/report$/);
  await expect(page.locator('[data-perpetrator]')).toHaveCount(1);

  // "Add another person or group" without a script: the form comes back with everything typed, a
  // second block, and the page where that block is. Nothing is sent.
  await fillReport(page, '');
  await page.getByRole('button', { name: 'Add another person or group' }).click();
  await expect(page).toHaveURL(/\/en\/report#f-p-1$/);
  await expect(page.locator('[data-perpetrator]')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toHaveCount(0);
  await expect(page.getByLabel('City or town')).toHaveValue('Toronto');
  const second = page.locator('[data-perpetrator="1"]');
  await expect(page.getByRole('group', { name: 'Person or group 2' })).toBeVisible();
  await second.getByLabel('Who are they? Name, role, how you know them').fill('A second caller');
  await second.getByLabel('Row 1: what is it?').selectOption('email');
  await second.getByLabel('Row 1: the number, account name, address or link').fill('caller@example.org');

  // A first try with the description missing, sent with Enter in a field as people do: the report is
  // what Enter sends (not "Add another"), and the form comes back with what was typed.
  await page.getByLabel('City or town').press('Enter');
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page.locator('[data-perpetrator]')).toHaveCount(2);
  await expect(second.getByLabel('Row 1: the number, account name, address or link')).toHaveValue(
    'caller@example.org',
  );
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
  await page.getByLabel('Screenshots, photos, recordings or documents').setInputFiles({
    name: 'call-log.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('2026-10-01 21:14 call from +86 138 0013 8000 (4 min)\n'),
  });
  const receipt = await submitAndReadReceipt(page);
  await followUpAndWrite(page, receipt, 'I received another call today.');

  // Add information and a file, still without JavaScript.
  await expect(page.getByText(/^text\/plain/)).toHaveCount(1);
  await page.getByLabel('What would you like to add?').fill('The second caller used a Toronto number.');
  await page.getByLabel('Files', { exact: true }).setInputFiles({
    name: 'second.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('2026-10-03 call from +1 416 555 0100\n'),
  });
  await page.getByRole('button', { name: 'Add to my report' }).click();
  await expect(
    page.getByText('Thank you. It has been added to your report. 1 file was added.'),
  ).toBeVisible();
  await expect(page.getByText(/^text\/plain/)).toHaveCount(2);
  await expect(page.locator('.message.from-you').last()).toContainText(
    'The second caller used a Toronto number.',
  );
  expect(foreign).toEqual([]);
});
