import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { TestOidcProvider } from '../testing/oidc-provider.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { answerOf, type SignedIn, signInAs } from './testing.ts';
import { totpCode } from './totp.ts';

/**
 * Staff sign-in through a real OpenID Connect provider started by the test: discovery, the authorisation
 * code with PKCE, the ID token's signature and nonce — and FocalPoint's rules on top: an identity signs in
 * only once a link to an account is proposed by an administrator and approved by a second person; the role
 * is FocalPoint's, never the provider's; a second factor at the provider counts only when listed.
 */
describe('sign-in through the organisation’s identity provider', () => {
  let ctx: TestContext;
  let idp: TestOidcProvider;
  let admin: SignedIn;
  let lead: SignedIn;
  let analyst: SignedIn;
  const publicUrl = 'http://127.0.0.1:18999';
  const redirectUri = `${publicUrl}/api/v1/auth/oidc/callback`;
  beforeAll(async () => {
    idp = await TestOidcProvider.start(redirectUri);
    ctx = await startTestContext({
      ...idp.env(),
      PUBLIC_URL: publicUrl,
      FOCALPOINT_OIDC_SECOND_FACTOR: 'mfa,hwk',
    });
    admin = await signInAs(ctx, 'admin');
    lead = await signInAs(ctx, 'supervisor');
    analyst = await signInAs(ctx, 'analyst');
  });
  afterAll(async () => {
    await ctx?.close();
    await idp?.stop();
  });

  const cookieNamed = (setCookie: string | string[] | undefined, name: string) =>
    ([] as string[])
      .concat(setCookie ?? [])
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0];

  /** A browser: FocalPoint's start, the provider, and back to FocalPoint's callback. */
  async function signInThroughProvider() {
    const start = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    expect(start.statusCode).toBe(303);
    const state = cookieNamed(start.headers['set-cookie'], 'fp_oidc');
    expect(String(start.headers['set-cookie'])).toContain(
      'Path=/api/v1/auth/oidc; Max-Age=600; HttpOnly; Secure; SameSite=Lax',
    );
    const authorize = new URL(String(start.headers.location));
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const back = new URL(await idp.browse(authorize.href, redirectUri));
    const callback = await ctx.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: state ? { cookie: state } : {},
    });
    expect(callback.statusCode).toBe(303);
    return { callback, location: String(callback.headers.location), back, state };
  }

  const identities = async (who: SignedIn) =>
    (await ctx.app.inject({ method: 'GET', url: '/api/v1/users/identities', headers: who.headers })).json()
      .items as {
      id: string;
      email: string;
      status: string;
      canApprove: boolean;
    }[];

  it('shows the provider on the sign-in page', async () => {
    const methods = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/methods' });
    expect(methods.json()).toEqual({ passkeys: false, provider: { name: 'Ministry sign-in' } });
  });

  it('lets no one in whom no approved link ties to an account: an admin proposes, a supervisor approves', async () => {
    idp.signInAs({ sub: 'ministry-0042', email: analyst.email, name: 'Nima Analyst' });
    const first = await signInThroughProvider();
    // The same address as an account is no link: roles are granted inside FocalPoint, by two people.
    expect(first.location).toBe('/console/?provider=pending');
    expect(cookieNamed(first.callback.headers['set-cookie'], 'fp_session')).toBeUndefined();
    const seen = (await identities(admin)).find((i) => i.email === analyst.email)!;
    expect(seen).toMatchObject({ status: 'unlinked', canApprove: false });

    const proposed = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/identities/${seen.id}/link`,
      headers: admin.headers,
      payload: { userId: analyst.userId },
    });
    expect(proposed.json()).toMatchObject({
      status: 'proposed',
      account: { id: analyst.userId, role: 'analyst' },
    });
    // Proposed is not linked.
    expect((await signInThroughProvider()).location).toBe('/console/?provider=pending');
    const approve = (who: SignedIn) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/users/identities/${seen.id}/approve`,
        headers: who.headers,
      });
    const own = await approve(admin);
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('ownProposal');
    expect((await identities(lead)).find((i) => i.id === seen.id)?.canApprove).toBe(true);
    const approved = await approve(lead);
    expect(approved.json()).toMatchObject({ status: 'linked' });

    // Linked, and the provider reports a password only: FocalPoint asks for its own second factor.
    const next = await signInThroughProvider();
    expect(next.location).toBe('/console/?step=second-factor');
    const attempt = cookieNamed(next.callback.headers['set-cookie'], 'fp_sign_in');
    expect(cookieNamed(next.callback.headers['set-cookie'], 'fp_session')).toBeUndefined();
    await ctx.clock.advance(30_000);
    const complete = await answerOf(
      ctx,
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/complete',
        headers: { cookie: attempt! },
        payload: { totp: totpCode(analyst.totpSecret, ctx.deps.clock.now()) },
      }),
    );
    expect(complete.statusCode).toBe(200);
    // The account's own role: the provider's `role: admin` claim grants nothing.
    expect(complete.json().user).toMatchObject({ id: analyst.userId, role: 'analyst' });
    const { rows } = await ctx.deps.db.query<{ meta: Record<string, string> }>(
      `SELECT meta FROM audit_log WHERE action = 'auth.sign_in.succeeded' AND actor_id = $1 ORDER BY seq DESC LIMIT 1`,
      [analyst.userId],
    );
    expect(rows[0]?.meta).toMatchObject({ first: 'oidc', second: 'totp', role: 'analyst' });
  });

  it('takes the provider’s second factor only when the installation lists it', async () => {
    idp.signInAs({ sub: 'ministry-0042', email: analyst.email, name: 'Nima Analyst', amr: ['pwd', 'otp'] });
    expect((await signInThroughProvider()).location).toBe('/console/?step=second-factor');
    idp.signInAs({ sub: 'ministry-0042', email: analyst.email, name: 'Nima Analyst', amr: ['pwd', 'hwk'] });
    const done = await signInThroughProvider();
    expect(done.location).toBe('/console/');
    const session = cookieNamed(done.callback.headers['set-cookie'], 'fp_session');
    const who = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: session! },
    });
    expect(who.json().user).toMatchObject({ id: analyst.userId, role: 'analyst' });
  });

  it('refuses a redirect back without its state, or the same one twice', async () => {
    idp.signInAs({ sub: 'ministry-0042', email: analyst.email, name: 'Nima Analyst', amr: ['hwk'] });
    const start = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const state = cookieNamed(start.headers['set-cookie'], 'fp_oidc')!;
    const back = new URL(await idp.browse(String(start.headers.location), redirectUri));
    const withoutState = await ctx.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(withoutState.headers.location).toBe('/console/?provider=failed');
    const forged = await ctx.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search.replace(/state=[^&]+/, 'state=forged')}`,
      headers: { cookie: state },
    });
    expect(forged.headers.location).toBe('/console/?provider=failed');
    // The state was spent by that attempt: the genuine answer, replayed, opens nothing either.
    const replay = await ctx.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: state },
    });
    expect(replay.headers.location).toBe('/console/?provider=failed');
  });

  it('refuses an incomplete configuration, naming the variables and never the secret', () => {
    const config = loadConfig({ ...idp.env(), FOCALPOINT_DATA_DIR: ctx.dataDir });
    expect(config.oidc?.clientSecret).toBe(idp.clientSecret);
    expect(() => loadConfig({ FOCALPOINT_OIDC_ISSUER: idp.issuer })).toThrow(/FOCALPOINT_OIDC_CLIENT_ID/);
    try {
      loadConfig({ ...idp.env(), FOCALPOINT_OIDC_SECOND_FACTOR: 'not a list!' });
    } catch (err) {
      expect(String(err)).not.toContain(idp.clientSecret);
    }
  });
});
