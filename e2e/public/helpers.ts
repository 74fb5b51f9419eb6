import { expect, type Page } from '@playwright/test';

export const RECEIPT = /[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}(?:-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}){4}/;

/** Fails the test if the page asks anything of a host other than our own server. */
export function watchRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') foreign.push(url.origin);
  });
  return foreign;
}

/** Fills the English form the way a person would, with labels. */
export async function fillReport(page: Page, narrative: string) {
  await page.getByLabel('Describe what happened').fill(narrative);
  await page.getByLabel('For someone else').check();
  await page.getByLabel('Date it happened or started').fill('2026-10-01');
  await page.getByLabel('It is still happening').check();
  await page.getByLabel('Province or territory').selectOption('ON');
  await page.getByLabel('City or town').fill('Toronto');
  await page.getByLabel(/University, college/).fill('University of Toronto');
  await page.getByLabel('Threat to kill').check();
  await page.getByLabel('Personal details published (doxxing)').check();
  await page.getByLabel('Messaging app (WeChat, WhatsApp, Telegram…)').check();
  await page.getByLabel('Uyghur').check();
  await page.getByLabel('Which country do you think is behind it?').selectOption('CN');
  const first = page.locator('[data-perpetrator="0"]');
  await first
    .getByLabel('Who are they? Name, role, how you know them')
    .fill('A man who says he is from the consulate');
  await first.getByLabel('What kind of person or group?').selectOption('diplomat_or_consular_official');
  await first.getByLabel('Row 1: what is it?').selectOption('phone');
  await first.getByLabel('Row 1: the number, account name, address or link').fill('+86 138 0013 8000');
  await first.getByLabel('Row 2: what is it?').selectOption({ label: 'Account on WeChat' });
  await first.getByLabel('Row 2: the number, account name, address or link').fill('wxid_e2e_canary');
  await page.getByLabel('Fear for safety').check();
  await page.getByLabel('You may contact me').check();
  await page.getByLabel('You may count my report in public statistics').check();
}

export async function submitAndReadReceipt(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Send my report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report has been sent' })).toBeVisible();
  expect(page.url()).not.toMatch(RECEIPT);
  const receipt = (await page.locator('#receipt').textContent())?.trim() ?? '';
  expect(receipt).toMatch(RECEIPT);
  return receipt;
}

/** Opens follow-up with the receipt, sends a message and sees it in the conversation. */
export async function followUpAndWrite(page: Page, receipt: string, message: string) {
  await page.getByRole('link', { name: 'Go to follow-up' }).click();
  await page.getByLabel('Receipt').fill(receipt.toLowerCase());
  await page.getByRole('button', { name: 'Show my report' }).click();
  expect(page.url()).not.toContain(receipt);
  await expect(page.locator('.status')).toHaveText(/received your report/i);
  await expect(page.getByText('No messages yet.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Write to us' }).fill(message);
  await page.getByRole('button', { name: 'Send message' }).click();
  await expect(page.getByText('Your message has been sent.')).toBeVisible();
  await expect(page.locator('.message.from-you')).toContainText(message);
  expect(page.url()).not.toContain(receipt);
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([]);
}
