import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, Queryable } from './db.ts';

export const migrationsDir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));

// Any constant: several instances starting on one PostgreSQL must not migrate at the same time.
const MIGRATION_LOCK = 7_316_201;

/**
 * Applies committed SQL migrations in file-name order, in one transaction. A version may have a data step
 * (db/migrations/steps.ts: work that needs the key ring), run right after its SQL; a database that has
 * rows for such a step to change cannot be migrated without it (the next migration's constraints fail).
 */
export async function migrate(
  db: Db,
  opts: { dir?: string; steps?: Record<string, (tx: Queryable) => Promise<void>> } = {},
): Promise<string[]> {
  const dir = opts.dir ?? migrationsDir;
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Under the lock: two instances starting together on an empty database would otherwise both create
    // the table, and one would fail on PostgreSQL's catalogue (IF NOT EXISTS does not guard a race).
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: string }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => r.version));
    for (const file of files) {
      const version = file.replace(/\.sql$/, '');
      if (done.has(version)) continue;
      await tx.exec(await readFile(path.join(dir, file), 'utf8'));
      await opts.steps?.[version]?.(tx);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
  });
  return applied;
}
