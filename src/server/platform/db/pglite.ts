import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.ts';

// int8 as a JS number: counts and ids fit comfortably, and both drivers then agree.
const parsers = { [types.INT8]: (v: string) => Number(v) };
// bytea parameters in hex by Node's own encoder. PGlite's writes one byte at a time through an array of
// strings: a bulk batch's 5 MB of sealed content took half a second and as much again in garbage collection.
const serializers = {
  [types.BYTEA]: (v: Uint8Array) => `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`,
};

/** `template`: a tarball of an already-migrated data directory, to skip initdb (tests start faster). */
export async function openPglite(dir: string | undefined, opts: { template?: Blob } = {}): Promise<Db> {
  const pg = await PGlite.create({
    parsers,
    serializers,
    // PGlite runs inside this process: modest buffers keep the whole server's memory near 300 MB.
    postgresqlconf: ['shared_buffers = 32MB', 'work_mem = 4MB', 'maintenance_work_mem = 32MB'],
    ...(dir ? { dataDir: dir } : {}),
    ...(opts.template ? { loadDataDir: opts.template } : {}),
  });
  const wrap = (q: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async exec(sql: string) {
      await q.exec(sql);
    },
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      const res = await q.query<T>(sql, params as unknown[] | undefined);
      return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: base.exec,
    close: () => pg.close(),
    dumpDataDir: () => pg.dumpDataDir('none'),
  };
}
