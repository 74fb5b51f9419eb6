import { randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { Secret } from 'otpauth';
import { z } from 'zod';
import { Role } from '../../shared/roles.ts';
import { type AuditActor, type AuditKeys, appendAudit } from '../platform/audit/audit.ts';
import type { Vault } from '../platform/crypto/envelope.ts';
import type { Db, Queryable } from '../platform/db/db.ts';

export const CreateUserInput = z.object({
  email: z.email().max(254),
  role: Role,
  org: z.string().min(1).max(200).optional(),
  displayName: z.string().max(120).optional(),
  locale: z.enum(['en', 'fr']).default('en'),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export type CreatedUser = { id: string; email: string; role: Role; password: string; totpSecret: string };

// OWASP's Argon2id baseline (m = 19 MiB, t = 2, p = 1).
export const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A one-time password: 120 bits, in groups a person can type once before changing it. */
export function oneTimePassword(): string {
  return randomBytes(15)
    .toString('base64url')
    .match(/.{1,5}/g)!
    .join('-');
}

export type UserErrorCode =
  | 'invalid'
  | 'partnerOrgRequired'
  | 'partnerOrgUnknown'
  | 'partnerOrgOnlyForPartners'
  | 'emailTaken';

/** A problem an operator can fix; `message` is written for the CLI, `code` lets the API localise it. */
export class UserError extends Error {
  readonly code: UserErrorCode;
  constructor(message: string, code: UserErrorCode = 'invalid') {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

/** A fresh TOTP secret (160 bits, base32). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** A fresh one-time password with its Argon2id hash. */
export async function newOneTimePassword(): Promise<{ password: string; passwordHash: string }> {
  const password = oneTimePassword();
  return { password, passwordHash: await hash(password, ARGON2_OPTIONS) };
}

/** A fresh one-time password and TOTP secret, with the password's Argon2id hash. */
export async function newCredentials(): Promise<{
  password: string;
  totpSecret: string;
  passwordHash: string;
}> {
  return { ...(await newOneTimePassword()), totpSecret: newTotpSecret() };
}

export async function createUser(
  deps: { db: Db; vault: Vault; keys: AuditKeys },
  input: CreateUserInput,
  actor: AuditActor,
): Promise<CreatedUser> {
  const parsed = CreateUserInput.safeParse(input);
  if (!parsed.success)
    throw new UserError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  // Hashing takes tens of milliseconds: done before the transaction, not while it holds locks.
  const credentials = await newCredentials();
  return deps.db.transaction((tx) => insertUser(tx, deps, parsed.data, credentials, actor));
}

/** Inserts a user inside the caller's transaction (first-run set-up creates its admin this way). */
export async function insertUser(
  tx: Queryable,
  deps: { vault: Vault; keys: AuditKeys },
  input: z.output<typeof CreateUserInput>,
  credentials: { password: string; totpSecret: string; passwordHash: string },
  actor: AuditActor,
): Promise<CreatedUser> {
  const { email, role, org, displayName, locale } = input;
  const { password, totpSecret, passwordHash } = credentials;
  const id = randomUUID();
  let partnerOrgId: string | null = null;
  if (role === 'partner') {
    if (!org)
      throw new UserError(
        'a partner user needs --org (an organisation id or its exact name)',
        'partnerOrgRequired',
      );
    const { rows } = await tx.query<{ id: string }>(
      'SELECT id FROM partner_orgs WHERE id::text = $1 OR name = $1',
      [org],
    );
    if (!rows[0]) throw new UserError('no partner organisation has that id or name', 'partnerOrgUnknown');
    partnerOrgId = rows[0].id;
  } else if (org) {
    throw new UserError('--org applies only to partner users', 'partnerOrgOnlyForPartners');
  }
  const existing = await tx.query('SELECT 1 FROM users WHERE email = $1', [email.toLowerCase()]);
  if (existing.rows.length) throw new UserError('a user with this e-mail already exists', 'emailTaken');
  const { vault } = deps;
  const dataKey = await vault.newDataKey(tx);
  await tx.query(
    `INSERT INTO users (id, email, display_name, role, partner_org_id, password_hash, totp_secret_sealed, locale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      email.toLowerCase(),
      displayName ?? '',
      role,
      partnerOrgId,
      passwordHash,
      vault.seal(dataKey, totpSecret, `user.totp:${id}`),
      locale,
    ],
  );
  await appendAudit(tx, deps.keys, {
    actor,
    action: 'user.created',
    target: { type: 'user', id },
    meta: { role },
  });
  return { id, email: email.toLowerCase(), role, password, totpSecret };
}
