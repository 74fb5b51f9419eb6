import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  type PublicKeyCredentialRequestOptionsJSON,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { credentialOf, passkeysOf, relyingParty } from './passkeys.ts';
import {
  checkFirstFactor,
  checkTotp,
  type FailureReason,
  openSession,
  type SignInResult,
  type SignInUser,
  type UserRow,
} from './sign-in.ts';
import { pausedError } from './sign-in-throttle.ts';
import { newToken, tokenHash } from './tokens.ts';

/**
 * Sign-in in two steps, for a second factor that needs a round trip to the browser (a passkey signs a
 * challenge) or a first factor proven elsewhere (the organisation's identity provider). Step one leaves
 * an attempt in the database — the user, how the first factor was proven, a passkey challenge — under the
 * SHA-256 of a token that only the browser holds (an HttpOnly, strict cookie scoped to the sign-in
 * paths), so whichever instance receives step two completes it. An attempt lasts five minutes and dies at
 * its third wrong code or first refused signature.
 */
export const ATTEMPT_COOKIE = 'fp_sign_in';
const ATTEMPT_MINUTES = 5;
const MAX_WRONG_CODES = 3;

/** Options for `navigator.credentials.get`, as plain JSON. */
type RequestOptions = {
  [K in keyof PublicKeyCredentialRequestOptionsJSON]: PublicKeyCredentialRequestOptionsJSON[K];
};

export type AttemptStarted = {
  token: string;
  /** When the account has passkeys. */
  passkey: RequestOptions | null;
};

/** Starts an attempt for an account whose first factor is proven. */
export async function startAttempt(
  deps: AppDeps,
  userId: string,
  firstFactor: 'password' | 'oidc',
): Promise<AttemptStarted> {
  const keys = deps.config.passkeys ? await passkeysOf(deps.db, userId) : [];
  const passkey =
    keys.length > 0
      ? await generateAuthenticationOptions({
          rpID: relyingParty(deps).rpID,
          allowCredentials: keys.map((k) => ({
            id: k.credential_id,
            transports: credentialOf(k).transports,
          })),
          userVerification: 'preferred',
        })
      : null;
  const token = newToken();
  await deps.db.query(
    `INSERT INTO sign_in_attempts (token_hash, user_id, first_factor, challenge, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [
      tokenHash(token),
      userId,
      firstFactor,
      passkey?.challenge ?? null,
      new Date(deps.clock.ms() + ATTEMPT_MINUTES * 60_000),
    ],
  );
  // Attempts nobody finished are swept by the next ones.
  await deps.db.query('DELETE FROM sign_in_attempts WHERE expires_at < $1', [deps.clock.now()]);
  return { token, passkey };
}

/** Step one with a password: the same answers, throttle and audit as the one-step sign-in. */
export async function beginPasswordSignIn(
  deps: AppDeps,
  input: { email: string; password: string },
  source: string,
): Promise<AttemptStarted> {
  const first = await checkFirstFactor(deps, input, source);
  // The password was right: the guessing it bounds is over. The second step's codes count again.
  first.succeeded();
  return startAttempt(deps, first.user.id, 'password');
}

type AttemptRow = UserRow & { first_factor: 'password' | 'oidc'; challenge: string | null; failures: number };

async function openAttempt(deps: AppDeps, token: string | undefined): Promise<AttemptRow> {
  const row = token
    ? await maybeOne<AttemptRow>(
        deps.db,
        `SELECT a.first_factor, a.challenge, a.failures, u.id, u.email, u.display_name, u.role, u.partner_org_id,
                u.locale, u.must_change_password, u.on_duty, u.password_hash, u.totp_secret_sealed, u.disabled_at
           FROM sign_in_attempts a JOIN users u ON u.id = a.user_id
          WHERE a.token_hash = $1 AND a.expires_at > $2`,
        [tokenHash(token), deps.clock.now()],
      )
    : undefined;
  if (!row || row.disabled_at) throw new AppError(401, 'error.signInAttemptExpired');
  return row;
}

/** What step two may offer: a passkey (with the options), a code, or both. */
export async function attemptOptions(
  deps: AppDeps,
  token: string | undefined,
): Promise<{ passkey: RequestOptions | null }> {
  const attempt = await openAttempt(deps, token);
  if (!attempt.challenge) return { passkey: null };
  const keys = await passkeysOf(deps.db, attempt.id);
  return {
    passkey: {
      challenge: attempt.challenge,
      rpId: relyingParty(deps).rpID,
      allowCredentials: keys.map((k) => ({
        id: k.credential_id,
        type: 'public-key' as const,
        transports: credentialOf(k).transports,
      })),
      userVerification: 'preferred',
      timeout: 60_000,
    },
  };
}

/** Step two: a TOTP code or a passkey's signature. Success ends the attempt and opens a session. */
export async function completeSignIn(
  deps: AppDeps,
  token: string | undefined,
  input: { totp: string } | { passkey: unknown },
  source: string,
): Promise<SignInResult> {
  const attempt = await openAttempt(deps, token);
  const now = deps.clock.now();
  let failure: FailureReason | null;
  if ('totp' in input) {
    // Codes are guessable: they count with the sign-in failures of the address, as in one step.
    const counted = deps.runtime.auth.throttle.begin(attempt.email, source);
    if (!('delayMs' in counted)) throw pausedError(counted.refusedForMs);
    await deps.runtime.auth.throttle.hold(counted.delayMs);
    failure = await checkTotp(deps, attempt, input.totp, now);
    if (!failure) counted.succeeded();
  } else {
    failure = (await passkeySigned(deps, attempt, input.passkey)) ? null : 'passkey';
  }
  if (failure) {
    const ends = failure === 'passkey' || attempt.failures + 1 >= MAX_WRONG_CODES;
    await deps.db.query(
      ends
        ? 'DELETE FROM sign_in_attempts WHERE token_hash = $1'
        : 'UPDATE sign_in_attempts SET failures = failures + 1 WHERE token_hash = $1',
      [tokenHash(token ?? '')],
    );
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'system' },
          action: 'auth.sign_in.failed',
          target: { type: 'user', id: attempt.id },
          meta: { reason: failure },
        },
        now,
      ),
    );
    throw new AppError(401, ends ? 'error.signInAttemptExpired' : 'error.signInFailed');
  }
  // One use: a second request with the same token finds nothing.
  const { rowCount } = await deps.db.query('DELETE FROM sign_in_attempts WHERE token_hash = $1', [
    tokenHash(token ?? ''),
  ]);
  if (rowCount !== 1) throw new AppError(401, 'error.signInAttemptExpired');
  const user: SignInUser = attempt;
  return openSession(deps, user, {
    first: attempt.first_factor,
    second: 'totp' in input ? 'totp' : 'passkey',
  });
}

/** The passkey's signature over this attempt's challenge, by a key of this account; its counter moves on. */
async function passkeySigned(deps: AppDeps, attempt: AttemptRow, response: unknown): Promise<boolean> {
  if (!attempt.challenge) return false;
  const presented = response as AuthenticationResponseJSON;
  const keys = await passkeysOf(deps.db, attempt.id);
  const key = keys.find((k) => k.credential_id === presented?.id);
  if (!key) return false;
  const { rpID, origin } = relyingParty(deps);
  const verification = await verifyAuthenticationResponse({
    response: presented,
    expectedChallenge: attempt.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: credentialOf(key),
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) return false;
  await deps.db.query('UPDATE passkeys SET sign_count = $2, last_used_at = $3 WHERE id = $1', [
    key.id,
    verification.authenticationInfo.newCounter,
    deps.clock.now(),
  ]);
  return true;
}
