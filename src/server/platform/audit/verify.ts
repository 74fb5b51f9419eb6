import type { Queryable } from '../db/db.ts';
import { type AuditKeys, entryHash, entryMac, GENESIS_HASH, type StoredEntry } from './audit.ts';
import { type Checkpoint, checkpointFileOf, readCheckpoints } from './checkpoints.ts';

/**
 * `focalpoint audit verify`: walks the whole chain in order, in pages, recomputing both chains, and compares
 * it with the signed checkpoints kept outside the database. Each problem is named as an auditor needs it:
 *
 *   entry_missing       a gap in the numbering: "entry N missing"
 *   entry_altered       an entry whose plain hash no longer matches (edited, nothing recomputed)
 *   not_keyed           a mac that does not verify: "entry N altered or the chain recomputed without the key"
 *   unsealed            entries but no keyed one: the keyed part was stripped and the rest recomputed
 *   tail_removed        the chain ends before a checkpoint, or holds another entry where one vouched:
 *                       "entries removed at the end after checkpoint N"
 *   head_mismatch       audit_head names an end the chain does not have
 *   checkpoint_invalid  a checkpoint line whose signature fails: the checkpoint file was tampered with
 */
export type AuditProblemCode =
  | 'entry_missing'
  | 'entry_altered'
  | 'not_keyed'
  | 'unsealed'
  | 'tail_removed'
  | 'head_mismatch'
  | 'checkpoint_invalid';

export type AuditProblem = { code: AuditProblemCode; seq: number | null; reason: string };

export type ChainResult = {
  ok: boolean;
  /** Entries verified before the first problem (every entry when there is none). */
  entries: number;
  /** The first entry chained under the key; those before it were written before the upgrade. */
  keyedFrom: number | null;
  problem: AuditProblem | null;
};

export type VerifyResult = {
  ok: boolean;
  entries: number;
  keyedFrom: number | null;
  checkpoints: { files: string[]; verified: number; latest: { seq: number; at: string } | null };
  problems: AuditProblem[];
};

type Row = Omit<StoredEntry, 'seq'> & { seq: number };

/**
 * Walks the chain against `checkpoints` (already signature-checked). Stops at the first broken entry: what
 * follows a break cannot be judged. Memory stays flat: one page of entries at a time.
 */
export async function verifyAuditChain(
  deps: { db: Queryable; keys: AuditKeys },
  opts: { checkpoints?: readonly Checkpoint[]; pageSize?: number } = {},
): Promise<ChainResult> {
  const { db, keys } = deps;
  const pageSize = opts.pageSize ?? 5000;
  const checkpoints = [...(opts.checkpoints ?? [])].sort((a, b) => a.seq - b.seq);
  let next = 0; // the first checkpoint not yet compared
  let prevHash = GENESIS_HASH;
  let prevMac = GENESIS_HASH;
  let keyedFrom: number | null = null;
  let count = 0;
  const broken = (code: AuditProblemCode, seq: number | null, reason: string): ChainResult => ({
    ok: false,
    entries: count,
    keyedFrom,
    problem: { code, seq, reason },
  });
  for (;;) {
    const { rows } = await db.query<Row>(
      `SELECT seq, at, actor_type, actor_id, action, target_type, target_id, meta, prev_hash, hash, mac
         FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2`,
      [count, pageSize],
    );
    for (const row of rows) {
      const seq = count + 1;
      if (row.seq !== seq) {
        const gap = row.seq === seq + 1 ? `entry ${seq} missing` : `entries ${seq}–${row.seq - 1} missing`;
        return broken('entry_missing', seq, gap);
      }
      if (row.prev_hash !== prevHash || entryHash(row) !== row.hash) {
        return broken('entry_altered', seq, `entry ${seq} altered`);
      }
      // Unkeyed entries are accepted only before the first keyed one: the history sealed at upgrade.
      if (row.mac !== null || keyedFrom !== null) {
        if (row.mac === null || row.mac !== entryMac(keys, prevMac, row.hash)) {
          return broken('not_keyed', seq, `entry ${seq} altered or the chain recomputed without the key`);
        }
        keyedFrom ??= seq;
        prevMac = row.mac;
      }
      for (; next < checkpoints.length && checkpoints[next]!.seq === seq; next++) {
        const c = checkpoints[next]!;
        if (row.mac === null) {
          // Accepted above as unkeyed history, yet a checkpoint signed it under the key: its mac, and the
          // macs before it, were stripped and the plain chain rebuilt.
          return broken(
            'not_keyed',
            seq,
            `entry ${seq} altered or the chain recomputed without the key: checkpoint ${seq} (signed ${c.at}) vouched for it under the key`,
          );
        }
        if (c.mac !== row.mac || c.hash !== row.hash) {
          return broken(
            'tail_removed',
            seq,
            `entries removed at the end after checkpoint ${seq} (signed ${c.at}): entry ${seq} is not the entry it vouched for — the log was cut before it and written on`,
          );
        }
      }
      prevHash = row.hash;
      count++;
    }
    if (rows.length < pageSize) break;
  }
  const last = checkpoints[checkpoints.length - 1];
  if (last && last.seq > count) {
    return broken(
      'tail_removed',
      count + 1,
      `entries removed at the end after checkpoint ${last.seq} (signed ${last.at}): the log ends at entry ${count}`,
    );
  }
  const { rows: head } = await db.query<{ seq: number; hash: string; mac: string | null }>(
    'SELECT seq, hash, mac FROM audit_head WHERE id = 1',
  );
  const h = head[0];
  const endMac = keyedFrom === null ? null : prevMac;
  if (h && (h.seq !== count || h.hash !== prevHash || h.mac !== endMac)) {
    return broken(
      'head_mismatch',
      count + 1,
      `entries missing at the end of the log: its head names entry ${h.seq}, the log ends at entry ${count}`,
    );
  }
  if (count > 0 && keyedFrom === null) {
    return broken(
      'unsealed',
      null,
      'no entry is chained under the key: the keyed entries were stripped and the log rebuilt without it',
    );
  }
  return { ok: true, entries: count, keyedFrom, problem: null };
}

/**
 * The whole check: the data directory's checkpoint file and any others given (an auditor's export), their
 * signatures, then the chain against every checkpoint that verified.
 */
export async function verifyAuditLog(
  deps: { db: Queryable; keys: AuditKeys & Parameters<typeof readCheckpoints>[0]; dataDir: string },
  opts: { checkpointFiles?: readonly string[]; pageSize?: number } = {},
): Promise<VerifyResult> {
  const files = [checkpointFileOf(deps.dataDir), ...(opts.checkpointFiles ?? [])];
  const checkpoints: Checkpoint[] = [];
  const problems: AuditProblem[] = [];
  const read: string[] = [];
  for (const file of files) {
    const r = await readCheckpoints(deps.keys, file);
    if (!r.found && file !== files[0]) throw new Error(`no checkpoint file at ${file}`);
    if (r.found) read.push(file);
    checkpoints.push(...r.checkpoints);
    for (const p of r.problems) {
      problems.push({
        code: 'checkpoint_invalid',
        seq: null,
        reason: `${p.file}, line ${p.line}: ${p.reason}`,
      });
    }
  }
  const chain = await verifyAuditChain(deps, {
    checkpoints,
    ...(opts.pageSize ? { pageSize: opts.pageSize } : {}),
  });
  // A broken chain comes first: it is what the auditor must act on.
  if (chain.problem) problems.unshift(chain.problem);
  const latest = checkpoints.reduce<Checkpoint | null>((a, c) => (!a || c.seq > a.seq ? c : a), null);
  return {
    ok: problems.length === 0,
    entries: chain.entries,
    keyedFrom: chain.keyedFrom,
    checkpoints: {
      files: read,
      verified: checkpoints.length,
      latest: latest ? { seq: latest.seq, at: latest.at } : null,
    },
    problems,
  };
}
