import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerOf, createPartnerOrg, type SignedIn, sessionCookieFrom, signInAs } from '../auth/testing.ts';
import { totpCode } from '../auth/totp.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let admin: SignedIn;
let now = Date.parse('2026-11-02T10:00:00Z');

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(now);
  admin = await signInAs(ctx, 'admin');
  // A supervisor who stays: the last active one may not be demoted or disabled.
  await signInAs(ctx, 'supervisor');
});
afterAll(async () => {
  await ctx?.close();
});
beforeEach(() => {
  now += 60_000;
  ctx.clock.set(now);
});

const api = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
  who: SignedIn = admin,
) => ctx.app.inject({ method, url, headers: who.headers, ...(payload === undefined ? {} : { payload }) });
/** Signs in, waiting out the slow-down that earlier failures for the address add (on the app's clock). */
const login = async (email: string, password: string, secret: string) => {
  const res = await answerOf(
    ctx,
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password, totp: totpCode(secret, ctx.clock.now()) },
    }),
  );
  now = ctx.clock.ms();
  return res;
};
const whoAmI = (cookie: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });

describe('user administration', () => {
  it('creates a user whose one-time credentials sign in, and lists users without secrets', async () => {
    const res = await api('POST', '/api/v1/users', {
      email: 'New.Analyst@focalpoint.test',
      role: 'analyst',
      displayName: 'Nadia',
      locale: 'fr',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.user).toMatchObject({
      email: 'new.analyst@focalpoint.test',
      role: 'analyst',
      displayName: 'Nadia',
      locale: 'fr',
      disabled: false,
      mustChangePassword: true,
      recentSignInFailures: 0,
    });
    expect(created.totpUri).toContain(`secret=${created.totpSecret}`);
    const signIn = await login(created.email, created.password, created.totpSecret);
    expect(signIn.statusCode).toBe(200);

    const list = await api('GET', '/api/v1/users');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.map((u: { email: string }) => u.email)).toContain('new.analyst@focalpoint.test');
    const text = list.body;
    expect(text).not.toMatch(/argon2|"password"|password_?hash|totp/i);

    const audit = await ctx.deps.db.query<{ actor_id: string; meta: unknown }>(
      "SELECT actor_id, meta FROM audit_log WHERE action = 'user.created' AND target_id = $1",
      [created.user.id],
    );
    expect(audit.rows[0]).toMatchObject({ actor_id: admin.userId, meta: { role: 'analyst' } });
  });

  it('refuses a duplicate e-mail, a partner without organisation, an organisation for staff', async () => {
    const dup = await api('POST', '/api/v1/users', { email: admin.email, role: 'analyst' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields.email).toBe('A user with this e-mail address already exists.');
    const noOrg = await api('POST', '/api/v1/users', { email: 'p1@focalpoint.test', role: 'partner' });
    expect(noOrg.statusCode).toBe(400);
    expect(noOrg.json().error.fields.partnerOrgId).toBeDefined();
    const org = await createPartnerOrg(ctx);
    const staffWithOrg = await api('POST', '/api/v1/users', {
      email: 's1@focalpoint.test',
      role: 'analyst',
      partnerOrgId: org,
    });
    expect(staffWithOrg.statusCode).toBe(400);
    const partner = await api('POST', '/api/v1/users', {
      email: 'p2@focalpoint.test',
      role: 'partner',
      partnerOrgId: org,
    });
    expect(partner.statusCode).toBe(201);
    expect(partner.json().user.partnerOrgId).toBe(org);
    const badEmail = await api('POST', '/api/v1/users', { email: 'not an address', role: 'analyst' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.body).not.toContain('not an address');
  });

  it('changes a role that takes power away: the user’s sessions end and the change is audited', async () => {
    const user = await signInAs(ctx, 'supervisor');
    const res = await api('PATCH', `/api/v1/users/${user.userId}`, { role: 'analyst', onDuty: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'analyst', onDuty: true });
    expect((await whoAmI(user.cookie)).statusCode).toBe(401);
    const audit = await ctx.deps.db.query<{ meta: unknown }>(
      "SELECT meta FROM audit_log WHERE action = 'user.role_changed' AND target_id = $1",
      [user.userId],
    );
    expect(audit.rows[0]?.meta).toEqual({ from: 'supervisor', to: 'analyst' });
    now += 30_000;
    ctx.clock.set(now);
    const relogin = await login(user.email, user.password, user.totpSecret);
    expect(relogin.json().user.role).toBe('analyst');
  });

  it('renames without ending sessions', async () => {
    const user = await signInAs(ctx, 'caseworker');
    const res = await api('PATCH', `/api/v1/users/${user.userId}`, { displayName: 'Sam' });
    expect(res.json().displayName).toBe('Sam');
    expect((await whoAmI(user.cookie)).statusCode).toBe(200);
  });

  it('disables a user: sessions end and sign-in is refused; enabling lets them back', async () => {
    const user = await signInAs(ctx, 'analyst');
    expect((await api('PATCH', `/api/v1/users/${user.userId}`, { disabled: true })).json().disabled).toBe(
      true,
    );
    expect((await whoAmI(user.cookie)).statusCode).toBe(401);
    expect((await login(user.email, user.password, user.totpSecret)).statusCode).toBe(401);
    now += 30_000;
    ctx.clock.set(now);
    expect((await api('PATCH', `/api/v1/users/${user.userId}`, { disabled: false })).json().disabled).toBe(
      false,
    );
    expect((await login(user.email, user.password, user.totpSecret)).statusCode).toBe(200);
  });

  it('resets credentials: old password and TOTP secret stop working, sessions end, failures are forgotten', async () => {
    const user = await signInAs(ctx, 'analyst');
    for (let i = 0; i < 5; i++) await login(user.email, 'wrong', user.totpSecret);
    const listed = (await api('GET', '/api/v1/users'))
      .json()
      .items.find((u: { id: string }) => u.id === user.userId);
    expect(listed.recentSignInFailures).toBe(5);

    const res = await api('POST', `/api/v1/users/${user.userId}/reset`);
    expect(res.statusCode).toBe(200);
    const creds = res.json();
    expect(creds.user).toMatchObject({ id: user.userId, mustChangePassword: true, recentSignInFailures: 0 });
    expect(creds.totpSecret).not.toBe(user.totpSecret);
    expect((await whoAmI(user.cookie)).statusCode).toBe(401);

    expect((await login(user.email, user.password, creds.totpSecret)).statusCode).toBe(401);
    now += 30_000;
    ctx.clock.set(now);
    expect((await login(user.email, creds.password, user.totpSecret)).statusCode).toBe(401);
    now += 30_000;
    ctx.clock.set(now);
    const ok = await login(user.email, creds.password, creds.totpSecret);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.mustChangePassword).toBe(true);
    expect(sessionCookieFrom(ok.headers['set-cookie'])).toMatch(/^fp_session=/);
  });

  it('keeps at least one active admin, and an admin cannot lock themselves out', async () => {
    const self = await api('PATCH', `/api/v1/users/${admin.userId}`, { role: 'analyst' });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('selfLockout');
    // (an admin made from the shell: through the API it would take a second person's approval)
    const other = await signInAs(ctx, 'admin');
    // Another admin exists now, but nobody may disable the last one left.
    expect((await api('PATCH', `/api/v1/users/${other.userId}`, { disabled: true })).statusCode).toBe(200);
    const last = await api('PATCH', `/api/v1/users/${admin.userId}`, { disabled: true });
    expect(last.statusCode).toBe(409);
  });

  it('refuses, alone, what would reach case content or make an administrator: it takes a proposal', async () => {
    const analyst = await signInAs(ctx, 'analyst');
    const supervisor = await signInAs(ctx, 'supervisor');
    const refusals = [
      await api('POST', '/api/v1/users', { email: 'puppet@focalpoint.test', role: 'supervisor' }),
      await api('POST', '/api/v1/users', { email: 'puppet2@focalpoint.test', role: 'intake_officer' }),
      await api('POST', '/api/v1/users', { email: 'puppet3@focalpoint.test', role: 'admin' }),
      await api('PATCH', `/api/v1/users/${analyst.userId}`, { role: 'caseworker' }),
      await api('PATCH', `/api/v1/users/${analyst.userId}`, { role: 'admin' }),
      await api('POST', `/api/v1/users/${supervisor.userId}/reset`),
    ];
    for (const res of refusals) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('approvalRequired');
    }
    expect(refusals[0]!.json().error.message).toMatch(/one person may not do it alone/);
    const fr = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin.headers, 'accept-language': 'fr' },
      payload: { email: 'puppet4@focalpoint.test', role: 'caseworker' },
    });
    expect(fr.json().error.message).toMatch(/une seule personne ne peut pas le faire/);
    // Nothing was made or changed, and the supervisor still signs in with their own credentials.
    const list = (await api('GET', '/api/v1/users')).json().items as {
      email: string;
      id: string;
      role: string;
    }[];
    expect(list.map((u) => u.email).filter((e) => e.startsWith('puppet'))).toEqual([]);
    expect(list.find((u) => u.id === analyst.userId)?.role).toBe('analyst');
    ctx.clock.set(ctx.clock.ms() + 30_000); // a fresh TOTP step
    expect((await login(supervisor.email, supervisor.password, supervisor.totpSecret)).statusCode).toBe(200);

    // A disabled caseworker is enabled again only with a second person.
    const caseworker = await signInAs(ctx, 'caseworker');
    expect((await api('PATCH', `/api/v1/users/${caseworker.userId}`, { disabled: true })).statusCode).toBe(
      200,
    );
    const enable = await api('PATCH', `/api/v1/users/${caseworker.userId}`, { disabled: false });
    expect(enable.json().error.code).toBe('approvalRequired');
  });

  it('narrows power alone: a supervisor becomes a caseworker, a caseworker an analyst', async () => {
    const supervisor = await signInAs(ctx, 'supervisor');
    const toCaseworker = await api('PATCH', `/api/v1/users/${supervisor.userId}`, { role: 'caseworker' });
    expect(toCaseworker.json().role).toBe('caseworker');
    const toAnalyst = await api('PATCH', `/api/v1/users/${supervisor.userId}`, { role: 'analyst' });
    expect(toAnalyst.json().role).toBe('analyst');
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    expect((await api('PATCH', `/api/v1/users/${randomUUID()}`, { displayName: 'x' })).statusCode).toBe(404);
    expect((await api('POST', `/api/v1/users/${randomUUID()}/reset`)).statusCode).toBe(404);
    expect((await api('PATCH', '/api/v1/users/not-a-uuid', { displayName: 'x' })).statusCode).toBe(400);
  });

  it('is for admins only', async () => {
    for (const role of ['supervisor', 'caseworker', 'analyst', 'intake_officer', 'partner'] as const) {
      const s = await signInAs(ctx, role);
      expect((await api('GET', '/api/v1/users', undefined, s)).statusCode).toBe(403);
      expect(
        (await api('POST', '/api/v1/users', { email: 'x@focalpoint.test', role: 'admin' }, s)).statusCode,
      ).toBe(403);
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });
});
