import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { signInAs } from './testing.ts';
import { totpCode } from './totp.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

describe('sign-in', () => {
  it('signs in with password and a real TOTP code', async () => {
    const u = await createUser(
      ctx.deps,
      { email: 'ada@focalpoint.test', role: 'caseworker' },
      { type: 'cli' },
    );
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: u.password, totp: totpCode(u.totpSecret) },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^fp_session=[A-Za-z0-9_-]{43}; Path=\/;/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('SameSite=Strict');
    const body = res.json();
    expect(body.user).toMatchObject({ email: u.email, role: 'caseworker', mustChangePassword: true });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('signInAs helper gives a working session', async () => {
    const s = await signInAs(ctx, 'supervisor');
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(false);
  });
});
