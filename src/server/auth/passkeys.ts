import { randomUUID } from 'node:crypto';
import {
  type AuthenticatorTransport,
  generateRegistrationOptions,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Passkey } from '../../shared/contracts/auth.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { asBuffer, type Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { accountRow, checkOwnPassword } from './account.ts';
import type { StaffPrincipal } from './guard.ts';

/**
 * Passkeys (WebAuthn) as a second factor beside TOTP: a signature by a key that never leaves the person's
 * device and is bound to this site's name, so a look-alike site cannot collect it (phishing-resistant,
 * unlike a code). SimpleWebAuthn checks the ceremony (challenge, origin, RP ID, signature, counter); we keep
 * the public key. Adding one takes the password; removing one, the session. A lost device is recovered by
 * the supervisor-approved reset (users/decide-proposal.ts), which removes every passkey of the account.
 */
const REGISTRATION_MINUTES = 10;
const MAX_PASSKEYS = 10;

/** The relying party: the console's origin and its host name (WebAuthn refuses IP addresses). */
export function relyingParty(deps: Pick<AppDeps, 'config'>): { rpID: string; origin: string } {
  const rp = deps.config.passkeys;
  if (!rp) throw new AppError(409, 'error.passkeysUnavailable');
  return { rpID: rp.rpId, origin: rp.origin };
}

export type PasskeyRow = {
  id: string;
  credential_id: string;
  public_key: unknown;
  sign_count: string | number;
  transports: string[];
};

export const passkeysOf = (q: Queryable, userId: string) =>
  q
    .query<PasskeyRow>(
      'SELECT id, credential_id, public_key, sign_count, transports FROM passkeys WHERE user_id = $1',
      [userId],
    )
    .then((r) => r.rows);

/** The credential as SimpleWebAuthn takes it. */
export const credentialOf = (row: PasskeyRow) => ({
  id: row.credential_id,
  publicKey: new Uint8Array(asBuffer(row.public_key)),
  counter: Number(row.sign_count),
  transports: row.transports as AuthenticatorTransport[],
});

export async function startPasskeyRegistration(
  deps: AppDeps,
  who: StaffPrincipal,
  input: { currentPassword: string },
  source: string,
): Promise<{
  [K in keyof PublicKeyCredentialCreationOptionsJSON]: PublicKeyCredentialCreationOptionsJSON[K];
}> {
  const { rpID } = relyingParty(deps);
  const account = await accountRow(deps, who.userId);
  await checkOwnPassword(deps, account, input.currentPassword, source);
  const existing = await passkeysOf(deps.db, who.userId);
  if (existing.length >= MAX_PASSKEYS)
    throw new AppError(409, 'error.passkeyLimit', { params: { max: MAX_PASSKEYS } });
  const options = await generateRegistrationOptions({
    rpName: 'FocalPoint',
    rpID,
    userName: account.email,
    userDisplayName: account.display_name || account.email,
    userID: new Uint8Array(Buffer.from(who.userId.replaceAll('-', ''), 'hex')),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({
      id: p.credential_id,
      transports: credentialOf(p).transports,
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  const expires = new Date(deps.clock.ms() + REGISTRATION_MINUTES * 60_000);
  await deps.db.query(
    `INSERT INTO passkey_registrations (user_id, challenge, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET challenge = EXCLUDED.challenge, expires_at = EXCLUDED.expires_at`,
    [who.userId, options.challenge, expires],
  );
  return options;
}

export async function finishPasskeyRegistration(
  deps: AppDeps,
  who: StaffPrincipal,
  input: { name: string; response: unknown },
): Promise<Passkey> {
  const { rpID, origin } = relyingParty(deps);
  const now = deps.clock.now();
  // Spent whatever the outcome: one answer per challenge.
  const { rows } = await deps.db.query<{ challenge: string }>(
    'DELETE FROM passkey_registrations WHERE user_id = $1 AND expires_at > $2 RETURNING challenge',
    [who.userId, now],
  );
  const challenge = rows[0]?.challenge;
  if (!challenge) throw new AppError(409, 'error.noPasskeyRegistration');
  const verification = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified || !verification.registrationInfo)
    throw new AppError(400, 'error.passkeyRefused');
  return deps.db.transaction(async (tx) => {
    const info = verification.registrationInfo;
    const id = randomUUID();
    const inserted = await tx.query(
      `INSERT INTO passkeys (id, user_id, credential_id, public_key, sign_count, transports, backed_up, name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (credential_id) DO NOTHING`,
      [
        id,
        who.userId,
        info.credential.id,
        Buffer.from(info.credential.publicKey),
        info.credential.counter,
        info.credential.transports ?? [],
        info.credentialBackedUp,
        input.name,
        now,
      ],
    );
    if (inserted.rowCount !== 1) throw new AppError(409, 'error.passkeyKnown');
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'auth.passkey.added',
        target: { type: 'user', id: who.userId },
        meta: { backedUp: info.credentialBackedUp },
      },
      now,
    );
    return {
      id,
      name: input.name,
      createdAt: now.toISOString(),
      lastUsedAt: null,
      backedUp: info.credentialBackedUp,
    };
  });
}

export async function listPasskeys(deps: AppDeps, who: StaffPrincipal): Promise<Passkey[]> {
  const { rows } = await deps.db.query<{
    id: string;
    name: string;
    created_at: Date;
    last_used_at: Date | null;
    backed_up: boolean;
  }>(
    'SELECT id, name, created_at, last_used_at, backed_up FROM passkeys WHERE user_id = $1 ORDER BY created_at, id',
    [who.userId],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    backedUp: r.backed_up,
  }));
}

export async function removePasskey(deps: AppDeps, who: StaffPrincipal, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { rowCount } = await tx.query('DELETE FROM passkeys WHERE id = $1 AND user_id = $2', [
      id,
      who.userId,
    ]);
    if (rowCount !== 1) throw new AppError(404, 'error.notFound');
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: who.userId },
        action: 'auth.passkey.removed',
        target: { type: 'user', id: who.userId },
      },
      deps.clock.now(),
    );
  });
}

/** The supervisor-approved reset of an account: its passkeys go with its old password and secret. */
export async function removeAllPasskeys(tx: Queryable, userId: string): Promise<number> {
  const { rowCount } = await tx.query('DELETE FROM passkeys WHERE user_id = $1', [userId]);
  await tx.query('DELETE FROM passkey_registrations WHERE user_id = $1', [userId]);
  return rowCount;
}
