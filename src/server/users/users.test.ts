import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPartnerOrg, type SignedIn, sessionCookieFrom, signInAs } from '../auth/testing.ts';
import { totpCode } from '../auth/totp.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
let admin: SignedIn;
let now = Date.parse('2026-11-02T10:00:00Z');

beforeAll(async () => {
  ctx = await startTestContext();
  ctx.clock.set(now);
  admin = await signInAs(ctx, 'admin');
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
const login = (email: string, password: string, secret: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, totp: totpCode(secret, new Date(now)) },
  });
const whoAmI = (cookie: string) =>
  ctx.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });

describe('user administration', () => {
  it('creates a user whose one-time credentials sign in, and lists users without secrets', async () => {
    const res = await api('POST', '/api/v1/users', {
      email: 'New.Caseworker@focalpoint.test',
      role: 'caseworker',
      displayName: 'Nadia',
      locale: 'fr',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.user).toMatchObject({
      email: 'new.caseworker@focalpoint.test',
      role: 'caseworker',
      displayName: 'Nadia',
      locale: 'fr',
      disabled: false,
      mustChangePassword: true,
      lockedUntil: null,
    });
    expect(created.totpUri).toContain(`secret=${created.totpSecret}`);
    const signIn = await login(created.email, created.password, created.totpSecret);
    expect(signIn.statusCode).toBe(200);

    const list = await api('GET', '/api/v1/users');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.map((u: { email: string }) => u.email)).toContain('new.caseworker@focalpoint.test');
    const text = list.body;
    expect(text).not.toMatch(/argon2|"password"|password_?hash|totp/i);

    const audit = await ctx.deps.db.query<{ actor_id: string; meta: unknown }>(
      "SELECT actor_id, meta FROM audit_log WHERE action = 'user.created' AND target_id = $1",
      [created.user.id],
    );
    expect(audit.rows[0]).toMatchObject({ actor_id: admin.userId, meta: { role: 'caseworker' } });
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

  it('changes a role: the user’s sessions end and the change is audited', async () => {
    const user = await signInAs(ctx, 'analyst');
    const res = await api('PATCH', `/api/v1/users/${user.userId}`, { role: 'supervisor', onDuty: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ role: 'supervisor', onDuty: true });
    expect((await whoAmI(user.cookie)).statusCode).toBe(401);
    const audit = await ctx.deps.db.query<{ meta: unknown }>(
      "SELECT meta FROM audit_log WHERE action = 'user.role_changed' AND target_id = $1",
      [user.userId],
    );
    expect(audit.rows[0]?.meta).toEqual({ from: 'analyst', to: 'supervisor' });
    now += 30_000;
    ctx.clock.set(now);
    const relogin = await login(user.email, user.password, user.totpSecret);
    expect(relogin.json().user.role).toBe('supervisor');
  });

  it('renames without ending sessions', async () => {
    const user = await signInAs(ctx, 'caseworker');
    const res = await api('PATCH', `/api/v1/users/${user.userId}`, { displayName: 'Sam' });
    expect(res.json().displayName).toBe('Sam');
    expect((await whoAmI(user.cookie)).statusCode).toBe(200);
  });

  it('disables a user: sessions end and sign-in is refused; enabling lets them back', async () => {
    const user = await signInAs(ctx, 'intake_officer');
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

  it('resets credentials: old password and TOTP secret stop working, sessions end, lockout is lifted', async () => {
    const user = await signInAs(ctx, 'caseworker');
    for (let i = 0; i < 5; i++) await login(user.email, 'wrong', user.totpSecret);
    const listed = (await api('GET', '/api/v1/users'))
      .json()
      .items.find((u: { id: string }) => u.id === user.userId);
    expect(listed.lockedUntil).not.toBeNull();

    const res = await api('POST', `/api/v1/users/${user.userId}/reset`);
    expect(res.statusCode).toBe(200);
    const creds = res.json();
    expect(creds.user).toMatchObject({ id: user.userId, mustChangePassword: true, lockedUntil: null });
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
    const other = await signInAs(ctx, 'admin');
    // Another admin exists now, but nobody may disable the last one left.
    expect((await api('PATCH', `/api/v1/users/${other.userId}`, { disabled: true })).statusCode).toBe(200);
    const last = await api('PATCH', `/api/v1/users/${admin.userId}`, { disabled: true });
    expect(last.statusCode).toBe(409);
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
