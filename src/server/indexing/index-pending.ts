import type { Logger } from 'pino';
import type { AppDeps } from '../deps.ts';
import { indexReport } from '../indicators/index-report.ts';
import { type AuditEntry, appendAuditEntries } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { claimPendingReports, markIndexed, type PendingReport } from './repo.ts';

/**
 * The second half of intake, after the reporter has their receipt: for each saved report, extract and link
 * its identifiers, store its search tokens, and chain its `report.received` audit entry — in batches, so a
 * hundred reports cost a handful of transactions instead of a hundred long ones on the public path.
 *
 * Nothing is lost between the two halves: a report is committed with `indexed_at` NULL and stays in the
 * queue until one transaction has indexed it, chained its audit entry and set `indexed_at` — after a crash
 * the next start picks it up again. Until then staff already see it in the queue (without links).
 */
export type IndexingDeps = Pick<AppDeps, 'db' | 'keys' | 'vault' | 'clock'>;

export const BATCH_SIZE = 100;

const receivedEntry = (r: PendingReport): { entry: AuditEntry; at: Date } => ({
  entry: {
    actor: { type: 'reporter' },
    action: 'report.received',
    target: { type: 'report', id: r.id },
    meta: { risk: r.risk, files: r.files, verified: r.verified },
  },
  at: r.received_at,
});

async function indexOne(tx: Queryable, deps: IndexingDeps, r: PendingReport, now: Date): Promise<void> {
  const dataKey = await deps.vault.dataKey(tx, r.data_key_id);
  const narrative = await deps.vault.openText(tx, r.narrative_sealed, `report.narrative:${r.id}`);
  const details = r.details_sealed
    ? (JSON.parse(await deps.vault.openText(tx, r.details_sealed, `report.details:${r.id}`)) as {
        perpetrators?: Parameters<typeof indexReport>[2]['perpetrators'];
      })
    : {};
  await indexReport(tx, deps, {
    reportId: r.id,
    caseId: r.case_id,
    narrative,
    suspectedState: r.suspected_state,
    perpetrators: details.perpetrators ?? [],
    now,
    dataKey,
  });
}

/** A database problem (unreachable, deadlock, serialisation): worth retrying later, not a bad report. */
const isTransient = (err: unknown) =>
  (err as Error | undefined)?.name === 'DatabaseUnavailableError' ||
  typeof (err as { code?: unknown } | undefined)?.code === 'string';

/**
 * Indexes up to `limit` waiting reports in one transaction; returns how many it took. If one report makes
 * indexing throw (a bug, never a database outage), the batch is redone one report at a time and that report
 * is recorded as received but left unindexed, with a content-free warning — one bad report must not stop
 * every report behind it.
 */
export async function indexPendingBatch(
  deps: IndexingDeps,
  opts: { limit?: number; log?: Logger } = {},
): Promise<number> {
  const limit = opts.limit ?? BATCH_SIZE;
  try {
    return await deps.db.transaction(async (tx) => {
      const now = deps.clock();
      const batch = await claimPendingReports(tx, limit);
      for (const r of batch) await indexOne(tx, deps, r, now);
      await appendAuditEntries(tx, batch.map(receivedEntry));
      await markIndexed(
        tx,
        batch.map((r) => r.id),
        now,
      );
      return batch.length;
    });
  } catch (err) {
    if (isTransient(err) || limit === 1) {
      if (limit === 1 && !isTransient(err)) return quarantineOne(deps, opts.log);
      throw err;
    }
    let done = 0;
    for (let i = 0; i < limit; i++) {
      const n = await indexPendingBatch(deps, { ...opts, limit: 1 });
      if (n === 0) break;
      done += n;
    }
    return done;
  }
}

/** The oldest waiting report could not be indexed: record its arrival anyway and let the queue move on. */
async function quarantineOne(deps: IndexingDeps, log?: Logger): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const [r] = await claimPendingReports(tx, 1);
    if (!r) return 0;
    await appendAuditEntries(tx, [receivedEntry(r)]);
    await markIndexed(tx, [r.id], deps.clock());
    log?.error({ code: 'indexing.report_failed' }, 'a report could not be indexed; it is saved, not linked');
    return 1;
  });
}
