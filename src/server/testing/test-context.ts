import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { openContext } from '../boot.ts';
import { type Config, loadConfig } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import { indexAllPending } from '../indexing/job.ts';
import { ManualClock } from '../platform/jobs/clock.ts';

export type TestContext = {
  deps: AppDeps;
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * The app's clock: it moves only when a test moves it (`await ctx.clock.advance(ms)` also runs the
   * background jobs that fall due, as the running server would), so no test sleeps or measures wall time.
   */
  clock: ManualClock;
  /** Moves the clock on by `ms`, running the background jobs that fall due to the end of each run. */
  advance: (ms: number) => Promise<void>;
  /**
   * Waits until the background indexer has linked and tokenised every report saved so far — what the
   * running server does within milliseconds of an answer. Tests that read links, campaigns, search results
   * or the `report.received` audit entry after a submission call it first.
   */
  settle: () => Promise<void>;
  close: () => Promise<void>;
};

/** The PostgreSQL server the suite runs against, or undefined for PGlite. */
export const testDatabaseServer = (): string | undefined => inject('databaseUrl') || undefined;

/** A fresh, empty database on the test server: each test file works alone. */
export async function createTestDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A whole FocalPoint on a temporary data directory and a database of its own: the same start-up path as
 * `npm start`, real crypto, real database, the production intake path (the answer first, indexing after).
 * `env` overrides configuration for one test file.
 */
export async function startTestContext(
  env: Record<string, string> = {},
  opts: { clock?: ManualClock } = {},
): Promise<TestContext> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-test-'));
  const server = testDatabaseServer();
  const database = server ? await createTestDatabase(server) : undefined;
  const config = loadConfig({
    FOCALPOINT_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // On a clock that does not move, every report a test sends arrives in the same minute: past the
    // production rate, they would be held as a flood. Tests of that hold set the rate themselves.
    FOCALPOINT_LIMIT_HOLD_UNVERIFIED_ABOVE_PER_MINUTE: '100000',
    FOCALPOINT_LIMIT_HOLD_VERIFIED_ABOVE_PER_MINUTE: '100000',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const clock = opts.clock ?? new ManualClock(Date.now());
  const template = database ? undefined : new Blob([await readFile(inject('pgliteTemplate'))]);
  const context = await openContext(config, { clock, ...(template ? { pgliteTemplate: template } : {}) });
  const app = await buildApp(context.deps);
  await app.ready();
  return {
    deps: context.deps,
    app,
    config,
    dataDir,
    databaseUrl: database?.url,
    clock,
    advance: (ms) => clock.advance(ms, () => context.deps.runtime.scheduler.idle()),
    settle: () => indexAllPending(context.deps),
    close: async () => {
      await app.close();
      await context.close();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
