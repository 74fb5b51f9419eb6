import * as client from 'openid-client';
import type { Config } from '../config.ts';

type OidcSettings = NonNullable<Config['oidc']>;

/**
 * The organisation's OpenID Connect provider as this process knows it: its metadata, discovered from the
 * issuer on first use and kept (deps.runtime.auth.oidc). A failed discovery is not kept, so the next
 * sign-in tries again once the provider is back. openid-client checks the ID token: signature against the
 * provider's keys, issuer, audience, expiry, nonce; and the state and PKCE verifier of the exchange.
 */
export class OidcClient {
  readonly settings: OidcSettings;
  #configuration: Promise<client.Configuration> | undefined;

  constructor(settings: OidcSettings) {
    this.settings = settings;
  }

  configuration(): Promise<client.Configuration> {
    if (!this.#configuration) {
      const s = this.settings;
      // Plain http only for a provider on this machine (a test's, or one behind a local proxy).
      const loopback = /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(s.issuer);
      this.#configuration = client
        .discovery(
          new URL(s.issuer),
          s.clientId,
          s.clientSecret ? { client_secret: s.clientSecret } : { token_endpoint_auth_method: 'none' },
          s.clientSecret ? client.ClientSecretPost(s.clientSecret) : client.None(),
          loopback ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((err: unknown) => {
          this.#configuration = undefined;
          throw err;
        });
    }
    return this.#configuration;
  }
}
