import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { announceFirstRun, issueSetupLink } from './setup.ts';
import { sessionCookieFrom } from './testing.ts';
import { totpCode } from './totp.ts';

let ctx: TestContext;
let now = Date.parse('2026-11-02T10:00:00Z');

beforeAll(async () => {
  ctx = await startTestContext({ PUBLIC_URL: 'https://focalpoint.example' });
  ctx.clock.set(now);
});
afterAll(async () => {
  await ctx?.close();
});

const status = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/setup/status' })).json() as { needed: boolean };
const setup = (
  token: string,
  email = 'first.admin@focalpoint.test',
  supervisor = 'first.supervisor@focalpoint.test',
) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: {
      token,
      email,
      displayName: 'First Admin',
      supervisor: { email: supervisor, displayName: 'First Lead' },
    },
  });
const login = (creds: { email: string; password: string; totpSecret: string }) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: {
      email: creds.email,
      password: creds.password,
      totp: totpCode(creds.totpSecret, ctx.clock.now()),
    },
  });
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

/** A logger that keeps what it writes, like the server's log on the console. */
function capturingLogger() {
  const lines: string[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
  return { log, lines };
}

describe('first run', () => {
  // The link a restart issued, used by the single successful set-up below.
  let validToken = '';

  it('prints one set-up link at start while no admin exists, and stores only its hash', async () => {
    expect(await status()).toEqual({ needed: true });
    const { log, lines } = capturingLogger();
    await announceFirstRun(ctx.deps, log);
    expect(lines).toHaveLength(1);
    const link = /https:\/\/focalpoint\.example\/console\/setup\?token=[A-Za-z0-9_-]{43}/.exec(
      lines[0]!,
    )?.[0];
    expect(link).toBeDefined();
    const { rows } = await ctx.deps.db.query<{ token_hash: Uint8Array }>(
      'SELECT token_hash FROM setup_tokens',
    );
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]!.token_hash).toString('utf8')).not.toContain(tokenOf(link!));
  });

  it('an expired link does not work; a new start gives a new link and the old one stops working', async () => {
    const old = tokenOf((await issueSetupLink(ctx.deps))!);
    now += 25 * 3_600_000;
    ctx.clock.set(now);
    const expired = await setup(old);
    expect(expired.statusCode).toBe(403);
    expect(expired.json().error.code).toBe('setupUnavailable');
    const first = tokenOf((await issueSetupLink(ctx.deps))!);
    const second = tokenOf((await issueSetupLink(ctx.deps))!);
    expect((await setup(first)).statusCode).toBe(403);
    expect(await status()).toEqual({ needed: true });
    // Keep the valid one for the next test.
    validToken = second;
  });

  it('refuses one person as both administrator and supervisor', async () => {
    const same = await setup(validToken, 'one@focalpoint.test', 'ONE@focalpoint.test');
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields['supervisor.email']).toMatch(/another person/);
    expect(await status()).toEqual({ needed: true });
  });

  it('creates the first admin and the first supervisor exactly once, who sign in with the credentials answered', async () => {
    expect((await setup('not-a-token')).statusCode).toBe(403);
    // Two browsers racing with the same link: exactly one becomes admin.
    const [a, b] = await Promise.all([
      setup(validToken),
      setup(validToken, 'second@focalpoint.test', 'second.lead@focalpoint.test'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 403]);
    const res = a.statusCode === 201 ? a : b;
    const { admin: creds, supervisor } = res.json();
    expect(['first.admin@focalpoint.test', 'second@focalpoint.test']).toContain(creds.email);
    expect(['first.supervisor@focalpoint.test', 'second.lead@focalpoint.test']).toContain(supervisor.email);
    expect(supervisor.totpSecret).not.toBe(creds.totpSecret);
    expect(creds.password).toMatch(/^[A-Za-z0-9_-]{5}(-[A-Za-z0-9_-]{5}){3}$/);
    expect(creds.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(creds.totpUri).toMatch(/^otpauth:\/\/totp\/FocalPoint:.+%40focalpoint\.test\?.*secret=/);

    const again = await setup(validToken, 'third@focalpoint.test');
    expect(again.statusCode).toBe(403);
    expect(await status()).toEqual({ needed: false });

    const signedIn = await login(creds);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({
      role: 'admin',
      displayName: 'First Admin',
      mustChangePassword: true,
    });
    expect(sessionCookieFrom(signedIn.headers['set-cookie'])).toMatch(/^fp_session=/);
    const lead = await login(supervisor);
    expect(lead.json().user).toMatchObject({ role: 'supervisor', displayName: 'First Lead' });

    const { rows } = await ctx.deps.db.query<{ meta: { role: string } }>(
      "SELECT meta FROM audit_log WHERE action = 'user.created' ORDER BY seq",
    );
    expect(rows.map((r) => r.meta.role)).toEqual(['admin', 'supervisor']);

    // The administrator may not disable the one supervisor: no one else could approve access to content.
    const cookie = sessionCookieFrom(signedIn.headers['set-cookie']);
    const headers = { cookie, 'x-csrf-token': signedIn.json().csrfToken };
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: creds.password, newPassword: 'violet kettle under seven bridges' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const leadId = lead.json().user.id;
    const disable = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${leadId}`,
      headers,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(409);
    expect(disable.json().error.code).toBe('lastSupervisor');
  });

  it('prints nothing and issues no link once an admin exists', async () => {
    const { log, lines } = capturingLogger();
    await announceFirstRun(ctx.deps, log);
    expect(lines).toHaveLength(0);
    expect(await issueSetupLink(ctx.deps)).toBeNull();
  });
});
