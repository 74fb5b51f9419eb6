import { randomUUID } from 'node:crypto';
import * as client from 'openid-client';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import type { OidcClient } from './oidc-client.ts';
import { openSession, type SignInResult, type SignInUser } from './sign-in.ts';
import { startAttempt } from './sign-in-attempts.ts';
import { newToken, tokenHash } from './tokens.ts';

/**
 * Staff sign-in through the organisation's OpenID Connect provider: the authorisation code flow with PKCE
 * (S256), a state and a nonce. The provider proves who someone is; FocalPoint decides what they may do:
 * an identity signs in only once an administrator has linked it to an account and a second person has
 * approved the link (users/identities.ts), and the account's role is FocalPoint's own — no claim of the
 * provider grants one. A second factor done at the provider counts only when the installation lists its
 * `acr` or `amr` value (FOCALPOINT_OIDC_SECOND_FACTOR); otherwise FocalPoint asks for its own.
 */
export const OIDC_STATE_COOKIE = 'fp_oidc';
const SIGN_IN_MINUTES = 10;

function provider(deps: AppDeps): OidcClient {
  const oidc = deps.runtime.auth.oidc;
  if (!oidc) throw new AppError(409, 'error.oidcUnavailable');
  return oidc;
}

/** Where to send the browser, and the state it carries back in a cookie. */
export async function startOidcSignIn(deps: AppDeps): Promise<{ redirectTo: string; state: string }> {
  const oidc = provider(deps);
  const configuration = await oidc.configuration();
  const state = newToken();
  const nonce = client.randomNonce();
  const verifier = client.randomPKCECodeVerifier();
  await deps.db.query('DELETE FROM oidc_sign_ins WHERE expires_at < $1', [deps.clock.now()]);
  await deps.db.query(
    'INSERT INTO oidc_sign_ins (state_hash, code_verifier, nonce, expires_at) VALUES ($1, $2, $3, $4)',
    [tokenHash(state), verifier, nonce, new Date(deps.clock.ms() + SIGN_IN_MINUTES * 60_000)],
  );
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.settings.redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { redirectTo: url.href, state };
}

export type OidcOutcome =
  | { kind: 'signed-in'; session: SignInResult }
  /** FocalPoint's own second factor is still needed: an attempt (auth/sign-in-attempts.ts). */
  | { kind: 'second-factor'; attemptToken: string }
  /** An identity no approved link ties to an account (yet). */
  | { kind: 'pending' }
  | { kind: 'failed' };

type LinkedUser = SignInUser & { identity_id: string; linked: boolean; disabled_at: Date | null };

/** The provider's redirect back: checks everything, then signs in, asks for the second factor, or waits. */
export async function finishOidcSignIn(
  deps: AppDeps,
  input: { state: string | undefined; query: string },
): Promise<OidcOutcome> {
  const oidc = provider(deps);
  const now = deps.clock.now();
  const pending = input.state
    ? await maybeOne<{ code_verifier: string; nonce: string }>(
        deps.db,
        'DELETE FROM oidc_sign_ins WHERE state_hash = $1 AND expires_at > $2 RETURNING code_verifier, nonce',
        [tokenHash(input.state), now],
      )
    : undefined;
  if (!pending || !input.state) return failed(deps, 'state');
  let claims: client.IDToken;
  try {
    const configuration = await oidc.configuration();
    const current = new URL(oidc.settings.redirectUri);
    current.search = input.query;
    const tokens = await client.authorizationCodeGrant(configuration, current, {
      pkceCodeVerifier: pending.code_verifier,
      expectedState: input.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (!idToken) return failed(deps, 'id_token');
    claims = idToken;
  } catch {
    // The provider's error text may quote the request: a code only.
    return failed(deps, 'exchange');
  }

  const email = typeof claims.email === 'string' ? claims.email.toLowerCase().slice(0, 254) : null;
  const name = typeof claims.name === 'string' ? claims.name.slice(0, 120) : null;
  const identity = await deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; inserted: boolean }>(
      `INSERT INTO oidc_identities (id, issuer, subject, email, display_name, first_seen_at, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (issuer, subject) DO UPDATE
         SET email = EXCLUDED.email, display_name = EXCLUDED.display_name, last_seen_at = EXCLUDED.last_seen_at
       RETURNING id, (xmax = 0) AS inserted`,
      [randomUUID(), claims.iss, claims.sub, email, name, now],
    );
    const row = rows[0]!;
    if (row.inserted)
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'system' },
          action: 'auth.oidc.identity_seen',
          target: { type: 'oidc_identity', id: row.id },
        },
        now,
      );
    return row;
  });

  const user = await maybeOne<LinkedUser>(
    deps.db,
    `SELECT i.id AS identity_id, i.link_approved_by IS NOT NULL AS linked, u.id, u.email, u.display_name, u.role,
            u.partner_org_id, u.locale, u.must_change_password, u.on_duty, u.disabled_at
       FROM oidc_identities i JOIN users u ON u.id = i.user_id WHERE i.id = $1`,
    [identity.id],
  );
  if (!user?.linked || user.disabled_at) {
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'system' },
          action: 'auth.sign_in.refused',
          target: { type: 'oidc_identity', id: identity.id },
          meta: { reason: user?.disabled_at ? 'disabled' : 'not_linked' },
        },
        now,
      ),
    );
    return user?.disabled_at ? { kind: 'failed' } : { kind: 'pending' };
  }
  const account: SignInUser = user;
  if (providerDidSecondFactor(oidc.settings.secondFactorFrom, claims))
    return {
      kind: 'signed-in',
      session: await openSession(deps, account, { first: 'oidc', second: 'provider' }),
    };
  const attempt = await startAttempt(deps, user.id, 'oidc');
  return { kind: 'second-factor', attemptToken: attempt.token };
}

/** The ID token's `acr`, or one of its `amr` values, is one the installation accepts as a second factor. */
export function providerDidSecondFactor(accepted: readonly string[], claims: client.IDToken): boolean {
  if (accepted.length === 0) return false;
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  const acr = typeof claims.acr === 'string' ? [claims.acr] : [];
  return [...acr, ...amr].some((v) => accepted.includes(v));
}

async function failed(deps: AppDeps, reason: 'state' | 'id_token' | 'exchange'): Promise<OidcOutcome> {
  await deps.db.transaction((tx) =>
    appendAudit(
      tx,
      deps.keys,
      { actor: { type: 'system' }, action: 'auth.oidc.failed', meta: { reason } },
      deps.clock.now(),
    ),
  );
  return { kind: 'failed' };
}
