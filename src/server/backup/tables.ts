import type { Queryable } from '../platform/db/db.ts';

/** Tables a backup leaves out: rebuilt at start (migrations) or worthless elsewhere (live sessions). */
export const NOT_BACKED_UP = new Set(['schema_migrations', 'sessions']);

/**
 * The application's tables, parents before children (by foreign keys), so a restore can insert them
 * in this order with every constraint checked.
 */
export async function tablesInDependencyOrder(q: Queryable): Promise<string[]> {
  const { rows: tables } = await q.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  const { rows: edges } = await q.query<{ child: string; parent: string }>(
    `SELECT cc.relname AS child, pc.relname AS parent
       FROM pg_constraint k
       JOIN pg_class cc ON cc.oid = k.conrelid
       JOIN pg_class pc ON pc.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = cc.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND cc.relname <> pc.relname`,
  );
  const names = tables.map((t) => t.name).filter((n) => !NOT_BACKED_UP.has(n));
  const parents = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p) || !parents.has(p)),
    );
    if (ready.length === 0) throw new Error('circular foreign keys between tables');
    for (const n of ready) {
      ordered.push(n);
      placed.add(n);
    }
  }
  return ordered;
}

/** Self-referencing tables list parents first (e.g. a case merged into another comes after it). */
export async function selfReferenceOrder(q: Queryable, table: string): Promise<string> {
  const { rows } = await q.query<{ column: string }>(
    `SELECT a.attname AS column FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND c.relname = $1 AND k.confrelid = k.conrelid`,
    [table],
  );
  return rows.length ? `ORDER BY ${rows.map((r) => `"${r.column}" NULLS FIRST`).join(', ')}` : '';
}
