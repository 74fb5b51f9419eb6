import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestContext } from './test-context.ts';

/**
 * Where each needle turns up in everything an installation stores — what a thief with a copy of the
 * database and the data directory would hold: every table (each row cast to text, and every bytea
 * column's raw bytes), every file under the data directory (sealed blobs, PGlite's own files), and the
 * whole database as a dump (PGlite's data directory as it stands in memory, or pg_dump of PostgreSQL).
 * Returns "<needle> in <where>" for each find; the counts say how much was searched, so a test can check
 * the search was not empty.
 */
export async function findStored(
  ctx: Pick<TestContext, 'deps' | 'dataDir' | 'databaseUrl'>,
  needles: Record<string, Buffer>,
): Promise<{ found: string[]; tables: string[]; rows: number; files: number; dumpBytes: number }> {
  const found: string[] = [];
  const search = (haystack: Buffer, where: string) => {
    for (const [name, needle] of Object.entries(needles)) {
      if (haystack.includes(needle)) found.push(`${name} in ${where}`);
    }
  };

  const { rows: tableRows } = await ctx.deps.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables = tableRows.map((t) => t.table_name);
  let rows = 0;
  for (const table of tables) {
    const { rows: tableContent } = await ctx.deps.db.query<Record<string, unknown>>(
      `SELECT t::text AS "__row_text", t.* FROM "${table}" t`,
    );
    for (const row of tableContent) {
      rows++;
      search(Buffer.from(String(row.__row_text)), `${table} (as text)`);
      for (const [column, value] of Object.entries(row)) {
        if (value instanceof Uint8Array) search(Buffer.from(value), `${table}.${column} (bytea)`);
      }
    }
  }

  let files = 0;
  for await (const file of walk(ctx.dataDir)) {
    files++;
    search(await readFile(file), path.relative(ctx.dataDir, file));
  }

  let dump = Buffer.alloc(0);
  if (ctx.deps.db.dumpDataDir) {
    dump = Buffer.from(await (await ctx.deps.db.dumpDataDir()).arrayBuffer());
    search(dump, 'PGlite data directory dump');
  } else if (ctx.databaseUrl) {
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', ctx.databaseUrl], {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'buffer',
    });
    dump = stdout;
    search(dump, 'pg_dump');
  }
  return { found, tables, rows, files, dumpBytes: dump.length };
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}
