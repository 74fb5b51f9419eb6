import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:reliability`: long-running fault tests (SIGKILL, database outage, flood), kept out of
// the default suite's time budget. Sizes are bounded by environment variables (see each test).
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/reliability/**/*.test.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
