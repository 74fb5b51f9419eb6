import type {
  PlanItem,
  RecordKind,
  RecordTrim,
  RetentionPlan,
  RetentionRun,
  RetentionSettings,
  RuleCount,
} from '../../shared/contracts/retention.ts';
import type { AppDeps } from '../deps.ts';
import {
  type AuditActor,
  type AuditEntry,
  appendAudit,
  appendAuditEntries,
} from '../platform/audit/audit.ts';
import { drainBlobQueue } from './blob-queue.ts';
import { deidentify, destroy } from './dispose.ts';
import { findDueCases, findDueRecords } from './due.ts';
import { readSettings } from './schedule.ts';
import { expireReceipts, withMergedCases, writeLedger } from './tombstones.ts';
import { trimRecords } from './trim-records.ts';

/**
 * The retention run: everything the schedule makes due, now. Idempotent and resumable — each batch of cases
 * is one transaction that locks them and checks again that they are due and not held, so two runs (two
 * instances, a run from the CLI during the job's) never dispose of a case twice, and a run cut short
 * leaves every case either untouched or done. Blobs leave the file store after their batch committed.
 * Each run that did anything is audited with counts per rule, never a word of content; each case disposed
 * of is audited with the rule applied.
 */
export type RetentionDeps = Pick<AppDeps, 'db' | 'keys' | 'vault' | 'clock' | 'blobs'>;

/** Cases per transaction: small enough that a run steps aside quickly, large enough to be set-based. */
export const RETENTION_BATCH = 25;

const countRules = (items: readonly { rule: string; reports?: number }[]): RuleCount[] => {
  const byRule = new Map<string, RuleCount>();
  for (const i of items) {
    const c = byRule.get(i.rule) ?? { rule: i.rule, cases: 0, reports: 0 };
    c.cases++;
    c.reports += i.reports ?? 0;
    byRule.set(i.rule, c);
  }
  return [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
};

/** The dry run: what a run now would do, by rule, without touching anything. */
export async function planRetention(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  opts: { limit?: number } = {},
): Promise<RetentionPlan> {
  const now = deps.clock.now();
  const limit = opts.limit ?? 1000;
  const { settings } = await readSettings(deps.db);
  const notice = settings['notice.upcoming'];
  const upcomingUntil = notice === null ? now : new Date(now.getTime() + notice * 60_000);
  const { due, upcoming } = await findDueCases(deps.db, settings, { now, upcomingUntil });
  const acting = due.filter((d) => !d.held);
  const records = await findDueRecords(deps.db, settings, { now, limit });
  const strip = ({ held: _held, ...item }: PlanItem & { held: boolean }): PlanItem => item;
  return {
    at: now.toISOString(),
    rules: [...countRules(acting), ...countRules(records)],
    items: acting.slice(0, limit).map(strip),
    records,
    upcoming: upcoming.slice(0, limit).map(strip),
    held: due.length - acting.length,
    truncated: acting.length > limit || upcoming.length > limit || records.length >= limit,
  };
}

type BatchOutcome = { items: PlanItem[]; keysShredded: number };

/** One transaction: locks the cases, keeps those still due and not held, disposes of them. */
async function disposeBatch(
  deps: RetentionDeps,
  settings: RetentionSettings,
  caseIds: readonly string[],
  now: Date,
  actor: AuditActor,
): Promise<BatchOutcome> {
  return deps.db.transaction(async (tx) => {
    await tx.query('SELECT id FROM cases WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [caseIds]);
    const wanted = new Set(caseIds);
    const { due } = await findDueCases(tx, settings, { now, only: caseIds });
    const items = due.filter((d) => wanted.has(d.caseId) && !d.held);
    if (items.length === 0) return { items: [], keysShredded: 0 };
    let keysShredded = 0;
    for (const action of ['deidentify', 'destroy'] as const) {
      const batch = items.filter((i) => i.action === action);
      if (batch.length === 0) continue;
      const roots = batch.map((i) => i.caseId);
      const caseTree = await withMergedCases(tx, roots);
      const { rows } = await tx.query<{ id: string; case_id: string }>(
        'SELECT id, case_id FROM reports WHERE case_id = ANY($1::uuid[])',
        [caseTree],
      );
      const target = { caseIds: caseTree, reportIds: rows.map((r) => r.id) };
      if (action === 'deidentify') {
        keysShredded += (await deidentify(tx, deps, target, now)).keysShredded;
      } else {
        const ruleOfCase = new Map(batch.map((i) => [i.caseId, i.rule]));
        const ruleOfReport = new Map(rows.map((r) => [r.id, ruleOfCase.get(r.case_id) ?? 'retention']));
        const receipt = settings['notice.receipt'];
        const outcome = await destroy(tx, deps, target, {
          now,
          rule: (id) => ruleOfReport.get(id) ?? 'retention',
          receiptUntil: receipt === null ? null : new Date(now.getTime() + receipt * 60_000),
        });
        keysShredded += outcome.keysShredded;
      }
    }
    const entries: { entry: AuditEntry; at: Date }[] = items.map((i) => ({
      entry: {
        actor,
        action: i.action === 'destroy' ? 'retention.case.destroyed' : 'retention.case.deidentified',
        target: { type: 'case', id: i.caseId },
        meta: { rule: i.rule, reports: i.reports },
      },
      at: now,
    }));
    await appendAuditEntries(tx, deps.keys, entries, { monotonic: true });
    return { items: items.map(({ held: _held, ...item }) => item), keysShredded };
  });
}

/**
 * Runs the schedule now: first what a crash may have left (blobs to delete, tombstones to copy to the file
 * store), receipts whose notice ended, then every case due (up to `maxCases`), then records due.
 * `more` says cases were left for the next run.
 */
export async function runRetention(
  deps: RetentionDeps,
  opts: { actor: AuditActor; maxCases?: number; stopping?: () => boolean },
): Promise<RetentionRun & { more: boolean }> {
  const now = deps.clock.now();
  let blobsDeleted = await drainBlobQueue(deps);
  const receiptsExpired = await expireReceipts(deps.db, now);
  const { settings } = await readSettings(deps.db);
  const { due } = await findDueCases(deps.db, settings, { now });
  const todo = due.filter((d) => !d.held);
  const max = opts.maxCases ?? 1000;
  const done: PlanItem[] = [];
  let keysShredded = 0;
  for (let i = 0; i < Math.min(todo.length, max); i += RETENTION_BATCH) {
    const ids = todo.slice(i, Math.min(i + RETENTION_BATCH, max)).map((d) => d.caseId);
    const outcome = await disposeBatch(deps, settings, ids, now, opts.actor);
    done.push(...outcome.items);
    keysShredded += outcome.keysShredded;
    blobsDeleted += await drainBlobQueue(deps);
    if (opts.stopping?.()) break;
  }
  const records: RecordTrim[] = [];
  if (!opts.stopping?.()) {
    for (const trim of await findDueRecords(deps.db, settings, { now, limit: max })) {
      const outcome = await deps.db.transaction(async (tx) => {
        // Locked and checked again: the case may have been reopened, held or disposed of meanwhile.
        const { rows } = await tx.query<{ ok: boolean }>(
          `SELECT (status = 'closed' AND deidentified_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM legal_holds h WHERE h.case_id = cases.id AND h.lifted_at IS NULL)) AS ok
             FROM cases WHERE id = $1 FOR UPDATE`,
          [trim.caseId],
        );
        if (!rows[0]?.ok) return null;
        const kind = trim.rule.slice('keep.'.length) as RecordKind;
        const result = await trimRecords(tx, deps, { caseId: trim.caseId, kind }, now);
        await appendAudit(
          tx,
          deps.keys,
          {
            actor: opts.actor,
            action: 'retention.records.removed',
            target: { type: 'case', id: trim.caseId },
            meta: { rule: trim.rule },
          },
          now,
        );
        return result;
      });
      if (!outcome) continue;
      records.push(trim);
      keysShredded += outcome.keysShredded;
    }
    blobsDeleted += await drainBlobQueue(deps);
  }
  await writeLedger(deps);
  const rules = [...countRules(done), ...countRules(records)];
  if (rules.length > 0 || blobsDeleted > 0 || receiptsExpired > 0) {
    await deps.db.transaction((tx) =>
      appendAudit(
        tx,
        deps.keys,
        {
          actor: opts.actor,
          action: 'retention.run',
          meta: {
            ...Object.fromEntries(rules.map((r) => [r.rule, r.cases])),
            blobs: blobsDeleted,
            keys: keysShredded,
            receipts: receiptsExpired,
          },
        },
        now,
      ),
    );
  }
  return {
    at: now.toISOString(),
    rules,
    items: done,
    records,
    blobsDeleted,
    keysShredded,
    receiptsExpired,
    more: todo.length > max || (opts.stopping?.() ?? false),
  };
}
