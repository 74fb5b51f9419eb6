import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { recomputeCampaigns } from '../campaigns/linking.ts';
import type { AppDeps } from '../deps.ts';
import { ensureWarningListSeeded } from '../indicators/warning-list.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import type { DataKey } from '../platform/crypto/envelope.ts';
import { DEFAULT_BATCH, type PreparedBatch, Preparer, rehydrate, writeBatch } from './bulk-batch.ts';
import type { WorkerInput, WorkerMessage } from './bulk-load-worker.ts';
import { type GenerateOptions, generateReports, type SyntheticReport } from './generate.ts';

/**
 * Loads synthetic reports in bulk — a million in minutes on PostgreSQL — writing the rows that intake and
 * the background indexer would have written for each one, set-based:
 *
 *   - a case and a report per synthetic report, as intake writes them (reports/: the same row, sealed by
 *     the same codec, written by insertReports), flagged `synthetic`, with `indexed_at` set to the moment
 *     its batch is written: the background indexer has nothing left to do, and the dashboards' catch-up
 *     sees the reports arrive as it would after indexing;
 *   - the identifiers, extracted and normalised by the same code intake uses (extractFromReport), each
 *     distinct value stored once by blind index and sealed, with one occurrence per report and the counts
 *     kept true; values on the warning list are marked warned;
 *   - the blind search tokens of the narrative and descriptions (tokenise + searchTokenFor, each once);
 *   - then one campaign recomputation (the incremental linking of intake would reach the same campaigns;
 *     its per-report alerts for the console are not made for synthetic data), and ONE audit entry for
 *     the whole load with counts only.
 *
 * Differences from intake, acceptable for synthetic data only:
 *   - one data key per batch instead of one per report (made up front, written with the batch's first
 *     report);
 *   - nobody ever holds a receipt, so the receipt hash is 32 random bytes (what a keyed hash of an unknown
 *     receipt looks like);
 *   - report and case ids are time-ordered UUIDs (version 7 layout) so that the primary keys, and above
 *     all the search-token key (token, report_id), grow at their right edge instead of being written at
 *     random places of indexes larger than memory.
 *
 * Work is pipelined: batches are generated, extracted, tokenised and sealed in worker threads (one per
 * core; see bulk-batch.ts) while the database writes the batch before, in order, so every core works and
 * a server running the load keeps answering. With `workers: 0` the batches are prepared in this thread,
 * one ahead of the database, yielding to the event loop every few hundred reports.
 *
 * Each batch is its own transaction: a load that fails half-way leaves the batches written so far
 * (complete reports, flagged synthetic), and still writes its audit entry, saying it did not complete.
 */

export type BulkLoadDeps = Pick<AppDeps, 'db' | 'keys' | 'vault' | 'clock'>;

export type BulkLoadOptions = {
  count: number;
  seed?: number;
  /** Reports per transaction (default 5,000). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Shape of the synthetic data (campaign share and size, time span); see generateReports. */
  generate?: Omit<GenerateOptions, 'count' | 'seed'>;
  /** Who the audit entry names (default: the system). */
  actor?: AuditActor;
  /** Skip the final campaign recomputation (a benchmark that times it on its own). */
  skipRecompute?: boolean;
  /** Worker threads that prepare batches (default: one per core; 0 prepares them in this thread). */
  workers?: number;
};

export type BulkLoadResult = {
  reports: number;
  /** Campaigns after the recomputation (all of them, not only synthetic ones). */
  campaigns: number;
  /** Distinct identifiers this load added (values already stored are counted in occurrences only). */
  values: number;
  occurrences: number;
  searchTokens: number;
  seconds: number;
};

const isUniqueViolation = (err: unknown) => (err as { code?: string } | undefined)?.code === '23505';

export async function bulkLoadReports(deps: BulkLoadDeps, opts: BulkLoadOptions): Promise<BulkLoadResult> {
  const started = performance.now();
  const { db } = deps;
  const total = opts.count;
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const batches = Math.ceil(total / batchSize);
  const keys = await db.transaction(async (tx) => {
    await ensureWarningListSeeded(tx, deps);
    const made = [];
    for (let i = 0; i < batches; i++) made.push(await deps.vault.prepareDataKey(tx));
    return made;
  });
  const dataKeys = keys.map((k) => k.dataKey);

  opts.onProgress?.(0, total);
  const generate = { ...opts.generate, count: total, seed: opts.seed ?? 1 };
  const parts = Math.max(0, Math.floor(opts.workers ?? availableParallelism()));
  const preparerOptions = { stamp: Date.now(), batchSize, parts: parts + 1 };
  // This thread's preparer renumbers a batch whose references met older ones (and prepares every batch
  // when there are no workers); its references end differently from the workers'.
  const preparer = new Preparer(deps, { ...preparerOptions, part: parts, yieldNow: true });
  const source =
    parts === 0
      ? preparedHere(preparer, generate, dataKeys)
      : preparedByWorkers(parts, { keys: deps.keys, dataKeys, generate, preparer: preparerOptions });
  const write = async (b: PreparedBatch) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const indexedAt = deps.clock.now();
        await db.transaction((tx) => writeBatch(tx, b, { dataKey: keys[b.index]!.row, indexedAt }));
        return;
      } catch (err) {
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
        preparer.renumber(b);
      }
    }
  };

  const totals = { reports: 0, values: 0, occurrences: 0, tokens: 0 };
  let failure: unknown;
  let recomputed = { campaigns: 0 };
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const prepared of source) {
      await writing;
      writing = write(prepared).then(() => {
        totals.reports += prepared.size;
        totals.values += prepared.counts.values;
        totals.occurrences += prepared.counts.occurrences;
        totals.tokens += prepared.counts.tokens;
        opts.onProgress?.(totals.reports, total);
      });
      // Not left unhandled while the next batch is prepared; awaited (and thrown) on the next turn.
      writing.catch(() => {});
    }
    await writing;
    // The planner must know the tables grew (PGlite has no autovacuum to tell it).
    await db.exec(
      'ANALYZE cases; ANALYZE reports; ANALYZE indicator_values; ANALYZE indicator_occurrences; ANALYZE search_tokens',
    );
    if (!opts.skipRecompute) recomputed = await recomputeCampaigns(db, { now: deps.clock.now() });
  } catch (err) {
    failure = err;
    await writing.catch(() => {});
  } finally {
    await source.return(undefined);
  }
  const audited = db.transaction((tx) =>
    appendAudit(
      tx,
      deps.keys,
      {
        actor: opts.actor ?? { type: 'system' },
        action: 'demo.reports_loaded',
        meta: {
          reports: totals.reports,
          requested: total,
          values: totals.values,
          occurrences: totals.occurrences,
          campaigns: recomputed.campaigns,
          completed: failure === undefined,
        },
      },
      deps.clock.now(),
    ),
  );
  if (failure !== undefined) {
    // The load's own error says more than a second one from the audit entry (the database is gone, say).
    await audited.catch(() => {});
    throw failure;
  }
  await audited;
  return {
    reports: totals.reports,
    campaigns: recomputed.campaigns,
    values: totals.values,
    occurrences: totals.occurrences,
    searchTokens: totals.tokens,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Batches prepared in this thread, one ahead of the database (the loop awaits the previous write after). */
async function* preparedHere(
  preparer: Preparer,
  generate: GenerateOptions & { count: number },
  dataKeys: readonly DataKey[],
): AsyncGenerator<PreparedBatch> {
  const generator = generateReports(generate);
  for (let index = 0; ; index++) {
    const batch: SyntheticReport[] = [];
    for (let i = 0; i < preparer.batchSize; i++) {
      const next = generator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) return;
    yield await preparer.prepare(batch, dataKeys[index]!, index);
  }
}

/** Batches prepared by worker threads, yielded in order; the workers stop when this generator returns. */
async function* preparedByWorkers(
  parts: number,
  input: Omit<WorkerInput, 'preparer' | 'workers'> & { preparer: Omit<WorkerInput['preparer'], 'part'> },
): AsyncGenerator<PreparedBatch> {
  const batches = Math.ceil(input.generate.count / input.preparer.batchSize);
  const arrived = new Map<number, PreparedBatch>();
  let failed: Error | undefined;
  let wake: (() => void) | undefined;
  const workers = Array.from({ length: parts }, (_, part) => {
    const worker = new Worker(new URL('./bulk-load-worker.ts', import.meta.url), {
      workerData: { ...input, workers: parts, preparer: { ...input.preparer, part } } satisfies WorkerInput,
    });
    worker.on('message', (m: WorkerMessage) => {
      arrived.set(m.batch.index, m.batch);
      wake?.();
    });
    worker.on('error', (err) => {
      failed = err;
      wake?.();
    });
    return worker;
  });
  try {
    for (let index = 0; index < batches; index++) {
      while (!arrived.has(index)) {
        if (failed) throw failed;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      const batch = rehydrate(arrived.get(index)!);
      arrived.delete(index);
      // The worker may prepare one more.
      workers[index % parts]!.postMessage('more');
      yield batch;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
