import { expect, type Page, test } from '@playwright/test';
import { RECEIPT, watchRequests } from './helpers.ts';

// Tor Browser on "Safest": the language switcher must keep the reporter's place without a script.
test.use({ javaScriptEnabled: false });

/** Every address the page could send the browser to, and the current one: none may hold the receipt. */
async function expectReceiptInNoAddress(page: Page, receipt: string) {
  const compact = receipt.replaceAll('-', '');
  const addresses = await page
    .locator('[href], [action], [formaction]')
    .evaluateAll((els) =>
      els.map((el) => el.getAttribute('href') ?? el.getAttribute('formaction') ?? el.getAttribute('action')),
    );
  addresses.push(page.url());
  for (const address of addresses)
    expect((address ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '')).not.toContain(compact);
}

test('switching language after the receipt keeps the reporter’s place, with JavaScript off', async ({
  page,
}) => {
  const foreign = watchRequests(page);
  await page.goto('/en/report');
  await page.getByLabel('Describe what happened').fill('A caller threatened my brother in Lhasa.');
  await page.getByRole('button', { name: 'Send my report' }).click();
  const receipt = (await page.locator('#receipt').textContent())?.trim() ?? '';
  expect(receipt).toMatch(RECEIPT);
  await expectReceiptInNoAddress(page, receipt);

  // On the confirmation: Tibetan shows the same receipt again, now in Tibetan.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'བོད་ཡིག' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'bo');
  await expect(page.locator('#receipt')).toHaveText(receipt);
  await expect(page).toHaveURL(/\/bo\/follow-up$/);
  await expectReceiptInNoAddress(page, receipt);

  // Follow-up in English with the receipt, then French: the same report opens, in French.
  await page.goto('/en/follow-up');
  await page.getByLabel('Receipt').fill(receipt);
  await page.getByRole('button', { name: 'Show my report' }).click();
  await expect(page.locator('.status')).toHaveText(/received your report/i);
  await page.getByRole('textbox', { name: 'Write to us' }).fill('Before switching language.');
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText('Your message has been sent.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Language' }).getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Suivre votre signalement' })).toBeVisible();
  await expect(page.getByLabel('Reçu')).toHaveCount(0);
  await expect(page.locator('.message.from-you')).toContainText('Before switching language.');
  await expectReceiptInNoAddress(page, receipt);

  // And on to Uyghur, right to left: still the same report, and a reply from there works.
  await page.getByRole('navigation', { name: 'Langue' }).getByRole('button', { name: 'ئۇيغۇرچە' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.message.from-you')).toContainText('Before switching language.');
  await expectReceiptInNoAddress(page, receipt);
  expect(await page.context().cookies()).toEqual([]);
  expect(foreign).toEqual([]);
});
