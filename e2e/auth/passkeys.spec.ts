import { expect, type Page, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { createUser } from '../support/cli.ts';
import { E2E_PORT } from '../support/environment.ts';

/**
 * Passkeys in a real Chromium with its virtual authenticator (the DevTools protocol's WebAuthn domain: a
 * CTAP2 platform authenticator that signs as a real one would): a person adds one on their passkeys page,
 * signs in with it instead of the code, and removes it. WebAuthn refuses IP addresses, so this runs at
 * localhost (FOCALPOINT_PASSKEY_ORIGIN in e2e/support/environment.ts).
 */
const ORIGIN = `http://localhost:${E2E_PORT}`;
const totpNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();

async function signInWithPassword(page: Page, user: { email: string; password: string; totpSecret: string }) {
  await page.getByLabel('Work e-mail address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByLabel('Six-digit code').fill(totpNow(user.totpSecret));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

test('a passkey added, used to sign in instead of the code, and removed', async ({ page, context }) => {
  const user = createUser(`passkey-${Date.now().toString(36)}@focalpoint.test`, 'analyst');
  const password = 'correct horse battery staple for passkeys';
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await page.goto(`${ORIGIN}/console/`);
  await signInWithPassword(page, user);
  // The one-time password is changed first.
  await page.getByLabel('One-time or current password').fill(user.password);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('New password again').fill(password);
  await page.getByRole('button', { name: 'Save password' }).click();
  await expect(page.getByRole('link', { name: 'Passkeys' })).toBeVisible();

  await page.getByRole('link', { name: 'Passkeys' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Passkeys' })).toBeVisible();
  await expect(page.getByText('You have no passkey yet.')).toBeVisible();
  await page.getByLabel('A name to recognise it by').fill('office key');
  await page.getByLabel('Current password').fill(password);
  await page.getByRole('button', { name: 'Add the passkey' }).click();
  await expect(page.getByRole('status')).toHaveText(/The passkey office key was added/);
  await expect(page.getByRole('listitem').filter({ hasText: 'office key' })).toContainText('never used yet');
  const stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(stored.credentials).toHaveLength(1);
  expect(stored.credentials[0]?.rpId).toBe('localhost');

  // Signed out, the person signs in with the password and the passkey: no code typed.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Work e-mail address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('link', { name: 'Passkeys' })).toBeVisible();
  const used = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(used.credentials[0]?.signCount).toBeGreaterThan(stored.credentials[0]?.signCount ?? 0);

  await page.getByRole('link', { name: 'Passkeys' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'office key' })).toContainText('last used');
  await page.getByRole('button', { name: 'Remove office key' }).click();
  await expect(page.getByRole('status')).toHaveText('The passkey was removed.');
  await expect(page.getByText('You have no passkey yet.')).toBeVisible();

  // Without a passkey, the sign-in says to use the code.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Work e-mail address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'You have no passkey yet: enter the six-digit code instead.',
  );
});
