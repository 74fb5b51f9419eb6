import { defineConfig } from 'vitest/config';

// The test suite runs on embedded PGlite, or on a PostgreSQL server when FOCALPOINT_TEST_DATABASE_URL
// names one (CI runs both). Each test file gets a database of its own.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    pool: 'forks',
    // The default on two cores is one worker; many tests wait on a database or a child process.
    maxWorkers: 2,
    globalSetup: ['src/server/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    provide: {
      databaseUrl: process.env.FOCALPOINT_TEST_DATABASE_URL ?? '',
    },
  },
});

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    pgliteTemplate: string;
  }
}
