/**
 * The database seam. Features write plain, parameterised SQL against `Queryable`; the same SQL runs on
 * embedded PGlite and on a PostgreSQL server. See ARCHITECTURE.md for why this is not an ORM.
 */
export type Row = Record<string, unknown>;

export type QueryOptions = {
  /**
   * A name for a statement on the hot path: PostgreSQL then parses and plans it once per connection instead
   * of on every call. PGlite ignores it (one in-process connection, where planning is not the cost).
   */
  prepared?: string;
};

export interface Queryable {
  query<T extends Row = Row>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: T[]; rowCount: number }>;
  /** Runs a script of several statements without parameters (migrations, test fixtures). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a tarball (test templates, backups). */
  dumpDataDir?: () => Promise<Blob>;
}

/** Thrown when the database cannot be reached; the HTTP layer answers 503 with Retry-After. */
export class DatabaseUnavailableError extends Error {
  constructor(cause: unknown) {
    super('database unavailable', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** bytea comes back as Buffer from node-postgres and as Uint8Array from PGlite. */
export function asBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new TypeError('expected bytea');
}

export async function one<T extends Row>(q: Queryable, sql: string, params?: readonly unknown[]): Promise<T> {
  const { rows } = await q.query<T>(sql, params);
  const row = rows[0];
  if (!row) throw new Error('expected one row');
  return row;
}

export async function maybeOne<T extends Row>(
  q: Queryable,
  sql: string,
  params?: readonly unknown[],
): Promise<T | undefined> {
  const { rows } = await q.query<T>(sql, params);
  return rows[0];
}
