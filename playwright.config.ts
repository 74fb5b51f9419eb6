import { defineConfig } from '@playwright/test';
import { chromiumPath, E2E_BASE_URL, e2eServerEnv } from './e2e/support/environment.ts';

/**
 * Browser tests in a real headless Chromium (Debian's /usr/bin/chromium; Playwright never downloads one)
 * against a real FocalPoint started on a fresh data directory.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `"${process.execPath}" scripts/e2e-server.mjs`,
    url: `${E2E_BASE_URL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: e2eServerEnv(),
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
