import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { type CreatedUser, createUser } from '../users/create-user.ts';
import {
  answerOf as answerOfRequest,
  answersOf as answersOfRequests,
  type SignedIn,
  sessionCookieFrom,
  signInAs,
} from './testing.ts';
import { totpCode } from './totp.ts';

let ctx: TestContext;
// The app's clock, moved by the tests: time-outs, lockouts and TOTP steps all read it.
let now = Date.parse('2026-11-02T10:00:00Z');
// (answers held back by the slow-down move the clock on too: `now` follows the clock, never the reverse)
const advance = (ms: number) => {
  now = ctx.clock.ms() + ms;
  ctx.clock.set(now);
};

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(now);
});
afterAll(async () => {
  await ctx?.close();
});
beforeEach(() => {
  // A fresh 30-second TOTP step for every test, so no test replays another's code by accident.
  advance(60_000);
});

let n = 0;
const newUser = (role: CreatedUser['role'] = 'caseworker') =>
  createUser(ctx.deps, { email: `user${++n}@focalpoint.test`, role }, { type: 'cli' });

// Where requests come from: the owner of an address at their own computer, and people who are not.
const OWNER = '192.0.2.10';
const ATTACKER = '198.51.100.66';

const login = (email: string, password: string, totp: string, from = OWNER) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, totp },
    remoteAddress: from,
  });

/**
 * The answer to a request that the slow-down holds back by exactly `ms` on the app's clock: it has not come
 * 1 ms before, and comes once the clock reaches it.
 */
async function answerAfter<T>(request: Promise<T>, ms: number): Promise<T> {
  const throttle = ctx.deps.runtime.auth.throttle;
  let answered = false;
  void request.finally(() => {
    answered = true;
  });
  // inject reaches the handler within a few turns of the event loop
  for (let i = 0; i < 200 && throttle.held === 0; i++) await new Promise(setImmediate);
  expect(throttle.held).toBe(1);
  await ctx.clock.advance(ms - 1);
  expect(answered).toBe(false);
  expect(throttle.held).toBe(1);
  await ctx.clock.advance(1);
  return request;
}

const answersOf = <T>(requests: Promise<T>[]) => answersOfRequests(ctx, requests);
const answerOf = <T>(request: Promise<T>) => answerOfRequest(ctx, request);

const code = (u: { totpSecret: string }) => totpCode(u.totpSecret, ctx.clock.now());

async function auditRows() {
  const { rows } = await ctx.deps.db.query<{
    action: string;
    actor_id: string | null;
    target_id: string | null;
    meta: unknown;
  }>('SELECT action, actor_id, target_id, meta FROM audit_log ORDER BY seq');
  return rows;
}

describe('sign-in', () => {
  it('signs in with e-mail, password and a real TOTP code, and sets a strict session cookie', async () => {
    const u = await newUser();
    const res = await login(u.email.toUpperCase(), u.password, code(u));
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^fp_session=[A-Za-z0-9_-]{43}; Path=\/;/);
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict']) expect(setCookie).toContain(attr);
    const body = res.json();
    expect(body.user).toEqual({
      id: u.id,
      email: u.email,
      role: 'caseworker',
      displayName: '',
      locale: 'en',
      partnerOrgId: null,
      mustChangePassword: true,
      onDuty: false,
    });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    // The database holds the token's hash, never the token.
    const token = sessionCookieFrom(res.headers['set-cookie']).split('=')[1]!;
    const { rows } = await ctx.deps.db.query<{ token_hash: unknown }>(
      'SELECT token_hash FROM sessions WHERE user_id = $1',
      [u.id],
    );
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]!.token_hash as Uint8Array).toString('utf8')).not.toContain(token);

    const session = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: sessionCookieFrom(res.headers['set-cookie']) },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual(body);

    const audit = await auditRows();
    const success = audit.filter((r) => r.action === 'auth.sign_in.succeeded');
    expect(success.at(-1)).toMatchObject({ actor_id: u.id });
  });

  it('answers the same for a wrong password, a wrong code and an unknown address, and audits no address', async () => {
    const u = await newUser();
    const wrongPassword = await login(u.email, `${u.password}x`, code(u));
    const wrongCode = await answerOf(login(u.email, u.password, code(u) === '000000' ? '111111' : '000000'));
    const unknown = await login('nobody@focalpoint.test', u.password, code(u));
    for (const res of [wrongPassword, wrongCode, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrongCode.json()).toEqual(wrongPassword.json());
    expect(unknown.json()).toEqual(wrongPassword.json());
    expect(unknown.json().error.code).toBe('signInFailed');

    const audit = JSON.stringify(await auditRows());
    expect(audit).not.toContain('nobody@focalpoint.test');
    expect(audit).not.toContain(u.email);
    const failed = (await auditRows()).filter((r) => r.action === 'auth.sign_in.failed');
    expect(failed.at(-1)).toMatchObject({ actor_id: null, target_id: null });
    expect(failed.at(-2)).toMatchObject({ target_id: u.id, meta: { reason: 'totp' } });
  });

  it('refuses a TOTP code already used in its 30-second step', async () => {
    const u = await newUser();
    const c = code(u);
    expect((await login(u.email, u.password, c)).statusCode).toBe(200);
    const replay = await login(u.email, u.password, c);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('signInFailed');
    // The next step's code works.
    advance(30_000);
    expect((await answerOf(login(u.email, u.password, code(u)))).statusCode).toBe(200);
  });

  it('accepts a code from one step before or after (clock drift), not two', async () => {
    const u = await newUser();
    expect(
      (await login(u.email, u.password, totpCode(u.totpSecret, new Date(ctx.clock.ms() - 30_000))))
        .statusCode,
    ).toBe(200);
    advance(90_000);
    expect(
      (await login(u.email, u.password, totpCode(u.totpSecret, new Date(ctx.clock.ms() - 65_000))))
        .statusCode,
    ).toBe(401);
  });

  it('pauses one source for an address after 5 failures — the same for an unknown address — never the person elsewhere', async () => {
    const u = await newUser();
    for (let i = 0; i < 5; i++) {
      expect((await answerOf(login(u.email, 'wrong password', code(u), ATTACKER))).statusCode).toBe(401);
      expect((await answerOf(login('ghost@focalpoint.test', 'wrong', '123456', ATTACKER))).statusCode).toBe(
        401,
      );
    }
    const paused = await login(u.email, u.password, code(u), ATTACKER);
    const ghost = await login('ghost@focalpoint.test', u.password, code(u), ATTACKER);
    expect(paused.statusCode).toBe(429);
    expect(ghost.statusCode).toBe(429);
    expect(ghost.json()).toEqual(paused.json());
    expect(paused.json().error.code).toBe('signInLocked');
    expect(Number(paused.headers['retry-after'])).toBeGreaterThan(14 * 60);

    // The owner of the address, at their own computer, is not paused.
    expect((await answerOf(login(u.email, u.password, code(u), OWNER))).statusCode).toBe(200);

    advance(14 * 60_000);
    expect((await login(u.email, u.password, code(u), ATTACKER)).statusCode).toBe(429);
    advance(61_000);
    expect((await answerOf(login(u.email, u.password, code(u), ATTACKER))).statusCode).toBe(200);
  });

  it('holds back every answer for an address by 200 ms per recent failure from anywhere, on the app’s clock', async () => {
    const u = await newUser();
    // Two failures from two places; the first answer is not held back.
    expect((await login(u.email, 'wrong password', code(u), '198.51.100.1')).statusCode).toBe(401);
    expect((await answerOf(login(u.email, 'wrong password', code(u), '198.51.100.2'))).statusCode).toBe(401);

    const right = await answerAfter(login(u.email, u.password, code(u), OWNER), 400);
    expect(right.statusCode).toBe(200);
    // The right answer took its own attempt back: two failures still count, not three.
    expect(ctx.deps.runtime.auth.throttle.recentFailures(u.email)).toBe(2);
  });

  it('caps the slow-down: 250 failures from 50 sources leave the owner slowed by 2 s, never locked out', async () => {
    const u = await newUser('admin');
    const sources = Array.from({ length: 50 }, (_, i) => `203.0.113.${i + 1}`);
    for (let round = 0; round < 5; round++) {
      const answers = await answersOf(sources.map((s) => login(u.email, `guess ${round}`, '000000', s)));
      expect(answers.map((a) => a.statusCode)).toEqual(sources.map(() => 401));
    }
    // Each source is paused for this address now, and only for it.
    expect((await login(u.email, u.password, code(u), sources[0])).statusCode).toBe(429);
    expect(ctx.deps.runtime.auth.throttle.recentFailures(u.email)).toBeGreaterThanOrEqual(10);

    const res = await answerAfter(login(u.email, u.password, code(u), OWNER), 2_000);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.role).toBe('admin');
  }, 120_000);

  it('pauses a source that fails on 30 different addresses, for every address, and only that source', async () => {
    const spray = '192.0.2.77';
    for (let i = 0; i < 30; i++) {
      expect((await login(`sprayed${i}@focalpoint.test`, 'password1', '123456', spray)).statusCode).toBe(401);
    }
    const u = await newUser();
    expect((await login(u.email, u.password, code(u), spray)).statusCode).toBe(429);
    expect((await login(u.email, u.password, code(u), OWNER)).statusCode).toBe(200);
  }, 60_000);

  it('keeps nothing of a source or a failure in the database', async () => {
    const u = await newUser();
    await login(u.email, 'wrong password', code(u), '198.51.100.99');
    const { rows } = await ctx.deps.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_name = 'sign_in_throttle'",
    );
    expect(rows).toEqual([]);
    const audit = JSON.stringify(await auditRows());
    expect(audit).not.toContain('198.51.100.99');
  });

  it('refuses a disabled account like any other failure', async () => {
    const u = await newUser();
    await ctx.deps.db.query('UPDATE users SET disabled_at = now() WHERE id = $1', [u.id]);
    const res = await login(u.email, u.password, code(u));
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('signInFailed');
  });

  it('signs partner users in the same way', async () => {
    const p = await signInAs(ctx, 'partner');
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: p.cookie },
    });
    expect(res.json().user).toMatchObject({ role: 'partner', partnerOrgId: p.partnerOrgId });
  });
});

describe('sessions', () => {
  const whoAmI = (cookie: string) =>
    ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });

  it('ends after the idle time-out', async () => {
    const s = await signInAs(ctx, 'analyst');
    advance(29 * 60_000);
    expect((await whoAmI(s.cookie)).statusCode).toBe(200);
    advance(29 * 60_000); // 29 minutes after the last request: still alive
    expect((await whoAmI(s.cookie)).statusCode).toBe(200);
    advance(31 * 60_000);
    const res = await whoAmI(s.cookie);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('ends at the absolute time-out however active it is', async () => {
    const s = await signInAs(ctx, 'analyst');
    // A request every 20 minutes keeps it from idling out: 35 of them take it to 11 h 40 min.
    for (let i = 0; i < 35; i++) {
      advance(20 * 60_000);
      expect((await whoAmI(s.cookie)).statusCode).toBe(200);
    }
    // Twenty minutes later — not idle for long, but 12 hours after sign-in.
    advance(20 * 60_000);
    expect((await whoAmI(s.cookie)).statusCode).toBe(401);
  });

  it('refuses unknown and malformed session cookies', async () => {
    expect((await whoAmI('fp_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(401);
    expect((await whoAmI('fp_session=<script>')).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('checks the session before reading the body: anonymous callers learn nothing of a route’s schema', async () => {
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { nonsense: 1 },
    });
    expect(anonymous.statusCode).toBe(401);
    const s = await signInAs(ctx, 'caseworker');
    const noCsrf = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: s.cookie },
      payload: { nonsense: 1 },
    });
    expect(noCsrf.statusCode).toBe(403);
    const wrongRole = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/not-a-uuid',
      headers: s.headers,
      payload: [],
    });
    expect(wrongRole.statusCode).toBe(403);
  });

  it('requires the x-csrf-token on state-changing requests', async () => {
    const s = await signInAs(ctx, 'supervisor');
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf');
    const other = await signInAs(ctx, 'supervisor');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': other.csrfToken },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('csrf');
    // Still signed in: the refused requests did nothing.
    expect((await whoAmI(s.cookie)).statusCode).toBe(200);
  });

  it('signs out one session, and clears the cookie', async () => {
    const s = await signInAs(ctx, 'caseworker');
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/^fp_session=;.*Max-Age=0/);
    expect((await whoAmI(s.cookie)).statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    const s = await signInAs(ctx, 'caseworker');
    advance(30_000);
    const second = await login(s.email, s.password, totpCode(s.totpSecret, ctx.clock.now()));
    expect(second.statusCode).toBe(200);
    const secondCookie = sessionCookieFrom(second.headers['set-cookie']);
    const other = await signInAs(ctx, 'caseworker');

    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-everywhere',
      headers: s.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ signedOut: true, sessionsEnded: 2 });
    expect((await whoAmI(s.cookie)).statusCode).toBe(401);
    expect((await whoAmI(secondCookie)).statusCode).toBe(401);
    // Someone else's session is untouched.
    expect((await whoAmI(other.cookie)).statusCode).toBe(200);
  });
});

describe('password change', () => {
  it('is required at first sign-in: every other staff route answers 403 password_change_required until then', async () => {
    const s = await signInAs(ctx, 'admin', { keepOneTimePassword: true });
    const blocked = await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    const tooShort = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: s.headers,
      payload: { currentPassword: s.password, newPassword: 'short' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.fields.newPassword).toBeDefined();
    const wrongCurrent = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: s.headers,
      payload: { currentPassword: 'not it at all', newPassword: 'a long new passphrase' },
    });
    expect(wrongCurrent.statusCode).toBe(400);
    expect(wrongCurrent.json().error.fields.currentPassword).toBe('Your current password is not right.');

    // (the wrong guess above holds the next answer for the address back 200 ms on the app's clock)
    const changed = await answerOf(
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: s.headers,
        payload: { currentPassword: s.password, newPassword: 'a long new passphrase' },
      }),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/users', headers: s.headers })).statusCode,
    ).toBe(200);

    // The old password no longer works; the new one does.
    advance(30_000);
    expect(
      (await answerOf(login(s.email, s.password, totpCode(s.totpSecret, ctx.clock.now())))).statusCode,
    ).toBe(401);
    advance(30_000);
    expect(
      (await answerOf(login(s.email, 'a long new passphrase', totpCode(s.totpSecret, ctx.clock.now()))))
        .statusCode,
    ).toBe(200);
  });

  it('refuses a common or personal password, saying why, in English and French', async () => {
    const s = await signInAs(ctx, 'admin', {
      keepOneTimePassword: true,
      email: 'amina.haddad@focalpoint.test',
    });
    const change = (newPassword: string, language = 'en') =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: { ...s.headers, 'accept-language': language },
        payload: { currentPassword: s.password, newPassword },
      });
    const common = await change('password1234');
    expect(common.statusCode).toBe(400);
    expect(common.json().error.fields.newPassword).toMatch(/lists of common passwords/);
    const commonFr = await change('password1234', 'fr');
    expect(commonFr.json().error.fields.newPassword).toMatch(/listes de mots de passe courants/);
    const personal = await change('Amina-Haddad-2026');
    expect(personal.statusCode).toBe(400);
    expect(personal.json().error.fields.newPassword).toMatch(/your name, your e-mail address/);
    // Nothing changed: the one-time password still has to be replaced.
    const session = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: s.headers });
    expect(session.json().user.mustChangePassword).toBe(true);
  });

  it('ends the user’s other sessions', async () => {
    const s = await signInAs(ctx, 'intake_officer', { keepOneTimePassword: true });
    advance(30_000);
    const other = await login(s.email, s.password, totpCode(s.totpSecret, ctx.clock.now()));
    const otherCookie = sessionCookieFrom(other.headers['set-cookie']);
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: s.headers,
      payload: { currentPassword: s.password, newPassword: 'another long passphrase' },
    });
    const session = (cookie: string) =>
      ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect((await session(s.cookie)).statusCode).toBe(200);
    expect((await session(otherCookie)).statusCode).toBe(401);
  });
});

describe('second factor change', () => {
  // (a wrong password holds later answers for the address back: answerOf moves the clock on for them)
  const post = (who: SignedIn, url: string, payload: object) =>
    answerOf(ctx.app.inject({ method: 'POST', url, headers: who.headers, payload }));

  it('replaces one’s authenticator only once a code from the new one is confirmed; other sessions end', async () => {
    const s = await signInAs(ctx, 'supervisor');
    advance(30_000);
    const other = await login(s.email, s.password, code(s));
    const otherCookie = sessionCookieFrom(other.headers['set-cookie']);
    advance(30_000);

    const wrongPassword = await post(s, '/api/v1/auth/second-factor', {
      currentPassword: 'nope',
      code: code(s),
    });
    expect(wrongPassword.json().error.fields.currentPassword).toBe('Your current password is not right.');
    const wrongCode = await post(s, '/api/v1/auth/second-factor', {
      currentPassword: s.password,
      code: code(s) === '000000' ? '111111' : '000000',
    });
    expect(wrongCode.json().error.fields.code).toMatch(/not right/);

    const started = await post(s, '/api/v1/auth/second-factor', {
      currentPassword: s.password,
      code: code(s),
    });
    expect(started.statusCode).toBe(200);
    const { totpSecret, totpUri } = started.json();
    expect(totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(totpUri).toContain(`secret=${totpSecret}`);
    // Not yet in force: the old authenticator still signs in, the new one does not.
    advance(30_000);
    expect(
      (await answerOf(login(s.email, s.password, totpCode(totpSecret, ctx.clock.now())))).statusCode,
    ).toBe(401);
    expect((await answerOf(login(s.email, s.password, code(s)))).statusCode).toBe(200);

    advance(30_000);
    const wrongConfirm = await post(s, '/api/v1/auth/second-factor/confirm', { code: code(s) });
    expect(wrongConfirm.statusCode).toBe(400);
    const confirmed = await post(s, '/api/v1/auth/second-factor/confirm', {
      code: totpCode(totpSecret, ctx.clock.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    const session = (cookie: string) =>
      ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect((await session(s.cookie)).statusCode).toBe(200);
    expect((await session(otherCookie)).statusCode).toBe(401);

    // The confirming code is used up; the next step's code of the new secret signs in, the old never again.
    advance(30_000);
    expect((await answerOf(login(s.email, s.password, code(s)))).statusCode).toBe(401);
    advance(30_000);
    expect(
      (await answerOf(login(s.email, s.password, totpCode(totpSecret, ctx.clock.now())))).statusCode,
    ).toBe(200);
    const actions = (await auditRows()).filter((r) => r.actor_id === s.userId).map((r) => r.action);
    expect(actions).toContain('auth.second_factor.change_started');
    expect(actions).toContain('auth.second_factor.changed');
    expect(JSON.stringify(await auditRows())).not.toContain(totpSecret);
  });

  it('forgets an unconfirmed new authenticator after ten minutes', async () => {
    const s = await signInAs(ctx, 'analyst');
    advance(30_000);
    const started = await post(s, '/api/v1/auth/second-factor', {
      currentPassword: s.password,
      code: code(s),
    });
    advance(11 * 60_000);
    const late = await post(s, '/api/v1/auth/second-factor/confirm', {
      code: totpCode(started.json().totpSecret, ctx.clock.now()),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('noSecondFactorChange');
  });
});

describe('own profile', () => {
  it('changes one’s language and on-duty flag, after the password change only', async () => {
    const pending = await signInAs(ctx, 'caseworker', { keepOneTimePassword: true });
    const blocked = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/profile',
      headers: pending.headers,
      payload: { onDuty: true },
    });
    expect(blocked.statusCode).toBe(403);

    const s = await signInAs(ctx, 'caseworker');
    const res = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/auth/profile',
      headers: s.headers,
      payload: { locale: 'fr', onDuty: true, displayName: 'Camille' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ locale: 'fr', onDuty: true, displayName: 'Camille' });
    const { rows } = await ctx.deps.db.query<{ locale: string; on_duty: boolean }>(
      'SELECT locale, on_duty FROM users WHERE id = $1',
      [s.userId],
    );
    expect(rows[0]).toEqual({ locale: 'fr', on_duty: true });
  });
});
