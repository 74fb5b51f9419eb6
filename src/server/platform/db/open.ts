import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Db } from './db.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export const PGLITE_DIR = 'pgdata';

/** PostgreSQL when DATABASE_URL is set, else embedded PGlite persisted under the data directory. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  opts: { pgliteTemplate?: Blob } = {},
): Promise<Db> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openPglite(path.join(config.dataDir, PGLITE_DIR), {
    ...(opts.pgliteTemplate ? { template: opts.pgliteTemplate } : {}),
  });
}
