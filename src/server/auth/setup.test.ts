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
const setup = (token: string, email = 'first.admin@focalpoint.test') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: { token, email, displayName: 'First Admin' },
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

  it('creates the first admin exactly once, who can sign in with the credentials answered', async () => {
    expect((await setup('not-a-token')).statusCode).toBe(403);
    // Two browsers racing with the same link: exactly one becomes admin.
    const [a, b] = await Promise.all([setup(validToken), setup(validToken, 'second@focalpoint.test')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 403]);
    const res = a.statusCode === 201 ? a : b;
    const creds = res.json();
    expect(['first.admin@focalpoint.test', 'second@focalpoint.test']).toContain(creds.email);
    expect(creds.password).toMatch(/^[A-Za-z0-9_-]{5}(-[A-Za-z0-9_-]{5}){3}$/);
    expect(creds.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    expect(creds.totpUri).toMatch(/^otpauth:\/\/totp\/FocalPoint:.+%40focalpoint\.test\?.*secret=/);

    const again = await setup(validToken, 'third@focalpoint.test');
    expect(again.statusCode).toBe(403);
    expect(await status()).toEqual({ needed: false });

    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: {
        email: creds.email,
        password: creds.password,
        totp: totpCode(creds.totpSecret, new Date(now)),
      },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({
      role: 'admin',
      displayName: 'First Admin',
      mustChangePassword: true,
    });
    expect(sessionCookieFrom(login.headers['set-cookie'])).toMatch(/^fp_session=/);

    const { rows } = await ctx.deps.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action = 'user.created'",
    );
    expect(rows).toHaveLength(1);
  });

  it('prints nothing and issues no link once an admin exists', async () => {
    const { log, lines } = capturingLogger();
    await announceFirstRun(ctx.deps, log);
    expect(lines).toHaveLength(0);
    expect(await issueSetupLink(ctx.deps)).toBeNull();
  });
});
