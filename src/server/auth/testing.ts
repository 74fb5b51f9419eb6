import { randomBytes, randomUUID } from 'node:crypto';
import type { Role } from '../../shared/roles.ts';
import type { TestContext } from '../testing/test-context.ts';
import { createUser } from '../users/create-user.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { totpCode } from './totp.ts';

/**
 * Test helpers for every feature's HTTP tests: a real user of a role, signed in through the real login
 * route with a real TOTP code, one-time password already changed. Send `headers` with each inject.
 */
export type SignedIn = {
  userId: string;
  email: string;
  password: string;
  totpSecret: string;
  role: Role;
  partnerOrgId: string | null;
  cookie: string;
  csrfToken: string;
  /** `cookie` and `x-csrf-token`, ready for `ctx.app.inject({ headers })`. */
  headers: { cookie: string; 'x-csrf-token': string };
};

/** A partner organisation to attach partner users to. */
export async function createPartnerOrg(
  ctx: Pick<TestContext, 'deps'>,
  opts: { name?: string; kind?: string } = {},
): Promise<string> {
  const id = randomUUID();
  await ctx.deps.db.query('INSERT INTO partner_orgs (id, name, kind) VALUES ($1, $2, $3)', [
    id,
    opts.name ?? `Partner ${randomBytes(4).toString('hex')}`,
    opts.kind ?? 'police',
  ]);
  return id;
}

/** The session cookie's value from a login answer's Set-Cookie header. */
export function sessionCookieFrom(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!found) throw new Error('no session cookie was set');
  return found.split(';')[0]!;
}

export async function signInAs(
  ctx: Pick<TestContext, 'deps' | 'app'>,
  role: Role,
  opts: { partnerOrgId?: string; email?: string; keepOneTimePassword?: boolean; locale?: 'en' | 'fr' } = {},
): Promise<SignedIn> {
  const partnerOrgId = role === 'partner' ? (opts.partnerOrgId ?? (await createPartnerOrg(ctx))) : null;
  const email = opts.email ?? `${role}-${randomBytes(5).toString('hex')}@focalpoint.test`;
  const created = await createUser(
    ctx.deps,
    { email, role, locale: opts.locale ?? 'en', ...(partnerOrgId ? { org: partnerOrgId } : {}) },
    { type: 'cli' },
  );
  const login = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: created.password, totp: totpCode(created.totpSecret, ctx.deps.clock.now()) },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in failed with ${login.statusCode}: ${login.body}`);
  const cookie = sessionCookieFrom(login.headers['set-cookie']);
  const csrfToken = (login.json() as { csrfToken: string }).csrfToken;
  const headers = { cookie, 'x-csrf-token': csrfToken };
  let password = created.password;
  if (!opts.keepOneTimePassword) {
    const newPassword = `${randomBytes(12).toString('base64url')}-new`;
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { currentPassword: created.password, newPassword },
    });
    if (changed.statusCode !== 200) throw new Error(`password change failed with ${changed.statusCode}`);
    password = newPassword;
  }
  return {
    userId: created.id,
    email,
    password,
    totpSecret: created.totpSecret,
    role,
    partnerOrgId,
    cookie,
    csrfToken,
    headers,
  };
}

/**
 * The answers to sign-in requests that the slow-down may hold back (deps.runtime.auth.throttle): the app's
 * clock moves only when told, so it is moved on whenever an answer is held; otherwise this waits for
 * Argon2id, which runs on other threads.
 */
export async function answersOf<T>(
  ctx: Pick<TestContext, 'deps' | 'clock'>,
  requests: Promise<T>[],
): Promise<T[]> {
  let left = requests.length;
  for (const r of requests) void r.finally(() => left--);
  while (left > 0) {
    if (ctx.deps.runtime.auth.throttle.held > 0) await ctx.clock.advance(2_000);
    else await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return Promise.all(requests);
}

export const answerOf = async <T>(
  ctx: Pick<TestContext, 'deps' | 'clock'>,
  request: Promise<T>,
): Promise<T> => (await answersOf(ctx, [request]))[0]!;
