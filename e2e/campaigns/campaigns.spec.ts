import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, newStaff, signIn, watchForeignRequests } from '../console/helpers.ts';

/**
 * Two victims report the same phone number, written differently, and the same X account. An analyst sees
 * the new link, opens the suggested campaign, sees its picture and its cases, names and confirms it.
 */
test('an analyst reviews, names and confirms a campaign found across two reports', async ({
  page,
  request,
}) => {
  const foreign = watchForeignRequests(page);
  const report = (narrative: string, phone: string, account: string) =>
    request.post('/api/v1/reports', {
      data: {
        language: 'en',
        narrative,
        tactics: ['threat_against_family'],
        communities: ['uyghur'],
        suspectedState: 'CN',
        perpetrators: [
          {
            indicators: [
              { kind: 'phone', value: phone },
              { kind: 'account', platform: 'x', value: account },
            ],
          },
        ],
        consents: { contact: false, referralToPolice: false, anonymisedStatistics: true },
      },
    });
  const first = await report('They said my mother would suffer.', '+86 139 1234 5678', '@CampaignE2E');
  const second = await report(
    'Same caller threatened my brother.',
    '0086-139-1234-5678',
    'https://x.com/campaigne2e',
  );
  expect(first.status()).toBe(201);
  expect(second.status()).toBe(201);
  const { reference } = (await second.json()) as { reference: string };

  const analyst = newStaff('analyst');
  await signIn(page, analyst);
  await page.getByRole('link', { name: 'Campaigns' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: new RegExp(`New report in case ${reference} links to case`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Named from what its cases share until an analyst names it.
  const title = 'Cases sharing Account · Phone number';
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('2 cases').first()).toBeVisible();
  // The picture, and the same facts as a list for those who cannot see it.
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Name').fill('E2E family-threat calls');
  await page.getByLabel('Analyst’s note').fill('Same number and account; two families contacted.');
  await page.getByRole('button', { name: 'Save name and note' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E2E family-threat calls' })).toBeVisible();
  await page.getByRole('button', { name: 'Confirm this campaign' }).click();
  await expect(page.getByText('Confirmed')).toBeVisible();

  // The case page explains the link by kind and how each side wrote it — never the number itself.
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Linked cases' })).toBeVisible();
  const links = page.locator('#links');
  await expect(links.getByText(/Strong link/)).toBeVisible();
  await expect(
    links.getByText(/here as typed in an identifier field; there as typed in an identifier field/).first(),
  ).toBeVisible();
  await expect(links.getByText('Possibly related cases')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.getByText('139 1234 5678')).toHaveCount(0);
  await expect(page.getByText('+8613912345678')).toHaveCount(0);
  expect(foreign).toEqual([]);
});
