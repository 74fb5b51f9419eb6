import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
// @ts-expect-error oidc-provider ships no types
import Provider from 'oidc-provider';
import { freePort } from './free-port.ts';

/**
 * A real OpenID Connect provider for tests (panva's oidc-provider: discovery, authorisation code with
 * PKCE, signed ID tokens, its own sessions and grants), with one stand-in for a person at its login page:
 * `signInAs` says who signs in next and how (`amr`, `acr`), and its interaction answers with that.
 */
export class TestOidcProvider {
  readonly issuer: string;
  readonly clientId = 'focalpoint';
  readonly clientSecret = 'focalpoint-test-secret-0123456789abcdef';
  #next: { sub: string; email: string; name: string; amr: string[]; acr?: string } | undefined;
  readonly #server: http.Server;

  private constructor(issuer: string, server: http.Server) {
    this.issuer = issuer;
    this.#server = server;
  }

  static async start(redirectUri: string): Promise<TestOidcProvider> {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    let self: TestOidcProvider | undefined;
    const signing = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    const provider = new Provider(issuer, {
      jwks: { keys: [{ ...signing, kid: 'test', alg: 'RS256', use: 'sig' }] },
      clients: [
        {
          client_id: 'focalpoint',
          client_secret: 'focalpoint-test-secret-0123456789abcdef',
          redirect_uris: [redirectUri],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      // How the person signed in (acr, amr) with every ID token, as organisations' providers send it.
      claims: {
        sid: null,
        openid: ['sub', 'acr', 'amr', 'auth_time'],
        email: ['email'],
        profile: ['name', 'role'],
      },
      findAccount: (_ctx: unknown, sub: string) => ({
        accountId: sub,
        // A `role` claim the provider sends: FocalPoint must never take it as a role.
        claims: () => ({
          sub,
          email: self?.claimsOf(sub)?.email,
          name: self?.claimsOf(sub)?.name,
          role: 'admin',
        }),
      }),
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
      features: { devInteractions: { enabled: false } },
      pkce: { required: () => true },
      // The e-mail and name in the ID token itself, as most organisations' providers send them.
      conformIdTokenClaims: false,
      cookies: { keys: ['test-cookie-key-0123456789'] },
    });
    const callback = provider.callback();
    const server = http.createServer(async (req, res) => {
      if (!req.url?.startsWith('/interaction/')) return callback(req, res);
      const details = await provider.interactionDetails(req, res);
      const person = self?.taken();
      if (details.prompt.name === 'login') {
        if (!person) throw new Error('nobody signs in at the provider');
        return provider.interactionFinished(req, res, {
          login: { accountId: person.sub, amr: person.amr, ...(person.acr ? { acr: person.acr } : {}) },
        });
      }
      const grant = new provider.Grant({
        accountId: String(details.session?.accountId),
        clientId: 'focalpoint',
      });
      grant.addOIDCScope('openid email profile');
      return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    self = new TestOidcProvider(issuer, server);
    return self;
  }

  readonly #people = new Map<string, { email: string; name: string }>();
  claimsOf = (sub: string) => this.#people.get(sub);

  /** The next person to sign in at the provider, and the methods it reports. */
  signInAs(person: { sub: string; email: string; name: string; amr?: string[]; acr?: string }): void {
    this.#people.set(person.sub, { email: person.email, name: person.name });
    this.#next = { amr: ['pwd'], ...person };
  }

  taken() {
    return this.#next;
  }

  env(): Record<string, string> {
    return {
      FOCALPOINT_OIDC_ISSUER: this.issuer,
      FOCALPOINT_OIDC_CLIENT_ID: this.clientId,
      FOCALPOINT_OIDC_CLIENT_SECRET: this.clientSecret,
      FOCALPOINT_OIDC_NAME: 'Ministry sign-in',
    };
  }

  /**
   * What a browser does between FocalPoint's redirect and the provider's redirect back: follows the
   * provider's redirects with its cookies (each request a fresh session at the provider, as a new browser).
   */
  async browse(authorizationUrl: string, until: string): Promise<string> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    for (let hops = 0; hops < 20; hops++) {
      if (url.startsWith(until)) return url;
      const res = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair!.indexOf('=');
        jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
      }
      const location = res.headers.get('location');
      if (!location)
        throw new Error(`the provider answered ${res.status} without a redirect: ${await res.text()}`);
      url = new URL(location, url).href;
    }
    throw new Error('too many redirects at the provider');
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
