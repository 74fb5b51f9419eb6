import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { createUser } from '../support/cli.ts';

export type StaffUser = { email: string; password: string; totpSecret: string };

let counter = 0;
/** A real user made through `focalpoint user create`, with a unique address. */
export function newStaff(role: string): StaffUser {
  counter++;
  return createUser(`${role}-${Date.now().toString(36)}-${counter}@focalpoint.test`, role);
}

export const totpNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();

/** Signs in through the console's form with a real TOTP code, and replaces the one-time password. */
export async function signIn(page: Page, user: StaffUser, opts: { checkA11y?: boolean } = {}) {
  await page.goto('/console/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  if (opts.checkA11y) await expectNoAxeViolations(page);
  await page.getByLabel('Work e-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByLabel('Six-digit code').fill(totpNow(user.totpSecret));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
  if (opts.checkA11y) await expectNoAxeViolations(page);
  const newPassword = `${user.password}-and-a-new-passphrase`;
  await page.getByLabel('One-time or current password').fill(user.password);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('New password again').fill(newPassword);
  await page.getByRole('button', { name: 'Save password' }).click();
  // The header (and its Sign out button) is already there: wait for the password page itself to go.
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your password' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  user.password = newPassword;
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Fails the test if the page asks anything of a host other than our own server. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') foreign.push(url.origin);
  });
  return foreign;
}
