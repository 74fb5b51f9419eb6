import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { createUser } from '../support/cli.ts';

/**
 * The session cookie in a real Chromium against the real server: it is stored (Secure works on
 * 127.0.0.1), invisible to scripts (HttpOnly), strict, and the CSRF token guards state changes.
 */
const totpNow = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();

type Answer = { status: number; body: unknown };

test('a staff session in the browser: HttpOnly strict cookie, CSRF token required, sign-out ends it', async ({
  page,
  context,
}) => {
  const user = createUser(`auth-e2e-${Date.now().toString(36)}@focalpoint.test`, 'analyst');
  await page.goto('/healthz');

  const login = await page.evaluate(
    async ({ email, password, totp }): Promise<Answer> => {
      const res = await fetch('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password, totp }),
      });
      return { status: res.status, body: await res.json() };
    },
    { email: user.email, password: user.password, totp: totpNow(user.totpSecret) },
  );
  expect(login.status).toBe(200);
  const csrfToken = (login.body as { csrfToken: string }).csrfToken;

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === 'fp_session');
  expect(session).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  // Scripts on the page cannot read it.
  expect(await page.evaluate(() => document.cookie)).not.toContain('fp_session');

  const request = (method: string, url: string, headers: Record<string, string> = {}) =>
    page.evaluate(
      async ({ method, url, headers }): Promise<number> => (await fetch(url, { method, headers })).status,
      { method, url, headers },
    );

  expect(await request('GET', '/api/v1/auth/session')).toBe(200);
  expect(await request('POST', '/api/v1/auth/logout')).toBe(403);
  expect(await request('POST', '/api/v1/auth/logout', { 'x-csrf-token': 'forged' })).toBe(403);
  expect(await request('GET', '/api/v1/auth/session')).toBe(200);
  expect(await request('POST', '/api/v1/auth/logout', { 'x-csrf-token': csrfToken })).toBe(200);
  expect(await request('GET', '/api/v1/auth/session')).toBe(401);
  expect((await context.cookies()).find((c) => c.name === 'fp_session')).toBeUndefined();
});
