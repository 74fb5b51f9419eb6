import { createHash, createHmac } from 'node:crypto';
import { keyObjectOf } from '../crypto/key-object.ts';
import type { KeyRing } from '../crypto/keyring.ts';
import type { Queryable } from '../db/db.ts';

/**
 * The audit log: append-only (the database refuses UPDATE, DELETE and TRUNCATE) and chained twice, so that
 * `focalpoint audit verify` detects any row altered or removed by someone who bypassed that — including a
 * database superuser (ARCHITECTURE.md, "Audit"):
 *
 *   hash  SHA-256 of the entry's fields and the previous hash — anyone can recompute it, so it only names
 *         which entry was edited by someone who did not bother to;
 *   mac   HMAC-SHA256, under a key derived from the master secret, of the previous mac and this hash —
 *         the database never holds the key, so nobody who holds only the database can write a valid one.
 *
 * Entries say who did what to which record and when — never content or personal data. Free text such as a
 * stated reason lives encrypted with the record it concerns, not here.
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

/** What appending needs of the key ring: the chain's key, nothing else. */
export type AuditKeys = Pick<KeyRing, 'auditChain'>;

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
// Metadata values are codes, ids and numbers. Anything that looks like free text is refused at the source.
const SAFE_META = /^[A-Za-z0-9_.:-]{0,80}$/;

/** The "previous" of the first entry, for both chains. */
export const GENESIS_HASH = '0'.repeat(64);

export type StoredEntry = {
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
  /** Null only for entries written before the keyed chain existed (sealed at upgrade: seal-chain.ts). */
  mac: string | null;
};

/** The canonical bytes an entry's hash covers: every column but the hash and mac, in a fixed order. */
export function entryHash(e: Omit<StoredEntry, 'hash' | 'mac'>): string {
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

/**
 * An entry's link in the keyed chain: HMAC of the previous mac and the entry's hash (two fixed-length hex
 * strings, so the concatenation is unambiguous). The hash covers the entry's fields and, through prev_hash,
 * every entry before it — so the first mac after an upgrade seals the whole unkeyed history too.
 */
export function entryMac(keys: AuditKeys, prevMac: string, hash: string): string {
  return createHmac('sha256', keyObjectOf(keys.auditChain)).update(prevMac).update(hash).digest('hex');
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
export async function appendAudit(
  tx: Queryable,
  keys: AuditKeys,
  entry: AuditEntry,
  now = new Date(),
): Promise<void> {
  await appendAuditEntries(tx, keys, [{ entry, at: now }], { monotonic: true });
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
  keys: AuditKeys,
  entries: readonly { entry: AuditEntry; at: Date }[],
  opts: { monotonic?: boolean } = {},
): Promise<void> {
  if (entries.length === 0) return;
  for (const { entry } of entries) validate(entry);
  const lockHead = () =>
    tx.query<{ seq: number; hash: string; mac: string | null; at: Date }>(
      'SELECT seq, hash, mac, at FROM audit_head WHERE id = 1 FOR UPDATE',
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
  const head = rows[0] ?? { seq: 0, hash: GENESIS_HASH, mac: null, at: new Date(0) };
  // A head without a mac: the chain so far is unkeyed (written before the upgrade); this entry seals it.
  let prev = { seq: Number(head.seq), hash: head.hash, mac: head.mac ?? GENESIS_HASH, at: head.at };
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
    const hash = entryHash(e);
    const stored = { ...e, hash, mac: entryMac(keys, prev.mac, hash) };
    chained.push(stored);
    prev = { seq: stored.seq, hash, mac: stored.mac, at: opts.monotonic ? stored.at : prev.at };
  }
  const last = chained[chained.length - 1]!;
  await tx.query(
    `WITH entry AS (
       INSERT INTO audit_log (seq, at, actor_type, actor_id, action, target_type, target_id, meta, prev_hash, hash, mac)
       SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $8::jsonb[], $9::text[], $10::text[], $11::text[])
     )
     UPDATE audit_head SET seq = $12, hash = $13, mac = $14, at = GREATEST(audit_head.at, $15)
      WHERE audit_head.id = 1`,
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
      chained.map((e) => e.mac),
      last.seq,
      last.hash,
      last.mac,
      new Date(Math.max(...chained.map((e) => e.at.getTime()))),
    ],
  );
}
