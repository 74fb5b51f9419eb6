import pg from 'pg';
import type { Db, Queryable, QueryOptions, Row } from './db.ts';

pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgres(url: string, opts: { max?: number } = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its server (restart, failover) must not crash the process.
  pool.on('error', () => {});
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async exec(sql: string) {
      await c.query(sql);
    },
    async query<T extends Row>(sql: string, params?: readonly unknown[], options?: QueryOptions) {
      const values = params as unknown[] | undefined;
      const res = options?.prepared
        ? await c.query<T>({ name: options.prepared, text: sql, ...(values ? { values } : {}) })
        : await c.query<T>(sql, values);
      return { rows: res.rows, rowCount: res.rowCount ?? res.rows.length };
    },
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client has no pool listener: if its server goes away between two statements (work in
      // Node between queries, as the indexer does), its 'error' event would crash the process. The next
      // statement fails instead, and the caller sees that.
      // The client is then released as broken, so the pool discards it instead of lending it again.
      let broken: Error | undefined;
      const lost = (err: Error) => {
        broken = err;
      };
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackFailed: Error) => {
          broken ??= rollbackFailed;
        });
        throw err;
      } finally {
        client.removeListener('error', lost);
        client.release(broken);
      }
    },
    exec: base.exec,
    close: () => pool.end(),
  };
}
