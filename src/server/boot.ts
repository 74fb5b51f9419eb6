import path from 'node:path';
import type { Config } from './config.ts';
import type { AppDeps } from './deps.ts';
import { Vault } from './platform/crypto/envelope.ts';
import { deriveKeyRing, loadMasterKey } from './platform/crypto/keyring.ts';
import { acquireDataDirLock } from './platform/db/data-dir-lock.ts';
import { migrate } from './platform/db/migrate.ts';
import { openDatabase } from './platform/db/open.ts';
import { FileBlobStore } from './platform/storage/blob-store.ts';

export type Context = { deps: AppDeps; close: () => Promise<void> };

/**
 * config → lock → master key → database → migrations → vault. Shared by the server, the CLI (when no
 * server runs on the data directory) and the tests, so all three run the same start-up path.
 */
export async function openContext(
  config: Config,
  opts: { clock?: () => Date; pgliteTemplate?: Blob } = {},
): Promise<Context> {
  // The lock guards PGlite's files and the file store; on PostgreSQL it still keeps two servers off one
  // data directory's key file and blobs by mistake.
  const release = await acquireDataDirLock(config.dataDir);
  try {
    const master = await loadMasterKey({ configured: config.masterKey, dataDir: config.dataDir });
    const keys = deriveKeyRing(master);
    const db = await openDatabase(config, opts.pgliteTemplate ? { pgliteTemplate: opts.pgliteTemplate } : {});
    try {
      await migrate(db);
      const vault = new Vault(keys);
      await db.transaction((tx) => vault.ensureActiveKek(tx));
      const deps: AppDeps = {
        config,
        db,
        keys,
        vault,
        blobs: new FileBlobStore(path.join(config.dataDir, 'files')),
        clock: opts.clock ?? (() => new Date()),
        lifecycle: { draining: false },
      };
      return {
        deps,
        close: async () => {
          await db.close();
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
