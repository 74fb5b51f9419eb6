import type { FastifyBaseLogger } from 'fastify';
import type { Credentials, SetupCredentials, SetupRequest } from '../../shared/contracts/auth.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { AppError } from '../platform/http/errors.ts';
import { CreateUserInput, insertUser, newCredentials, UserError } from '../users/create-user.ts';
import { newToken, tokenHash } from './tokens.ts';
import { totpUri } from './totp.ts';

/**
 * First run: while no administrator exists, the server prints one set-up link at start. The link's token
 * is random, single use, valid 24 hours, and only its hash is stored; a new start replaces it. The set-up
 * creates the first administrator and the first supervisor together: from then on an admin may not give
 * access to case content without a supervisor's approval (the two-person rule), and there is a supervisor
 * to give it. `focalpoint user create` (on the machine that holds the master secret) is the shell's way,
 * and the audited way back in if no supervisor is left.
 */
const SETUP_VALID_HOURS = 24;
// Serialises set-up attempts, so that two browsers racing with one link cannot both become admin.
const SETUP_LOCK = 7_316_205;

async function adminExists(q: Queryable): Promise<boolean> {
  const { rows } = await q.query("SELECT 1 FROM users WHERE role = 'admin' AND disabled_at IS NULL LIMIT 1");
  return rows.length > 0;
}

export async function setupNeeded(deps: AppDeps): Promise<boolean> {
  return !(await adminExists(deps.db));
}

/** Issues a new set-up link when no admin exists (any earlier unused link stops working), else null. */
export async function issueSetupLink(deps: AppDeps): Promise<string | null> {
  const now = deps.clock.now();
  const token = newToken();
  const issued = await deps.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    if (await adminExists(tx)) return false;
    await tx.query('DELETE FROM setup_tokens WHERE used_at IS NULL');
    await tx.query('INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES ($1, $2, $3)', [
      tokenHash(token),
      now,
      new Date(now.getTime() + SETUP_VALID_HOURS * 3_600_000),
    ]);
    return true;
  });
  return issued ? `${deps.config.publicUrl}/console/setup?token=${token}` : null;
}

/** Called once by main.ts after listen: prints the set-up link when the installation has no admin. */
export async function announceFirstRun(deps: AppDeps, log: FastifyBaseLogger): Promise<void> {
  const link = await issueSetupLink(deps);
  if (!link) return;
  log.warn(
    { setupValidHours: SETUP_VALID_HOURS },
    `No administrator exists yet. Create the first one in a browser, once, within ${SETUP_VALID_HOURS} hours: ${link}` +
      ' (or from the shell: npx focalpoint user create --role admin --email <address>)',
  );
}

/** Creates the first admin and the first supervisor from a set-up link's token; answers both credentials once. */
export async function completeSetup(deps: AppDeps, input: SetupRequest): Promise<SetupCredentials> {
  const now = deps.clock.now();
  const people = [
    { email: input.email, displayName: input.displayName, role: 'admin' as const, field: 'email' },
    { ...input.supervisor, role: 'supervisor' as const, field: 'supervisor.email' },
  ];
  if (people[0]!.email.toLowerCase() === people[1]!.email.toLowerCase()) {
    throw new AppError(400, 'error.validation', {
      fields: { 'supervisor.email': { key: 'error.samePerson' } },
    });
  }
  const credentials = await Promise.all(people.map(() => newCredentials()));
  return deps.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    const { rowCount } = await tx.query(
      `UPDATE setup_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2`,
      [tokenHash(input.token), now],
    );
    if (rowCount === 0 || (await adminExists(tx))) throw new AppError(403, 'error.setupUnavailable');
    const created: Credentials[] = [];
    for (const [i, person] of people.entries()) {
      const parsed = CreateUserInput.parse({ ...person, locale: 'en' });
      try {
        const user = await insertUser(tx, deps, parsed, credentials[i]!, { type: 'system' });
        created.push({
          email: user.email,
          password: user.password,
          totpSecret: user.totpSecret,
          totpUri: totpUri(user.totpSecret, user.email),
        });
      } catch (err) {
        if (err instanceof UserError && err.code === 'emailTaken') {
          throw new AppError(400, 'error.validation', {
            fields: { [person.field]: { key: 'error.emailTaken' } },
          });
        }
        throw err;
      }
    }
    return { admin: created[0]!, supervisor: created[1]! };
  });
}
