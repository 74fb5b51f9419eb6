import { Secret, TOTP } from 'otpauth';

/** TOTP as authenticator apps do it: SHA-1, 6 digits, 30-second steps (RFC 6238). */
const PERIOD = 30;

const totpFor = (secret: string, label = 'FocalPoint') =>
  new TOTP({ issuer: 'FocalPoint', label, secret: Secret.fromBase32(secret), period: PERIOD });

/**
 * The time step a code belongs to, if it is valid now or one step either side (clock drift), else null.
 * The caller refuses a step it has already accepted, so a code cannot be replayed.
 */
export function acceptedStep(secret: string, code: string, now: Date): number | null {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The code an authenticator app shows at `at` (tests and the e2e helpers use it). */
export const totpCode = (secret: string, at: Date = new Date()): string =>
  totpFor(secret).generate({ timestamp: at.getTime() });

/** otpauth:// URI for a QR code; the label names the account so that an app can tell them apart. */
export const totpUri = (secret: string, email: string): string => totpFor(secret, email).toString();
