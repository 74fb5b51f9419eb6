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
  validate(entry);
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
  // Time never runs backwards along the chain, even if clocks of two instances disagree slightly.
  const at = new Date(Math.max(now.getTime(), head.at.getTime()));
  const e = {
    seq: head.seq + 1,
    at,
    actor_type: entry.actor.type,
    actor_id: 'id' in entry.actor ? entry.actor.id : null,
    action: entry.action,
    target_type: entry.target?.type ?? null,
    target_id: entry.target?.id ?? null,
    meta: entry.meta ?? null,
    prev_hash: head.hash,
  };
  const hash = entryHash(e);
  await tx.query(
    `WITH entry AS (
       INSERT INTO audit_log (seq, at, actor_type, actor_id, action, target_type, target_id, meta, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING seq, hash, at
     )
     UPDATE audit_head SET seq = entry.seq, hash = entry.hash, at = entry.at FROM entry WHERE audit_head.id = 1`,
    [e.seq, e.at, e.actor_type, e.actor_id, e.action, e.target_type, e.target_id, e.meta, e.prev_hash, hash],
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
