import type { Logger } from 'pino';
import type { AppDeps } from '../deps.ts';
import { indexReport } from '../indicators/index-report.ts';
import { type AuditEntry, appendAuditEntries } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import type { RegistryIndex } from '../registries/index.ts';
import { recordNamedActors } from '../registries/record-matches.ts';
import { openDetails, openNarrative } from '../reports/sealing.ts';
import { claimPendingReports, markIndexed, type PendingReport, quarantineReport } from './repo.ts';

/**
 * The second half of intake, after the reporter has their receipt: for each saved report, extract and link
 * its identifiers, store its search tokens, and chain its `report.received` audit entry — in batches, so a
 * hundred reports cost a handful of transactions instead of a hundred long ones on the public path.
 *
 * Nothing is lost between the two halves: a report is committed with `indexed_at` NULL and stays in the
 * queue until one transaction has indexed it, chained its audit entry and set `indexed_at` — after a crash
 * the next start picks it up again. Until then staff already see it in the queue (without links).
 */
export type IndexingDeps = Pick<AppDeps, 'db' | 'keys' | 'vault' | 'clock' | 'runtime'>;

export const BATCH_SIZE = 100;
/** A quarantined report is tried again after this, then twice as long after each failure, up to a day. */
export const QUARANTINE_FIRST_RETRY_MS = 5 * 60_000;
export const QUARANTINE_MAX_RETRY_MS = 24 * 3_600_000;

const receivedEntry = (r: PendingReport): { entry: AuditEntry; at: Date } => ({
  entry: {
    actor: { type: 'reporter' },
    action: 'report.received',
    target: { type: 'report', id: r.id },
    meta: { risk: r.risk, files: r.files, verified: r.verified },
  },
  at: r.received_at,
});

type Registers = { index: RegistryIndex; version: number };

async function indexOne(
  tx: Queryable,
  deps: IndexingDeps,
  r: PendingReport,
  now: Date,
  registers: Registers,
): Promise<AuditEntry | null> {
  const dataKey = await deps.vault.dataKey(tx, r.data_key_id);
  const narrative = await openNarrative(deps.vault, tx, r.id, r.narrative_sealed);
  const { perpetrators } = await openDetails(deps.vault, tx, r.id, r.details_sealed);
  // Named actors (foreign-influence registers) are matched here, where the report is open: only the match is kept.
  const actors = await recordNamedActors(tx, deps, {
    ...registers,
    reportId: r.id,
    report: { narrative, suspectedState: r.suspected_state, perpetrators },
    dataKey,
    now,
  });
  await indexReport(tx, deps, {
    reportId: r.id,
    caseId: r.case_id,
    narrative,
    language: r.language,
    suspectedState: r.suspected_state,
    perpetrators,
    now,
    dataKey,
  });
  return actors.registered + actors.unregistered > 0
    ? {
        actor: { type: 'system' },
        action: 'registry.actors_matched',
        target: { type: 'report', id: r.id },
        meta: { registered: actors.registered, unregistered: actors.unregistered },
      }
    : null;
}

/**
 * Errors that say nothing about the report: the database is away or busy (connection lost, shutting down,
 * out of resources, a deadlock or serialisation conflict, a lock or statement timeout). Indexing pauses and
 * tries the same reports again later. Anything else — the database refusing what this report would write
 * (a constraint, a bad value: SQLSTATE classes 22, 23, 42…), its content not opening — belongs to the
 * report, which is quarantined so the reports behind it go on.
 */
export function isTransient(err: unknown): boolean {
  const e = err as { name?: unknown; code?: unknown } | undefined;
  if (e?.name === 'DatabaseUnavailableError') return true;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(08|53|57|58)/.test(code)) return true; // connection, resources, operator intervention, system
  if (code === '40001' || code === '40P01' || code === '55P03' || code === '57014') return true;
  // Node's own socket errors on the way to PostgreSQL.
  return /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/.test(code);
}

const errorCodeOf = (err: unknown): string => {
  const e = err as { code?: unknown; name?: unknown } | undefined;
  if (typeof e?.code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(e.code)) return e.code;
  return typeof e?.name === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(e.name) ? e.name : 'Error';
};

/**
 * Indexes up to `limit` waiting reports in one transaction; returns how many it took. If one report makes
 * indexing fail for a reason of its own, the batch is redone one report at a time and that report alone is
 * quarantined (indexing.quarantine: error code, attempts, next attempt) — one bad report never stops the
 * reports behind it. A database outage is thrown: the scheduler tries again later.
 */
export async function indexPendingBatch(
  deps: IndexingDeps,
  opts: { limit?: number; log?: Logger } = {},
): Promise<number> {
  const limit = opts.limit ?? BATCH_SIZE;
  try {
    return await indexBatch(deps, limit);
  } catch (err) {
    if (isTransient(err)) throw err;
    if (limit === 1) return quarantineOldest(deps, err, opts.log);
    let done = 0;
    for (let i = 0; i < limit; i++) {
      const n = await indexPendingBatch(deps, { ...opts, limit: 1 });
      if (n === 0) break;
      done += n;
    }
    return done;
  }
}

async function indexBatch(deps: IndexingDeps, limit: number): Promise<number> {
  // The registers' index is made ready before the transaction (a first build reads every entry).
  const index = await deps.runtime.registries.current(deps.db);
  const registers = { index, version: deps.runtime.registries.version };
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const batch = await claimPendingReports(tx, limit, now);
    const matched: { entry: AuditEntry; at: Date }[] = [];
    for (const r of batch) {
      const entry = await indexOne(tx, deps, r, now, registers);
      if (entry) matched.push({ entry, at: now });
    }
    await appendAuditEntries(tx, deps.keys, [
      ...batch.filter((r) => !r.quarantined).map(receivedEntry),
      ...matched,
    ]);
    await markIndexed(
      tx,
      batch.map((r) => r.id),
      now,
    );
    return batch.length;
  });
}

/** The oldest waiting report could not be indexed: quarantine it and let the queue move on. */
async function quarantineOldest(deps: IndexingDeps, err: unknown, log?: Logger): Promise<number> {
  const errorCode = errorCodeOf(err);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [r] = await claimPendingReports(tx, 1, now);
    if (!r) return 0;
    if (!r.quarantined) await appendAuditEntries(tx, deps.keys, [receivedEntry(r)]);
    const attempts = await quarantineReport(tx, {
      reportId: r.id,
      errorCode,
      now,
      firstRetryMs: QUARANTINE_FIRST_RETRY_MS,
      maxRetryMs: QUARANTINE_MAX_RETRY_MS,
    });
    // A code only: the error's message may quote what the report holds.
    log?.error({ code: 'indexing.report_quarantined', errorCode, attempts }, 'a report could not be indexed');
    return 1;
  });
}
