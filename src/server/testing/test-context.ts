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
import { settleIndexingBeforeAnswer } from '../indexing/worker.ts';

export type TestContext = {
  deps: AppDeps;
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  databaseUrl: string | undefined;
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

export type TestContextOptions = {
  /**
   * `settled` (the default): intake answers once the background indexer has linked and tokenised what it
   * just stored, so a test can read links, campaigns, search results and the audit entry right after a
   * submission. `background`: exactly as in production, indexing happens after the answer (the tests of
   * src/server/indexing use it and wait with drainIndexing).
   */
  indexing?: 'settled' | 'background';
};

/**
 * A whole FocalPoint on a temporary data directory and a database of its own: the same start-up path as
 * `npm start`, real crypto, real database. `env` overrides configuration for one test file.
 */
export async function startTestContext(
  env: Record<string, string> = {},
  opts: TestContextOptions = {},
): Promise<TestContext> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-test-'));
  const server = testDatabaseServer();
  const database = server ? await createTestDatabase(server) : undefined;
  const config = loadConfig({
    FOCALPOINT_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...env,
  });
  const template = database ? undefined : new Blob([await readFile(inject('pgliteTemplate'))]);
  const context = await openContext(config, template ? { pgliteTemplate: template } : {});
  if ((opts.indexing ?? 'settled') === 'settled') settleIndexingBeforeAnswer(context.deps.db);
  const app = await buildApp(context.deps, { logger: false });
  await app.ready();
  return {
    deps: context.deps,
    app,
    config,
    dataDir,
    databaseUrl: database?.url,
    close: async () => {
      await app.close();
      await context.close();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
