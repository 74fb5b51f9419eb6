import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from './config.ts';
import { migrationSteps } from './db/migrations/steps.ts';
import type { AppDeps } from './deps.ts';
import type { Feature } from './feature.ts';
import { FEATURES } from './features.ts';
import { Vault } from './platform/crypto/envelope.ts';
import { deriveKeyRing, loadMasterKey, MASTER_KEY_FILE } from './platform/crypto/keyring.ts';
import { acquireDataDirLock } from './platform/db/data-dir-lock.ts';
import { migrate } from './platform/db/migrate.ts';
import { openDatabase, PGLITE_DIR } from './platform/db/open.ts';
import { type Clock, systemClock } from './platform/jobs/clock.ts';
import { openBlobStore } from './platform/storage/open.ts';
import { createRuntime } from './runtime.ts';

export type Context = { deps: AppDeps; close: () => Promise<void> };

/**
 * Whether `config` points at an installation: a master secret (configured, or the data directory's key
 * file) and a database (configured, or the data directory's PGlite files). Only the server's start, an
 * explicit `focalpoint init` and a restore make one; other commands are refused where there is none.
 */
export async function installationExists(
  config: Pick<Config, 'dataDir' | 'databaseUrl' | 'masterKey'>,
): Promise<boolean> {
  const exists = (file: string) =>
    stat(path.join(config.dataDir, file)).then(
      () => true,
      () => false,
    );
  const key = config.masterKey !== undefined || (await exists(MASTER_KEY_FILE));
  const database = config.databaseUrl !== undefined || (await exists(PGLITE_DIR));
  return key && database;
}

/**
 * config → lock → master key → database → migrations → vault → runtime → seeds → jobs. Shared by the
 * server, the CLI (when no server runs on the data directory) and the tests, so all three run the same
 * start-up path. The runtime (runtime.ts) is built here, once: every piece of mutable state of the process.
 * Jobs are added to its scheduler here and run only once an app is up (app.ts starts the scheduler).
 */
export async function openContext(
  config: Config,
  opts: {
    clock?: Clock;
    pgliteTemplate?: Blob;
    features?: readonly Feature[];
    logTo?: 'stdout' | 'stderr';
  } = {},
): Promise<Context> {
  // The lock guards PGlite's files and the file store; on PostgreSQL it still keeps two servers off one
  // data directory's key file and blobs by mistake.
  const release = await acquireDataDirLock(config.dataDir);
  try {
    const master = await loadMasterKey({ configured: config.masterKey, dataDir: config.dataDir });
    const keys = deriveKeyRing(master);
    const db = await openDatabase(config, opts.pgliteTemplate ? { pgliteTemplate: opts.pgliteTemplate } : {});
    try {
      const vault = new Vault(keys);
      await migrate(db, { steps: migrationSteps({ vault }) });
      await db.transaction((tx) => vault.ensureActiveKek(tx));
      const clock = opts.clock ?? systemClock();
      const runtime = createRuntime({ config, db, clock, ...(opts.logTo ? { logTo: opts.logTo } : {}) });
      const deps: AppDeps = {
        config,
        db,
        keys,
        vault,
        blobs: openBlobStore(config, config.storage),
        clock,
        lifecycle: { draining: false },
        runtime,
      };
      const features = opts.features ?? FEATURES;
      for (const feature of features) await feature.seed?.(deps);
      for (const feature of features)
        for (const job of feature.jobs?.(deps) ?? []) runtime.scheduler.add(job);
      return {
        deps,
        close: async () => {
          await runtime.scheduler.stop();
          await runtime.fileWorkers.close();
          runtime.mailer.close();
          await db.close();
          deps.blobs.close?.();
          await release();
        },
      };
    } catch (err) {
      await db.close().catch(() => {});
      throw err;
    }
  } catch (err) {
    await release();
    throw err;
  }
}
