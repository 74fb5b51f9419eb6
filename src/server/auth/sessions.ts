import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { newToken, tokenHash } from './tokens.ts';

/**
 * Server-side sessions. The cookie holds an opaque random token; the table holds its SHA-256, the user,
 * and two clocks: `last_seen_at` for the idle time-out and `expires_at` for the absolute one.
 */
export const SESSION_COOKIE = 'fp_session';

export type SessionUser = {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  partnerOrgId: string | null;
  locale: 'en' | 'fr';
  mustChangePassword: boolean;
  onDuty: boolean;
};

type SessionRow = {
  session_id: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  partner_org_id: string | null;
  locale: 'en' | 'fr';
  must_change_password: boolean;
  on_duty: boolean;
  disabled_at: Date | null;
};

// Writing last_seen_at on every request would turn each read into a write; a minute of slack is harmless
// against a time-out counted in tens of minutes.
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  deps: Pick<AppDeps, 'clock' | 'config'>,
  tx: Queryable,
  userId: string,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const token = newToken();
  const sessionId = randomUUID();
  const expiresAt = new Date(now.getTime() + deps.config.session.absoluteHours * 3_600_000);
  await tx.query(
    `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $4, $5)`,
    [sessionId, tokenHash(token), userId, now, expiresAt],
  );
  return { token, sessionId, expiresAt };
}

/** The signed-in user behind a session token, or null when it is unknown, idle too long, expired or disabled. */
export async function findSession(
  deps: Pick<AppDeps, 'clock' | 'config' | 'db'>,
  token: string,
): Promise<SessionUser | null> {
  const now = deps.clock.now();
  const { rows } = await deps.db.query<SessionRow>(
    `SELECT s.id AS session_id, s.last_seen_at, s.expires_at,
            u.id AS user_id, u.email, u.display_name, u.role, u.partner_org_id, u.locale,
            u.must_change_password, u.on_duty, u.disabled_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1`,
    [tokenHash(token)],
  );
  const row = rows[0];
  if (!row) return null;
  const idleLimit = row.last_seen_at.getTime() + deps.config.session.idleMinutes * 60_000;
  if (row.disabled_at || now.getTime() >= row.expires_at.getTime() || now.getTime() >= idleLimit) {
    await deps.db.query('DELETE FROM sessions WHERE id = $1', [row.session_id]);
    return null;
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await deps.db.query('UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2', [
      row.session_id,
      now,
    ]);
  }
  return {
    sessionId: row.session_id,
    userId: row.user_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    partnerOrgId: row.partner_org_id,
    locale: row.locale,
    mustChangePassword: row.must_change_password,
    onDuty: row.on_duty,
  };
}

export async function revokeSession(q: Queryable, sessionId: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}

/** Signs a user out everywhere, optionally keeping the session that asked for it. */
export async function revokeUserSessions(
  q: Queryable,
  userId: string,
  keepSessionId?: string,
): Promise<number> {
  const { rowCount } = keepSessionId
    ? await q.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [userId, keepSessionId])
    : await q.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  return rowCount;
}

/** Expired sessions are removed lazily when used; this sweeps the ones nobody comes back to. */
export async function purgeExpiredSessions(
  deps: Pick<AppDeps, 'clock' | 'config'>,
  q: Queryable,
): Promise<number> {
  const now = deps.clock.now();
  const idleCutoff = new Date(now.getTime() - deps.config.session.idleMinutes * 60_000);
  const { rowCount } = await q.query('DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2', [
    now,
    idleCutoff,
  ]);
  return rowCount;
}

/** The cookie: HttpOnly (no script reads it), Secure, SameSite=Strict (no cross-site request carries it). */
export function sessionCookie(token: string, expiresAt: Date): string {
  return `${SESSION_COOKIE}=${token}; Path=/; Expires=${expiresAt.toUTCString()}; HttpOnly; Secure; SameSite=Strict`;
}

export const clearedSessionCookie = (): string =>
  `${SESSION_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;

/** The session token from a Cookie header, if any. */
export const sessionTokenFrom = (cookieHeader: string | undefined): string | undefined =>
  tokenCookieFrom(cookieHeader, SESSION_COOKIE);

/** A token cookie (ours are 256-bit base64url tokens) from a Cookie header, if any. */
export function tokenCookieFrom(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/**
 * A short-lived token cookie for one path. `sameSite: 'Lax'` only where a top-level navigation from
 * another site must carry it (the identity provider's redirect back).
 */
export function tokenCookie(
  name: string,
  token: string | null,
  opts: { path: string; maxAgeSeconds: number; sameSite?: 'Strict' | 'Lax' },
): string {
  const age = token === null ? 0 : opts.maxAgeSeconds;
  return `${name}=${token ?? ''}; Path=${opts.path}; Max-Age=${age}; HttpOnly; Secure; SameSite=${opts.sameSite ?? 'Strict'}`;
}
