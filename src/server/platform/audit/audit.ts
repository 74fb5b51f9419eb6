import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db/db.ts';

/**
 * The audit log: append-only (the database refuses UPDATE, DELETE and TRUNCATE) and hash-chained, so
 * that `focalpoint audit verify` detects any row altered or removed by someone who bypassed that.
 * Entries say who did what to which record and when — never content or personal data. Free text such
 * as a stated reason lives encrypted with the record it concerns, not here.
 */
export type AuditActor =
  | { type: 'user'; id: string }
  | { type: 'reporter' }
  | { type: 'partner'; id: string }
  | { type: 'system' }
  | { type: 'cli' };

export type AuditEntry = {
  actor: AuditActor;
  /** A code such as `case.identity.revealed`; never a sentence with data in it. */
  action: string;
  target?: { type: string; id: string };
  /** Small non-personal facts: a role code, a status, a count. Validated below. */
  meta?: Record<string, string | number | boolean | null>;
};

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
// Metadata values are codes, ids and numbers. Anything that looks like free text is refused at the source.
const SAFE_META = /^[A-Za-z0-9_.:-]{0,80}$/;

export const GENESIS_HASH = '0'.repeat(64);

type StoredEntry = {
  seq: number;
  at: Date;
  actor_type: string;
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  meta: Record<string, unknown> | null;
  prev_hash: string;
  hash: string;
};

/** The canonical bytes an entry's hash covers: every column but the hash, in a fixed order. */
export function entryHash(e: Omit<StoredEntry, 'hash'>): string {
  const meta = e.meta
    ? Object.fromEntries(Object.entries(e.meta).sort(([a], [b]) => a.localeCompare(b)))
    : null;
  const canonical = JSON.stringify([
    e.seq,
    e.at.toISOString(),
    e.actor_type,
    e.actor_id,
    e.action,
    e.target_type,
    e.target_id,
    meta,
    e.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

function validate(entry: AuditEntry) {
  if (!ACTION.test(entry.action)) throw new Error(`audit action must be a dotted code: ${entry.action}`);
  for (const [k, v] of Object.entries(entry.meta ?? {})) {
    if (typeof v === 'string' && !SAFE_META.test(v))
      throw new Error(`audit meta "${k}" must be a code, not text`);
  }
}

/**
 * Appends one entry inside the caller's transaction, so the entry exists if and only if the act does.
 * Two round trips: lock-and-read the chain's head row, then insert the entry and move the head in one
 * statement. The head row's lock serialises appenders (the chain must be a line, not a tree) and is held
 * only until the caller commits, so callers append last.
 */
export async function appendAudit(tx: Queryable, entry: AuditEntry, now = new Date()): Promise<void> {
  await appendAuditEntries(tx, [{ entry, at: now }], { monotonic: true });
}

/**
 * Appends several entries in chain order with the same two round trips — for work done in batches, such as
 * the background indexer recording the arrival of each report it picked up.
 *
 * `monotonic` (one live act): the entry's time is never earlier than the head's, even if the clocks of two
 * instances disagree slightly. Batches record when each act happened (a report's arrival), which may be a
 * moment before entries already chained: `seq` is the chain's order, `at` the act's time.
 */
export async function appendAuditEntries(
  tx: Queryable,
  entries: readonly { entry: AuditEntry; at: Date }[],
  opts: { monotonic?: boolean } = {},
): Promise<void> {
  if (entries.length === 0) return;
  for (const { entry } of entries) validate(entry);
  const lockHead = () =>
    tx.query<{ seq: number; hash: string; at: Date }>(
      'SELECT seq, hash, at FROM audit_head WHERE id = 1 FOR UPDATE',
    );
  let { rows } = await lockHead();
  if (!rows[0]) {
    // An installation restored from a backup without entries has no head yet: create the genesis one.
    await tx.query(
      'INSERT INTO audit_head (id, seq, hash, at) VALUES (1, 0, $1, $2) ON CONFLICT (id) DO NOTHING',
      [GENESIS_HASH, new Date(0)],
    );
    ({ rows } = await lockHead());
  }
  const head = rows[0] ?? { seq: 0, hash: GENESIS_HASH, at: new Date(0) };
  let prev = { seq: Number(head.seq), hash: head.hash, at: head.at };
  const chained: StoredEntry[] = [];
  for (const { entry, at: when } of entries) {
    const e = {
      seq: prev.seq + 1,
      at: opts.monotonic ? new Date(Math.max(when.getTime(), prev.at.getTime())) : when,
      actor_type: entry.actor.type,
      actor_id: 'id' in entry.actor ? entry.actor.id : null,
      action: entry.action,
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id ?? null,
      meta: entry.meta ?? null,
      prev_hash: prev.hash,
    };
    const stored = { ...e, hash: entryHash(e) };
    chained.push(stored);
    prev = { seq: stored.seq, hash: stored.hash, at: opts.monotonic ? stored.at : prev.at };
  }
  const last = chained[chained.length - 1]!;
  await tx.query(
    `WITH entry AS (
       INSERT INTO audit_log (seq, at, actor_type, actor_id, action, target_type, target_id, meta, prev_hash, hash)
       SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $8::jsonb[], $9::text[], $10::text[])
     )
     UPDATE audit_head SET seq = $11, hash = $12, at = GREATEST(audit_head.at, $13) WHERE audit_head.id = 1`,
    [
      chained.map((e) => e.seq),
      chained.map((e) => e.at),
      chained.map((e) => e.actor_type),
      chained.map((e) => e.actor_id),
      chained.map((e) => e.action),
      chained.map((e) => e.target_type),
      chained.map((e) => e.target_id),
      chained.map((e) => (e.meta === null ? null : JSON.stringify(e.meta))),
      chained.map((e) => e.prev_hash),
      chained.map((e) => e.hash),
      last.seq,
      last.hash,
      new Date(Math.max(...chained.map((e) => e.at.getTime()))),
    ],
  );
}

export async function audit(db: Db, entry: AuditEntry): Promise<void> {
  await db.transaction((tx) => appendAudit(tx, entry));
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; firstBadSeq: number; problem: string };

/** Walks the whole chain in order, in pages, recomputing every hash. */
export async function verifyAuditChain(q: Queryable, pageSize = 5000): Promise<VerifyResult> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const { rows } = await q.query<StoredEntry>(
      `SELECT seq, at, actor_type, actor_id, action, target_type, target_id, meta, prev_hash, hash
         FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2`,
      [expectedSeq, pageSize],
    );
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { ok: false, entries: count, firstBadSeq: expectedSeq, problem: 'entry missing' };
      }
      if (row.prev_hash !== expectedPrev) {
        return { ok: false, entries: count, firstBadSeq: row.seq, problem: 'previous hash does not match' };
      }
      if (entryHash(row) !== row.hash) {
        return { ok: false, entries: count, firstBadSeq: row.seq, problem: 'entry altered' };
      }
      expectedPrev = row.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < pageSize) break;
  }
  const { rows: head } = await q.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_head WHERE id = 1',
  );
  const h = head[0];
  if (h && (h.seq !== count || h.hash !== expectedPrev)) {
    return {
      ok: false,
      entries: count,
      firstBadSeq: count + 1,
      problem: 'entries missing at the end of the log',
    };
  }
  return { ok: true, entries: count };
}
