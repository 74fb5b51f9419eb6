import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import type { BlobStore } from '../platform/storage/blob-store.ts';
import { type DisposalOutcome, type DisposeDeps, destroy } from './dispose.ts';

/**
 * Tombstones: what was destroyed, and when, under which rule — a report's reference and dates, nothing of
 * what it said. They are kept in the database (retention_tombstones) and, once committed, also in the file
 * store as one small JSON file each (`tombstone-<report id>`): the file store outlives a lost database,
 * so restoring an older backup finds them there and destroys again what the backup brings back
 * (backup/restore.ts). A newer backup's tombstones can be given to a restore as well.
 */
export const Tombstone = z.object({
  reportId: z.uuid(),
  reference: z.string().min(1).max(40),
  caseId: z.uuid(),
  caseReference: z.string().min(1).max(40),
  receivedAt: z.iso.datetime({ offset: true }),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  deidentifiedAt: z.iso.datetime({ offset: true }),
  destroyedAt: z.iso.datetime({ offset: true }),
  rule: z.string().regex(/^[a-z_]+(\.[a-z_]+)*$/),
});
export type Tombstone = z.infer<typeof Tombstone>;

export const LEDGER_PREFIX = 'tombstone-';
const ledgerBlobId = (reportId: string) => `${LEDGER_PREFIX}${reportId}`;

type TombstoneRow = {
  report_id: string;
  reference: string;
  case_id: string;
  case_reference: string;
  received_at: Date;
  closed_at: Date | null;
  deidentified_at: Date;
  destroyed_at: Date;
  rule: string;
};

const isoOf = (d: Date | string) => new Date(d).toISOString();

const fromRow = (r: TombstoneRow): Tombstone => ({
  reportId: r.report_id,
  reference: r.reference,
  caseId: r.case_id,
  caseReference: r.case_reference,
  receivedAt: isoOf(r.received_at),
  closedAt: r.closed_at ? isoOf(r.closed_at) : null,
  deidentifiedAt: isoOf(r.deidentified_at),
  destroyedAt: isoOf(r.destroyed_at),
  rule: r.rule,
});

/** Writes the tombstones not yet in the file store (after their transaction committed). Answers how many. */
export async function writeLedger(deps: Pick<AppDeps, 'db' | 'blobs'>): Promise<number> {
  let written = 0;
  for (;;) {
    const { rows } = await deps.db.query<TombstoneRow>(
      `SELECT report_id, reference, case_id, case_reference, received_at, closed_at, deidentified_at,
              destroyed_at, rule
         FROM retention_tombstones WHERE NOT ledger_written ORDER BY report_id LIMIT 500`,
    );
    if (rows.length === 0) return written;
    for (const r of rows)
      await deps.blobs.put(ledgerBlobId(r.report_id), Buffer.from(JSON.stringify(fromRow(r))));
    await deps.db.query(
      'UPDATE retention_tombstones SET ledger_written = true WHERE report_id = ANY($1::uuid[])',
      [rows.map((r) => r.report_id)],
    );
    written += rows.length;
  }
}

/** Every tombstone the file store holds (files that do not read as one are left alone). */
export async function readLedger(blobs: BlobStore): Promise<Tombstone[]> {
  const out: Tombstone[] = [];
  for await (const id of blobs.list()) {
    if (!id.startsWith(LEDGER_PREFIX)) continue;
    try {
      const parsed = Tombstone.safeParse(JSON.parse((await blobs.get(id)).toString('utf8')));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // Not a tombstone after all (or unreadable): nothing to apply.
    }
  }
  return out;
}

/**
 * The tombstones a file holds: a tombstones export (`{"tombstone": …}` lines) or a whole backup (its
 * retention_tombstones rows). Anything else in the file is skipped; a tombstone that does not read as one
 * stops the restore, rather than letting a destroyed report come back unnoticed.
 */
export async function readTombstoneFile(file: string): Promise<Tombstone[]> {
  const out: Tombstone[] = [];
  const lines = createInterface({
    input: createReadStream(file).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line) continue;
    const item = JSON.parse(line) as { tombstone?: unknown; t?: string; r?: TombstoneRow };
    if (item.tombstone !== undefined) out.push(Tombstone.parse(item.tombstone));
    else if (item.t === 'retention_tombstones' && item.r) out.push(Tombstone.parse(fromRow(item.r)));
  }
  return out;
}

/** Every tombstone of the database, for a restore's own backup and for `--tombstones` files. */
export async function listTombstones(q: Queryable): Promise<Tombstone[]> {
  const { rows } = await q.query<TombstoneRow>(
    `SELECT report_id, reference, case_id, case_reference, received_at, closed_at, deidentified_at,
            destroyed_at, rule
       FROM retention_tombstones ORDER BY destroyed_at, report_id`,
  );
  return rows.map(fromRow);
}

/**
 * A receipt shows the outcome of its report's destruction until `receipt_until`; then its hash goes and
 * the receipt opens nothing, like one never issued. Answers how many receipts stopped working.
 */
export async function expireReceipts(q: Queryable, now: Date): Promise<number> {
  const { rows } = await q.query<{ id: string }>(
    `WITH gone AS (
       UPDATE retention_tombstones SET receipt_until = NULL WHERE receipt_until <= $1 RETURNING report_id
     )
     UPDATE reports SET receipt_hash = NULL WHERE id IN (SELECT report_id FROM gone) RETURNING id`,
    [now],
  );
  return rows.length;
}

/**
 * Destroys these reports. A case whose every report is then destroyed goes whole (with the cases merged
 * into it); a case that keeps other people's reports loses only these.
 */
export async function destroyReports(
  tx: Queryable,
  deps: DisposeDeps,
  reportIds: readonly string[],
  opts: { now: Date; rule: (reportId: string) => string; receiptUntil: Date | null },
): Promise<DisposalOutcome & { wholeCases: string[] }> {
  const { rows } = await tx.query<{ case_id: string }>(
    `SELECT r.case_id FROM reports r
      WHERE r.case_id IN (SELECT case_id FROM reports WHERE id = ANY($1::uuid[]))
      GROUP BY r.case_id HAVING bool_and(r.id = ANY($1::uuid[]) OR r.destroyed_at IS NOT NULL)`,
    [reportIds],
  );
  const whole = rows.map((r) => r.case_id);
  const caseIds = await withMergedCases(tx, whole);
  const outcome = await destroy(tx, deps, { caseIds, reportIds }, opts);
  return { ...outcome, wholeCases: whole };
}

/** These cases and every case merged into them, at any depth. */
export async function withMergedCases(q: Queryable, caseIds: readonly string[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await q.query<{ id: string }>(
    `WITH RECURSIVE tree(id, depth) AS (
       SELECT id, 0 FROM cases WHERE id = ANY($1::uuid[])
       UNION
       SELECT c.id, tree.depth + 1 FROM cases c JOIN tree ON c.merged_into_id = tree.id WHERE tree.depth < 20
     )
     SELECT DISTINCT id FROM tree`,
    [caseIds],
  );
  return rows.map((r) => r.id);
}

/**
 * Makes these tombstones true in the database: each is recorded, and a report it names that is not
 * destroyed (restored from a backup older than its destruction) is destroyed again, under the rule it
 * was destroyed by. Answers how many reports were destroyed again.
 */
export async function applyTombstones(
  tx: Queryable,
  deps: DisposeDeps,
  tombstones: readonly Tombstone[],
  now: Date,
): Promise<number> {
  if (tombstones.length === 0) return 0;
  const list = [...new Map(tombstones.map((t) => [t.reportId, t])).values()];
  // Recorded first, with their original dates and rule: the destruction below keeps them.
  await tx.query(
    `INSERT INTO retention_tombstones (report_id, reference, case_id, case_reference, received_at, closed_at,
       deidentified_at, destroyed_at, rule, ledger_written)
     SELECT *, true FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::timestamptz[],
       $6::timestamptz[], $7::timestamptz[], $8::timestamptz[], $9::text[])
     ON CONFLICT DO NOTHING`,
    [
      list.map((t) => t.reportId),
      list.map((t) => t.reference),
      list.map((t) => t.caseId),
      list.map((t) => t.caseReference),
      list.map((t) => t.receivedAt),
      list.map((t) => t.closedAt),
      list.map((t) => t.deidentifiedAt),
      list.map((t) => t.destroyedAt),
      list.map((t) => t.rule),
    ],
  );
  const { rows } = await tx.query<{ id: string }>(
    'SELECT id FROM reports WHERE id = ANY($1::uuid[]) AND destroyed_at IS NULL',
    [list.map((t) => t.reportId)],
  );
  const again = rows.map((r) => r.id);
  if (again.length > 0) {
    const rules = new Map(list.map((t) => [t.reportId, t.rule]));
    await destroyReports(tx, deps, again, {
      now,
      rule: (id) => rules.get(id) ?? 'restore',
      receiptUntil: null,
    });
    // The receipts of reports destroyed before stop working at once.
    await tx.query('UPDATE reports SET receipt_hash = NULL WHERE id = ANY($1::uuid[])', [again]);
  }
  return again.length;
}
