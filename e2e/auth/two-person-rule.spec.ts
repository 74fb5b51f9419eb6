import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectNoAxeViolations, newStaff, signIn, signOut, totpNow } from '../console/helpers.ts';

const nextCode = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + 30_000,
  });

/**
 * The two-person rule in the console: an administrator proposes a caseworker and receives the authenticator
 * secret (QR code and text); a supervisor approves and receives the one-time password; the new caseworker
 * signs in with one half from each, then replaces the authenticator that the administrator saw.
 */
test('a caseworker account takes an administrator and a supervisor, each holding half', async ({ page }) => {
  const admin = newStaff('admin');
  const supervisor = newStaff('supervisor');
  const email = `two-people-${Date.now().toString(36)}@focalpoint.test`;

  await signIn(page, admin);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('caseworker');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('heading', { name: 'Sent for approval' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code of the authenticator secret/ })).toBeVisible();
  const totpSecret = ((await page.locator('.secret-text').first().textContent()) ?? '').replace(/\s/g, '');
  expect(totpSecret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.getByText('One-time password', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: email, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, supervisor);
  await page.getByRole('link', { name: 'Approvals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'New account: Caseworker' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Approve ${email}` }).click();
  await expect(page.getByRole('heading', { name: 'Approved' })).toBeVisible();
  const password = (await page.locator('.credentials code').first().textContent()) ?? '';
  expect(password).toMatch(/^[A-Za-z0-9_-]{5}(-[A-Za-z0-9_-]{5}){3}$/);
  await expect(page.getByText('Nothing is waiting for approval.')).toBeVisible();
  await signOut(page);

  const caseworker = { email, password, totpSecret };
  await signIn(page, caseworker);
  await page.getByRole('link', { name: 'Authenticator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change your authenticator' })).toBeVisible();
  await page.getByLabel('Current password').fill(caseworker.password);
  // The sign-in used this 30-second step's code: the next step's code is accepted (one step of drift).
  await page.getByLabel('Six-digit code of your current authenticator').fill(nextCode(totpSecret));
  await page.getByRole('button', { name: 'Get a new secret' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const newSecret = ((await page.locator('.secret-text').textContent()) ?? '').replace(/\s/g, '');
  await page.getByLabel('Six-digit code of the new secret').fill(totpNow(newSecret));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Your new authenticator is in force')).toBeVisible();
});
