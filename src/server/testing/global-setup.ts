import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../platform/db/migrate.ts';
import { openPglite } from '../platform/db/pglite.ts';

/**
 * Once per run: a migrated PGlite data directory, saved as a tarball that every test file starts from.
 * initdb takes seconds; loading the tarball takes one.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'fp-template-'));
  const db = await openPglite(path.join(dir, 'pgdata'));
  await migrate(db);
  const tarball = await db.dumpDataDir!();
  await db.close();
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
