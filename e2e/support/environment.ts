import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the browser tests' server listens and keeps its data (wiped at each run). E2E_PORT and
 * E2E_SMTP_PORT let two checkouts run their browser tests side by side.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 18_080);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = path.resolve('.tmp/e2e-data');
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 18_025);

export function chromiumPath(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Browser tests need Chromium: apt-get install chromium (or set CHROMIUM_PATH).');
}

export function e2eServerEnv(): Record<string, string> {
  return {
    PORT: String(E2E_PORT),
    HOST: '127.0.0.1',
    FOCALPOINT_DATA_DIR: E2E_DATA_DIR,
    LOG_LEVEL: 'warn',
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    PUBLIC_URL: E2E_BASE_URL,
    // WebAuthn refuses IP addresses as a relying party: passkeys are used at localhost (e2e/auth/passkeys.spec.ts).
    FOCALPOINT_PASSKEY_ORIGIN: `http://localhost:${E2E_PORT}`,
    // The browser tests play many reporters from one address (127.0.0.1); the limits per source are tested
    // where they are the point (src/server/intake/routes.test.ts, test/reliability/flood.test.ts).
    FOCALPOINT_LIMIT_REPORT_PER_SOURCE_UNVERIFIED: '1000/3600',
    FOCALPOINT_LIMIT_REPORT_PER_SOURCE_VERIFIED: '1000/3600',
    // An unacknowledged immediate-risk report escalates after six seconds, so a browser test can watch it.
    FOCALPOINT_ESCALATE_IMMEDIATE_MINUTES: '0.1',
  };
}
