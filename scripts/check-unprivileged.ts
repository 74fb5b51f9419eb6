// `npm run check:unprivileged` (as root, with FOCALPOINT_TEST_DATABASE_URL set; .ci/run runs it): the container
// image's layout run as the image runs it, without a container engine (README, "Production").
//
// It lays out what the Dockerfile's second stage holds — this commit's sources, the built console,
// production dependencies only (`npm prune --omit=dev`), the Node binary package-lock.json pins — owned by
// root, then starts the server as user 10001, which can write only its data directory and /tmp (as with
// `docker run --read-only --tmpfs /tmp`), on PostgreSQL and an S3 server, with the image's environment. A
// report with a photo is received, followed up and its evidence listed; the console and the public site
// answer; the server stops cleanly on SIGTERM. Exit 1 on any failure.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeJpeg } from '../src/server/evidence/testing/fixtures.ts';
import { multipartBody } from '../src/server/intake/testing/http.ts';
import { TestS3Server } from '../src/server/testing/s3-server.ts';
import { freePort } from '../src/server/testing/server-process.ts';

const IMAGE_USER = 10001;
const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (why: string): never => {
  throw new Error(why);
};
const refuse = (why: string): never => {
  process.stderr.write(`check-unprivileged: ${why}\n`);
  process.exit(2);
};

const server: string =
  process.env.FOCALPOINT_TEST_DATABASE_URL ??
  refuse('set FOCALPOINT_TEST_DATABASE_URL to a PostgreSQL server (a database is created and dropped)');
if (process.getuid?.() !== 0) refuse('run as root: the server is started as user 10001');

const root = path.resolve(import.meta.dirname, '..');
const app = mkdtempSync(path.join(tmpdir(), 'fp-image-'));
chmodSync(app, 0o755);
const data = mkdtempSync(path.join(tmpdir(), 'fp-image-data-'));
const database = `fp_unprivileged_${randomBytes(4).toString('hex')}`;
let s3: TestS3Server | undefined;
let child: ChildProcess | undefined;
try {
  say('laying out the image: sources at HEAD, built console, production dependencies');
  execFileSync('sh', ['-c', `git -C "${root}" archive HEAD | tar -x -C "${app}"`]);
  cpSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  execFileSync('npm', ['run', 'build'], { cwd: app, stdio: 'ignore' });
  execFileSync('npm', ['prune', '--omit=dev', '--no-fund', '--no-audit'], { cwd: app, stdio: 'ignore' });
  execFileSync('find', ['src', '-name', '*.test.ts', '-delete'], { cwd: app });
  execFileSync('chmod', ['-R', 'go-w', app]);
  chownSync(data, IMAGE_USER, IMAGE_USER);
  chmodSync(data, 0o700);

  s3 = await TestS3Server.start();
  execFileSync('psql', [server, '-qc', `CREATE DATABASE ${database}`]);
  const url = new URL(server);
  url.pathname = `/${database}`;
  const port = await freePort();
  const node = path.join(app, 'node_modules/node/bin/node');
  // The Dockerfile's ENV and CMD (HOST is loopback here: nothing outside this machine is reached).
  const env = {
    PATH: `${path.join(app, 'node_modules/node/bin')}:${path.join(app, 'node_modules/.bin')}:/usr/bin:/bin`,
    HOME: '/nonexistent',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    FOCALPOINT_DATA_DIR: data,
    DATABASE_URL: url.toString(),
    FOCALPOINT_MASTER_KEY: randomBytes(32).toString('base64'),
    ...s3.env(),
  };
  let output = '';
  const started = spawn(
    node,
    ['--liftoff-only', '--max-semi-space-size=4', '--heap-growing-percent=30', 'src/server/main.ts'],
    { cwd: app, env, uid: IMAGE_USER, gid: IMAGE_USER },
  );
  child = started;
  started.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  started.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  let up = false;
  for (let i = 0; i < 240 && !up && started.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 500));
    up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
  }
  if (!up) fail(`the server did not start:\n${output}`);
  say(`Node ${execFileSync(node, ['-v']).toString().trim()} as uid ${IMAGE_USER}: /healthz answers`);

  const report = multipartBody(
    { narrative: 'They photographed our meeting.', tactics: 'physical_surveillance', channels: 'home' },
    [{ filename: 'meeting.jpg', contentType: 'image/jpeg', bytes: makeJpeg() }],
  );
  const sent = await fetch(`${base}/api/v1/reports`, {
    method: 'POST',
    headers: report.headers,
    body: new Uint8Array(report.payload),
  });
  if (sent.status !== 201) fail(`a report was answered ${sent.status}:\n${output}`);
  const { receipt } = (await sent.json()) as { receipt: string };
  const view = await fetch(`${base}/api/v1/followup`, { headers: { authorization: `Receipt ${receipt}` } });
  const evidence = ((await view.json()) as { evidence?: unknown[] }).evidence ?? [];
  if (view.status !== 200 || evidence.length !== 1) fail(`the follow-up showed ${evidence.length} files`);
  say('a report with a photo received, followed up, its evidence listed (stored in the S3 server)');
  for (const page of ['/', '/console/']) {
    const status = (await fetch(`${base}${page}`)).status;
    if (status !== 200) fail(`${page} answered ${status}`);
  }
  say('the public site and the console answer');
  say(`written to the data directory: ${readdirSync(data).join(', ')}`);
  for (const refused of ['EACCES', 'EROFS', 'EPERM']) {
    if (output.includes(refused)) fail(`the server tried to write where it may not (${refused}):\n${output}`);
  }
  started.kill('SIGTERM');
  await new Promise((r) => started.once('exit', r));
  if (started.exitCode !== 0) fail(`the server exited ${started.exitCode} on SIGTERM:\n${output}`);
  say('stopped cleanly on SIGTERM');
} catch (err) {
  process.stderr.write(`check-unprivileged: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await s3?.stop();
  execFileSync('psql', [server, '-qc', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`]);
  rmSync(app, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
}
