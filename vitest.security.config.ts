import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:security`: hostile input against every route (property-based fuzzing), bounded by
// FOCALPOINT_FUZZ_RUNS. sqlmap runs from scripts/sqlmap.sh; XSS in the console from e2e/security/.
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/security/**/*.test.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
