import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { answerOf, type SignedIn, signInAs } from './testing.ts';
import { totpCode } from './totp.ts';

/**
 * Passkeys' server side and sign-in in two steps. The WebAuthn ceremony itself (a real authenticator's
 * signature) is exercised in Chromium with its virtual authenticator: e2e/auth/passkeys.spec.ts.
 */
const attemptCookieOf = (setCookie: string | string[] | undefined) =>
  ([] as string[])
    .concat(setCookie ?? [])
    .find((c) => c.startsWith('fp_sign_in='))
    ?.split(';')[0];

describe('passkeys and sign-in in two steps', () => {
  let ctx: TestContext;
  let person: SignedIn;
  beforeAll(async () => {
    ctx = await startTestContext({ FOCALPOINT_PASSKEY_ORIGIN: 'https://console.focalpoint.example' });
    person = await signInAs(ctx, 'caseworker');
  });
  afterAll(() => ctx.close());

  const inject = (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    payload?: unknown,
    headers = person.headers,
  ) => ctx.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const begin = (password = person.password) =>
    answerOf(
      ctx,
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/begin',
        payload: { email: person.email, password },
      }),
    );
  const complete = (cookie: string | undefined, payload: Record<string, unknown>) =>
    answerOf(
      ctx,
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/complete',
        headers: cookie ? { cookie } : {},
        payload,
      }),
    );
  const nextCode = async () => {
    await ctx.clock.advance(30_000); // a code is good once: the next one comes with the next step
    return totpCode(person.totpSecret, ctx.deps.clock.now());
  };

  it('offers passkeys at a host name, with the password, for this site only', async () => {
    const list = await inject('GET', '/api/v1/auth/passkeys');
    expect(list.json()).toEqual({ passkeys: [], available: true });
    const wrong = await answerOf(
      ctx,
      inject('POST', '/api/v1/auth/passkeys/options', { currentPassword: 'not it' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.currentPassword).toBe('Your current password is not right.');
    const options = await answerOf(
      ctx,
      inject('POST', '/api/v1/auth/passkeys/options', { currentPassword: person.password }),
    );
    expect(options.statusCode).toBe(200);
    expect(options.json()).toMatchObject({
      rp: { id: 'console.focalpoint.example', name: 'FocalPoint' },
      user: { name: person.email },
      attestation: 'none',
    });
    expect(options.json().challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    // An answer that no authenticator signed is refused, and the registration is spent.
    const forged = await inject('POST', '/api/v1/auth/passkeys', {
      name: 'forged',
      response: {
        id: 'abc',
        rawId: 'abc',
        type: 'public-key',
        response: { clientDataJSON: 'e30', attestationObject: 'oA' },
      },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.message).toBe(
      'The passkey could not be checked. Try again, or use another passkey.',
    );
    const again = await inject('POST', '/api/v1/auth/passkeys', {
      name: 'forged',
      response: { id: 'abc', rawId: 'abc', type: 'public-key', response: {} },
    });
    expect(again.statusCode).toBe(409);
    expect((await inject('DELETE', `/api/v1/auth/passkeys/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('is unavailable where the console is reached by an IP address, and says why', async () => {
    const byIp = await startTestContext({ PUBLIC_URL: 'http://127.0.0.1:8080' });
    try {
      const who = await signInAs(byIp, 'analyst');
      expect(
        (await byIp.app.inject({ method: 'GET', url: '/api/v1/auth/passkeys', headers: who.headers })).json()
          .available,
      ).toBe(false);
      const refused = await byIp.app.inject({
        method: 'POST',
        url: '/api/v1/auth/passkeys/options',
        headers: who.headers,
        payload: { currentPassword: who.password },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('passkeysUnavailable');
      expect((await byIp.app.inject({ method: 'GET', url: '/api/v1/auth/methods' })).json()).toEqual({
        passkeys: false,
        provider: null,
      });
    } finally {
      await byIp.close();
    }
  });

  it('signs in with the password, then a code, through a strict cookie scoped to the sign-in', async () => {
    const wrongPassword = await begin('not the password');
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json().error.code).toBe('signInFailed');
    expect(attemptCookieOf(wrongPassword.headers['set-cookie'])).toBeUndefined();

    const started = await begin();
    expect(started.json()).toEqual({ passkey: null }); // no passkey yet: the code it is
    const setCookie = ([] as string[]).concat(started.headers['set-cookie'] ?? []).join('\n');
    expect(setCookie).toMatch(
      /fp_sign_in=[A-Za-z0-9_-]{43}; Path=\/api\/v1\/auth\/login; Max-Age=300; HttpOnly; Secure; SameSite=Strict/,
    );
    const cookie = attemptCookieOf(started.headers['set-cookie']);
    expect(
      (
        await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/login/step', headers: { cookie: cookie! } })
      ).json(),
    ).toEqual({
      passkey: null,
    });
    const code = await nextCode();
    const signedIn = await complete(cookie, { totp: code });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user.email).toBe(person.email);
    // One use.
    const reused = await complete(cookie, { totp: await nextCode() });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().error.code).toBe('signInAttemptExpired');
    expect((await complete(undefined, { totp: '123456' })).statusCode).toBe(401);
  });

  it('ends an attempt at its third wrong code, and after five minutes', async () => {
    const cookie = attemptCookieOf((await begin()).headers['set-cookie']);
    const right = await nextCode();
    const wrong = right === '000000' ? '111111' : '000000';
    expect((await complete(cookie, { totp: wrong })).json().error.code).toBe('signInFailed');
    expect((await complete(cookie, { totp: wrong })).json().error.code).toBe('signInFailed');
    expect((await complete(cookie, { totp: wrong })).json().error.code).toBe('signInAttemptExpired');
    expect((await complete(cookie, { totp: right })).json().error.code).toBe('signInAttemptExpired');

    const late = attemptCookieOf((await begin()).headers['set-cookie']);
    await ctx.clock.advance(5 * 60_000 + 1);
    const expired = await complete(late, { totp: totpCode(person.totpSecret, ctx.deps.clock.now()) });
    expect(expired.json().error.code).toBe('signInAttemptExpired');
    const { rows } = await ctx.deps.db.query<{ action: string; meta: { reason: string } }>(
      `SELECT action, meta FROM audit_log WHERE action = 'auth.sign_in.failed' AND target_id = $1 ORDER BY seq`,
      [person.userId],
    );
    expect(rows.map((r) => r.meta.reason)).toEqual(['password', 'totp', 'totp', 'totp']);
  });

  it('asks for the passkey once one is registered, and a supervisor-approved reset removes it', async () => {
    // A registered key as the ceremony stores it (the e2e test registers a real one).
    await ctx.deps.db.query(
      `INSERT INTO passkeys (id, user_id, credential_id, public_key, sign_count, transports, name, created_at)
       VALUES ($1, $2, 'Y3JlZGVudGlhbC1pZA', '\\x01'::bytea, 0, '{internal}', 'office key', $3)`,
      [randomUUID(), person.userId, ctx.deps.clock.now()],
    );
    const started = await begin();
    const offered = started.json().passkey;
    expect(offered).toMatchObject({
      rpId: 'console.focalpoint.example',
      allowCredentials: [{ id: 'Y3JlZGVudGlhbC1pZA', type: 'public-key', transports: ['internal'] }],
    });
    const cookie = attemptCookieOf(started.headers['set-cookie']);
    const step = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/login/step',
      headers: { cookie: cookie! },
    });
    expect(step.json().passkey.challenge).toBe(offered.challenge);
    // A signature that does not verify ends the attempt at once.
    const bad = await complete(cookie, {
      passkey: { id: 'Y3JlZGVudGlhbC1pZA', rawId: 'Y3JlZGVudGlhbC1pZA', type: 'public-key', response: {} },
    });
    expect(bad.json().error.code).toBe('signInAttemptExpired');
    expect((await inject('GET', '/api/v1/auth/passkeys')).json().passkeys).toMatchObject([
      { name: 'office key', lastUsedAt: null, backedUp: false },
    ]);

    const admin = await signInAs(ctx, 'admin');
    const lead = await signInAs(ctx, 'supervisor');
    const proposed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users/proposals',
      headers: admin.headers,
      payload: { kind: 'reset', userId: person.userId },
    });
    expect(proposed.statusCode).toBe(201);
    const approved = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/proposals/${proposed.json().proposal.id}/approve`,
      headers: lead.headers,
      payload: {},
    });
    expect(approved.statusCode).toBe(200);
    const { rows } = await ctx.deps.db.query('SELECT 1 FROM passkeys WHERE user_id = $1', [person.userId]);
    expect(rows).toEqual([]);
  });
});
