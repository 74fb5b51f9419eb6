// `npm test`: every test. Unit and HTTP tests on PGlite, again on PostgreSQL when
// FOCALPOINT_TEST_DATABASE_URL names a server (CI sets it), then the browser tests in Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (label, cmd, args, env = {}) => {
  process.stderr.write(`\n▶ ${label}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    process.stderr.write(`✗ ${label} failed\n`);
    process.exit(r.status ?? 1);
  }
};

const node = process.execPath;
const vitest = ['node_modules/vitest/vitest.mjs', 'run'];
const pgUrl = process.env.FOCALPOINT_TEST_DATABASE_URL;

run('unit and HTTP tests on embedded PGlite', node, vitest, { FOCALPOINT_TEST_DATABASE_URL: '' });
if (pgUrl) run('unit and HTTP tests on PostgreSQL', node, vitest, { FOCALPOINT_TEST_DATABASE_URL: pgUrl });
else
  process.stderr.write(
    '\n(FOCALPOINT_TEST_DATABASE_URL is not set: the PostgreSQL pass runs in CI, see .ci/run)\n',
  );

/** Installs a Debian package where we may (root, with apt-get); elsewhere says what to install, and stops. */
const installOrStop = (pkg, label, problem) => {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    process.stderr.write(`✗ ${problem}\n`);
    process.exit(1);
  }
  run(`installing ${label} (apt-get)`, 'sh', [
    '-c',
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`,
  ]);
};

// ExifTool judges the sanitised copies of evidence; Debian packages it as libimage-exiftool-perl.
if (spawnSync('sh', ['-c', 'command -v exiftool'], { stdio: 'ignore' }).status !== 0) {
  installOrStop(
    'libimage-exiftool-perl',
    'ExifTool for the sanitiser check',
    'The sanitiser check needs ExifTool: install it (Debian: apt-get install libimage-exiftool-perl).',
  );
}
run('sanitised copies judged by ExifTool', node, [...vitest, '--config', 'vitest.exiftool.config.ts']);

// Browser tests need a Chromium from the operating system; Playwright never downloads one here.
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
if (!chromium) {
  installOrStop(
    'chromium',
    'Chromium for the browser tests',
    'Browser tests need Chromium: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
}
run('browser tests in headless Chromium', node, ['node_modules/@playwright/test/cli.js', 'test']);
