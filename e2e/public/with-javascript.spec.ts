import { expect, test } from '@playwright/test';
import { fillReport, followUpAndWrite, submitAndReadReceipt, watchRequests } from './helpers.ts';

test('report with JavaScript on: the proof of work is solved, spare blocks appear on demand', async ({
  page,
}) => {
  const foreign = watchRequests(page);
  const challenges: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith('/api/v1/reports/challenge')) challenges.push(req.url());
  });
  let posted = '';
  page.on('request', (req) => {
    if (req.method() === 'POST' && req.url().endsWith('/en/report')) posted = req.postData() ?? '';
  });
  await page.goto('/en/report');
  // One person-or-group block at first; "Add another" adds the next in place, without a round trip.
  await expect(page.locator('[data-perpetrator]')).toHaveCount(1);
  const add = page.getByRole('button', { name: 'Add another person or group' });
  await add.click();
  await expect(page).toHaveURL(/\/en\/report$/);
  const second = page.locator('[data-perpetrator="1"]');
  await expect(page.getByRole('group', { name: 'Person or group 2' })).toBeVisible();
  await expect(second.getByLabel('Who are they? Name, role, how you know them')).toBeFocused();
  await second.getByRole('button', { name: 'Remove this person or group' }).click();
  await expect(second).toBeHidden();
  await expect(add).toBeFocused();
  // Added again, then a third: each block's fields are its own.
  await add.click();
  await expect(second).toBeVisible();
  await second.getByLabel('Who are they? Name, role, how you know them').fill('The second caller');
  await add.click();
  const third = page.locator('[data-perpetrator="2"]');
  await expect(page.getByRole('group', { name: 'Person or group 3' })).toBeVisible();
  await expect(third.getByLabel('Who are they? Name, role, how you know them')).toHaveValue('');
  await third.getByLabel('Row 1: what is it?').selectOption('email');
  await third.getByLabel('Row 1: the number, account name, address or link').fill('third@example.org');

  // Contact fields appear only when the person chooses to give them.
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toBeHidden();
  await page.getByLabel('Yes, I give contact details').check();
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toBeVisible();
  await page.getByLabel('No, I stay anonymous. I can still follow up with my receipt.').check();

  await fillReport(page, 'Someone photographed me at the vigil and posted my address.');
  await expect(page.locator('input[name="powSolution"]')).not.toHaveValue('', { timeout: 20_000 });
  const receipt = await submitAndReadReceipt(page);
  expect(challenges.length).toBeGreaterThan(0);
  expect(posted).toMatch(/name="powSolution"\r\n\r\n\d+\r\n/);
  expect(posted).toContain('name="perpetrators[1][description]"\r\n\r\nThe second caller\r\n');
  expect(posted).toContain('name="perpetrators[2][indicators][0][value]"\r\n\r\nthird@example.org\r\n');
  await followUpAndWrite(page, receipt, 'Thank you. I can talk on Tuesday.');
  expect(foreign).toEqual([]);
});

test('quick exit leaves for the weather page without a request from us', async ({ page }) => {
  await page.goto('/fr/');
  const link = page.getByRole('link', { name: 'Sortie rapide' });
  await expect(link).toHaveAttribute('href', 'https://www.weather.gc.ca/');
  await expect(link).toHaveAttribute('rel', /noreferrer/);
  // Do not actually leave (the browser tests must not touch the Internet): block and observe.
  let left = '';
  await page.route('https://www.weather.gc.ca/**', (route) => {
    left = route.request().url();
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' });
  });
  await link.click();
  await expect.poll(() => left).toContain('weather.gc.ca');
  // The script replaced the history entry: Back does not return to FocalPoint's page.
  await page.goBack().catch(() => {});
  expect(page.url()).not.toContain('/fr/');
});
