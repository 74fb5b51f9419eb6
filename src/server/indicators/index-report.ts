import type { AppDeps } from '../app.ts';
import { type LinkOutcome, linkNewReport } from '../campaigns/linking.ts';
import { blindIndexFor } from '../platform/crypto/blind-index.ts';
import type { DataKey } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { indexSearchTokens, removeSearchTokens } from '../search/tokens.ts';
import {
  type ExtractedIndicator,
  extractFromMessage,
  extractFromReport,
  type StructuredIndicatorInput,
} from './extract.ts';
import {
  deleteOccurrencesOfReport,
  findValues,
  hex,
  insertOccurrences,
  insertValues,
  lookupValues,
  valuesOfReport,
} from './repo.ts';
import { ensureWarningListSeeded } from './warning-list.ts';

/**
 * The one call intake makes, inside its transaction, once the report and its case rows exist:
 *
 *   await indexReport(tx, deps, { reportId, caseId, narrative, suspectedState, perpetrators });
 *
 * It extracts and normalises the identifiers, stores each distinct value once (blind index + sealed value)
 * and one occurrence per report, links the case to the cases that share a value (alerts, campaigns), and
 * adds the narrative's blind search tokens. Nothing is stored in plaintext.
 */

export type IndexDeps = Pick<AppDeps, 'keys' | 'vault' | 'clock'>;

export type IndexReportOptions = {
  reportId: string;
  caseId: string;
  narrative: string;
  suspectedState?: string | null | undefined;
  perpetrators?: readonly {
    description?: string | undefined;
    indicators?: readonly StructuredIndicatorInput[];
  }[];
  now?: Date;
  /** The report's data key: new indicator values are sealed under it (one key fewer per report). */
  dataKey?: DataKey | undefined;
};

export type IndexOutcome = LinkOutcome & { indicators: number; tokens: number };

export const valueAad = (kind: string) => `indicator.value:${kind}`;

/** Stores the values and occurrences of one report; returns the ids of the values it now mentions. */
export async function recordIndicators(
  tx: Queryable,
  deps: IndexDeps,
  opts: {
    reportId: string;
    caseId: string;
    indicators: readonly ExtractedIndicator[];
    now: Date;
    /** The report was just created: it has no occurrences yet (saves a lookup). */
    fresh?: boolean;
    /** Seal new values under this key (the report's own) instead of a new one. */
    dataKey?: DataKey | undefined;
  },
): Promise<string[]> {
  if (opts.indicators.length === 0) return [];
  const items = opts.indicators.map((i) => ({
    ...i,
    blindIndex: blindIndexFor(deps.keys.blindIndex, i.kind, i.value),
  }));
  const { known, warned } = await lookupValues(
    tx,
    items.map((i) => i.blindIndex),
  );
  const idOf = new Map(known.map((k) => [k.blind_index_hex, k.id]));
  const missing = items.filter((i) => !idOf.has(hex(i.blindIndex)));
  if (missing.length > 0) {
    const dataKey = opts.dataKey ?? (await deps.vault.newDataKey(tx));
    const inserted = await insertValues(
      tx,
      missing.map((m) => ({
        kind: m.kind,
        platform: m.platform ?? null,
        blindIndex: m.blindIndex,
        sealed: deps.vault.seal(dataKey, m.value, valueAad(m.kind)),
        warned: warned.has(hex(m.blindIndex)),
      })),
      opts.now,
    );
    for (const row of inserted) idOf.set(row.blind_index_hex, row.id);
    if (inserted.length < missing.length) {
      // Another report brought the same value at the same moment: take its row.
      for (const row of await findValues(
        tx,
        missing.map((m) => m.blindIndex),
      ))
        idOf.set(row.blind_index_hex, row.id);
    }
  }
  const already = opts.fresh ? new Set<string>() : await valuesOfReport(tx, opts.reportId);
  const rows: { valueId: string; source: string }[] = [];
  for (const item of items) {
    const valueId = idOf.get(hex(item.blindIndex));
    if (!valueId || already.has(valueId)) continue;
    already.add(valueId);
    rows.push({ valueId, source: item.source });
  }
  await insertOccurrences(tx, rows, opts.reportId, opts.caseId);
  return rows.map((r) => r.valueId);
}

export async function indexReport(
  tx: Queryable,
  deps: IndexDeps,
  opts: IndexReportOptions,
): Promise<IndexOutcome> {
  const now = opts.now ?? deps.clock();
  await ensureWarningListSeeded(tx, deps);
  const indicators = extractFromReport(opts);
  const valueIds = await recordIndicators(tx, deps, {
    reportId: opts.reportId,
    caseId: opts.caseId,
    indicators,
    now,
    fresh: true,
    dataKey: opts.dataKey,
  });
  const outcome = await linkNewReport(tx, { caseId: opts.caseId, valueIds, now });
  const tokens = await indexSearchTokens(tx, deps.keys.searchToken, {
    reportId: opts.reportId,
    texts: [opts.narrative, ...(opts.perpetrators ?? []).map((p) => p.description ?? '')],
  });
  return { ...outcome, indicators: indicators.length, tokens };
}

/** A message from the reporter: its identifiers join the report's, and its words become searchable. */
export async function indexMessage(
  tx: Queryable,
  deps: IndexDeps,
  opts: {
    reportId: string;
    caseId: string;
    text: string;
    suspectedState?: string | null;
    now?: Date;
    /** The message's data key: new values are sealed under it. */
    dataKey?: DataKey | undefined;
  },
): Promise<IndexOutcome> {
  const now = opts.now ?? deps.clock();
  await ensureWarningListSeeded(tx, deps);
  const indicators = extractFromMessage(opts.text, { originState: opts.suspectedState ?? null });
  const valueIds = await recordIndicators(tx, deps, {
    reportId: opts.reportId,
    caseId: opts.caseId,
    indicators,
    now,
    dataKey: opts.dataKey,
  });
  const outcome = await linkNewReport(tx, { caseId: opts.caseId, valueIds, now });
  const tokens = await indexSearchTokens(tx, deps.keys.searchToken, {
    reportId: opts.reportId,
    texts: [opts.text],
  });
  return { ...outcome, indicators: indicators.length, tokens };
}

/**
 * Forgets a report (deletion on request, retention): its occurrences, values no other report mentions, and
 * its search tokens. Call before deleting the report row, with the texts that were indexed.
 */
export async function forgetReport(
  tx: Queryable,
  deps: IndexDeps,
  opts: { reportId: string; texts: readonly string[] },
): Promise<void> {
  await deleteOccurrencesOfReport(tx, opts.reportId);
  await removeSearchTokens(tx, deps.keys.searchToken, opts);
}
