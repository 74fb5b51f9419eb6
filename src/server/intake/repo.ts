import type { Queryable } from '../platform/db/db.ts';

/** Intake's own SQL: the idempotency lookup. Reports are written by src/server/reports/insert.ts. */

export async function findByIdempotencyHash(
  q: Queryable,
  hash: Buffer,
): Promise<{ id: string; reference: string; idempotency_receipt_sealed: unknown } | undefined> {
  const { rows } = await q.query<{ id: string; reference: string; idempotency_receipt_sealed: unknown }>(
    'SELECT id, reference, idempotency_receipt_sealed FROM reports WHERE idempotency_hash = $1',
    [hash],
  );
  return rows[0];
}

/** How many cases wait in the held queue (reports that arrived during a flood). */
export async function countHeldCases(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM cases WHERE held_at IS NOT NULL',
  );
  return rows[0]?.n ?? 0;
}
