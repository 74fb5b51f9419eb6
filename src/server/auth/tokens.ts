import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { KeyRing } from '../platform/crypto/keyring.ts';

/**
 * Opaque tokens and the keys that bind to them. A session token or set-up token lives only in the
 * browser; the database keeps its SHA-256, so a copy of the database opens no session.
 */
/** 256 random bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const tokenHash = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The CSRF token of a session: an HMAC of its cookie token, so it needs no storage and dies with it. */
export const csrfTokenFor = (keys: KeyRing, sessionToken: string): string =>
  createHmac('sha256', keys.csrf).update(sessionToken, 'utf8').digest('base64url');

export function csrfTokenMatches(keys: KeyRing, sessionToken: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length > 200) return false;
  const expected = Buffer.from(csrfTokenFor(keys, sessionToken));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
