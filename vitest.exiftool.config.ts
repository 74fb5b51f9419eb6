import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run test:exiftool`: ExifTool (Debian's libimage-exiftool-perl) judges the sanitised copies of every
// evidence type. `npm test` installs it where it can, as it does Chromium; .ci/run installs it.
export default defineConfig({
  test: {
    ...base.test,
    include: ['test/exiftool/**/*.test.ts'],
    // No database: the sanitisers and ExifTool only.
    globalSetup: [],
  },
});
