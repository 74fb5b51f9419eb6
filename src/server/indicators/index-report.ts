import { type FoundLinks, type LinkOutcome, linkNewReport } from '../campaigns/linking.ts';
import { aad } from '../cases/sealing.ts';
import type { AppDeps } from '../deps.ts';
import { blindIndexFor } from '../platform/crypto/blind-index.ts';
import type { DataKey, SealingKey } from '../platform/crypto/envelope.ts';
import type { Queryable } from '../platform/db/db.ts';
import { openDetails, openNarrative } from '../reports/sealing.ts';
import { removeSearchTokens, removeTokensOfReport, searchTokens } from '../search/tokens.ts';
import {
  type ExtractedIndicator,
  extractFromMessage,
  extractFromReport,
  type StructuredIndicatorInput,
} from './extract.ts';
import {
  deleteMessageOccurrences,
  deleteOccurrencesOfReport,
  hex,
  indexedTextsOfReport,
  knownAmong,
  markNothingToIndex,
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
  language?: string | null | undefined;
  suspectedState?: string | null | undefined;
  perpetrators?: readonly {
    description?: string | undefined;
    indicators?: readonly StructuredIndicatorInput[];
  }[];
  now?: Date;
  /** The report's data key: new indicator values are sealed under it (one key fewer per report). */
  dataKey?: SealingKey | undefined;
};

export type IndexOutcome = LinkOutcome & { indicators: number; tokens: number };

export const valueAad = (kind: string) => `indicator.value:${kind}`;

type Recorded = { found: FoundLinks; tokens: number };

/**
 * Stores one report's values, occurrences and search tokens and finds the cases they link it to, in one
 * call to index_report_indicators (migration 0014: one round trip, plans kept by the connection).
 * Values new to the database are sealed under `dataKey`; without one, the known values are looked up
 * first and a data key is made only if some are new.
 */
async function recordReport(
  tx: Queryable,
  deps: IndexDeps,
  opts: {
    reportId: string;
    caseId: string;
    indicators: readonly ExtractedIndicator[];
    texts: readonly string[];
    now: Date;
    dataKey?: SealingKey | undefined;
  },
): Promise<Recorded> {
  // One item per value: the surest mention names how it was found. (Values staff removed from this report
  // stay removed: index_report_indicators leaves them out.)
  const items = new Map<string, ExtractedIndicator>();
  for (const i of opts.indicators) {
    const blind = hex(blindIndexFor(deps.keys.blindIndex, i.kind, i.value));
    const known = items.get(blind);
    if (!known || (known.confidence === 'medium' && i.confidence === 'high')) items.set(blind, i);
  }
  const tokens = new Set<string>();
  for (const text of opts.texts)
    for (const t of searchTokens(deps.keys.searchToken, text)) tokens.add(hex(t));

  let dataKey = opts.dataKey;
  let sealFor = (_blind: string): boolean => true;
  if (!dataKey && items.size > 0) {
    const knownSet = await knownAmong(tx, [...items.keys()]);
    sealFor = (blind) => !knownSet.has(blind);
    if (knownSet.size < items.size) dataKey = await deps.vault.newDataKey(tx);
  }
  const call = async (
    blinds: readonly string[],
    sealAll: boolean,
    key: SealingKey | undefined,
    withTokens: boolean,
  ) => {
    const chosen = blinds.map((b) => [b, items.get(b)!] as const);
    const { rows } = await tx.query<{ r: IndexedRow }>(
      'SELECT index_report_indicators($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) AS r',
      [
        opts.reportId,
        opts.caseId,
        opts.now,
        chosen.map(([, i]) => i.kind),
        chosen.map(([, i]) => i.platform ?? null),
        chosen.map(([b]) => b),
        chosen.map(([b, i]) =>
          key && (sealAll || sealFor(b)) ? hex(deps.vault.seal(key, i.value, valueAad(i.kind))) : null,
        ),
        chosen.map(([, i]) => i.source),
        chosen.map(([, i]) => i.matchedAs),
        chosen.map(([, i]) => i.confidence),
        chosen.map(([, i]) => i.linkable),
        withTokens ? [...tokens] : [],
      ],
    );
    return rows[0]!.r;
  };
  const first = await call([...items.keys()], false, dataKey, true);
  if (first.missing.length === 0) return { found: first, tokens: tokens.size };
  // A value we took for known was forgotten meanwhile: seal it and record it again.
  const again = await call(first.missing, true, dataKey ?? (await deps.vault.newDataKey(tx)), false);
  return {
    found: { links: [...first.links, ...again.links], campaigns: [...first.campaigns, ...again.campaigns] },
    tokens: tokens.size,
  };
}

type IndexedRow = FoundLinks & { missing: string[] };

export async function indexReport(
  tx: Queryable,
  deps: IndexDeps,
  opts: IndexReportOptions,
): Promise<IndexOutcome> {
  const now = opts.now ?? deps.clock.now();
  await ensureWarningListSeeded(tx, deps);
  const indicators = extractFromReport(opts);
  const texts = [opts.narrative, ...(opts.perpetrators ?? []).map((p) => p.description ?? '')];
  const { found, tokens } = await recordReport(tx, deps, { ...opts, indicators, texts, now });
  const outcome = await linkNewReport(tx, { caseId: opts.caseId, reportId: opts.reportId, found, now });
  return { ...outcome, indicators: indicators.length, tokens };
}

/**
 * An identifier a staff member adds to a report: recorded like the report's own (it links, alerts and
 * joins campaigns the same way), and never taken for one staff removed before.
 */
export async function indexStaffIdentifiers(
  tx: Queryable,
  deps: IndexDeps,
  opts: { reportId: string; caseId: string; indicators: readonly ExtractedIndicator[]; now: Date },
): Promise<IndexOutcome> {
  await ensureWarningListSeeded(tx, deps);
  const { found } = await recordReport(tx, deps, { ...opts, texts: [] });
  const outcome = await linkNewReport(tx, {
    caseId: opts.caseId,
    reportId: opts.reportId,
    found,
    now: opts.now,
  });
  return { ...outcome, indicators: opts.indicators.length, tokens: 0 };
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
  const now = opts.now ?? deps.clock.now();
  await ensureWarningListSeeded(tx, deps);
  const indicators = extractFromMessage(opts.text, { suspectedState: opts.suspectedState ?? null });
  const texts = [opts.text];
  const { found, tokens } = await recordReport(tx, deps, { ...opts, indicators, texts, now });
  const outcome = await linkNewReport(tx, { caseId: opts.caseId, reportId: opts.reportId, found, now });
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

/**
 * Forgets a stored report when its reporter asks for deletion (or retention removes it): reads back the
 * texts that were indexed — narrative, perpetrators' descriptions, the reporter's messages — and forgets
 * them, so the report no longer links to any case or comes up in search. The sealed report itself stays
 * until staff delete it under the retention rules. A report still waiting for the background indexer is
 * marked done: there is nothing left to index.
 */
export async function forgetStoredReport(
  tx: Queryable,
  deps: IndexDeps,
  opts: { reportId: string; now?: Date },
): Promise<void> {
  const sealed = await indexedTextsOfReport(tx, opts.reportId);
  if (!sealed) return;
  // A de-identified report has no narrative left: what it had was forgotten when it went.
  const texts = sealed.narrative
    ? [await openNarrative(deps.vault, tx, opts.reportId, sealed.narrative)]
    : [];
  const { perpetrators } = await openDetails(deps.vault, tx, opts.reportId, sealed.details);
  for (const p of perpetrators) texts.push(p.description ?? '');
  for (const m of sealed.messages) texts.push(await deps.vault.openText(tx, m.body, aad.message(m.id)));
  await forgetReport(tx, deps, { reportId: opts.reportId, texts });
  await markNothingToIndex(tx, opts.reportId, opts.now ?? deps.clock.now());
}

/**
 * Forgets what the reporter's messages alone brought to a report that stays (retention removing messages,
 * keep.messages): the search tokens and identifiers found in the messages and nowhere in the report itself.
 * Call before the messages are deleted.
 */
export async function forgetReporterMessages(
  tx: Queryable,
  deps: IndexDeps,
  opts: { reportId: string; suspectedState: string | null },
): Promise<void> {
  const sealed = await indexedTextsOfReport(tx, opts.reportId);
  if (!sealed || sealed.messages.length === 0) return;
  const narrative = sealed.narrative
    ? await openNarrative(deps.vault, tx, opts.reportId, sealed.narrative)
    : '';
  const { perpetrators } = await openDetails(deps.vault, tx, opts.reportId, sealed.details);
  const messages: string[] = [];
  for (const m of sealed.messages) messages.push(await deps.vault.openText(tx, m.body, aad.message(m.id)));

  const kept = new Set(
    [narrative, ...perpetrators.map((p) => p.description ?? '')].flatMap((text) =>
      searchTokens(deps.keys.searchToken, text).map(hex),
    ),
  );
  const gone = new Set(messages.flatMap((text) => searchTokens(deps.keys.searchToken, text).map(hex)));
  await removeTokensOfReport(tx, { reportId: opts.reportId, tokens: [...gone].filter((t) => !kept.has(t)) });

  const blind = (i: ExtractedIndicator) => hex(blindIndexFor(deps.keys.blindIndex, i.kind, i.value));
  const keptValues = new Set(
    extractFromReport({ narrative, suspectedState: opts.suspectedState, perpetrators }).map(blind),
  );
  const goneValues = messages.flatMap((text) =>
    extractFromMessage(text, { suspectedState: opts.suspectedState }).map(blind),
  );
  await deleteMessageOccurrences(tx, opts.reportId, [
    ...new Set(goneValues.filter((b) => !keptValues.has(b))),
  ]);
}
