import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { ReportInput } from '../../shared/contracts/report.ts';
import { extractFromReport } from '../indicators/extract.ts';
import { valueAad } from '../indicators/index-report.ts';
import { assessRisk } from '../intake/risk.ts';
import { blindIndexFor, searchTokenFor } from '../platform/crypto/blind-index.ts';
import type { DataKey, SealingKey, Vault } from '../platform/crypto/envelope.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import { RECEIPT_ALPHABET } from '../platform/crypto/receipts.ts';
import type { Queryable } from '../platform/db/db.ts';
import { insertReports } from '../reports/insert.ts';
import { reportRow } from '../reports/prepare.ts';
import type { NewDataKeyRow, ReportToWrite } from '../reports/row.ts';
import { sealReportInput } from '../reports/sealing.ts';
import { tokenise } from '../search/tokens.ts';
import type { SyntheticReport } from './generate.ts';

/**
 * One batch of the bulk loader (bulk-load.ts): everything the database needs for a few thousand synthetic
 * reports, computed in JavaScript (in a worker thread, or in the loader's own thread) — the reports as rows
 * of reports/ (written by insertReports, as intake's are), and the two statements that write what the
 * indexer would have written for them.
 */

export const DEFAULT_BATCH = 5_000;
/** Reports prepared between two yields to the event loop. */
const SLICE = 250;
/** Bound on the memo caches below (entries); they are emptied when full. */
const MEMO_LIMIT = 400_000;

const hex = (b: Buffer) => b.toString('hex');
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Random bytes drawn from a pool: one call to the system's generator per 64 KiB instead of per id. */
function randomPool() {
  let pool = randomBytes(65_536);
  let at = 0;
  return (n: number): Buffer => {
    if (at + n > pool.length) {
      pool = randomBytes(65_536);
      at = 0;
    }
    at += n;
    return pool.subarray(at - n, at);
  };
}

/**
 * Time-ordered UUIDs (RFC 9562 version 7 layout): the load's start in milliseconds, then a counter that
 * follows the reports' order across batches and workers, then random bits.
 */
function timeOrderedUuid(stamp: number, counter: number, random: Buffer): string {
  const b = Buffer.from(random);
  b.writeUIntBE(stamp, 0, 6);
  const c = counter;
  b[6] = 0x70 | ((c >>> 28) & 0x0f);
  b[7] = (c >>> 20) & 0xff;
  b[8] = 0x80 | ((c >>> 14) & 0x3f);
  b[9] = (c >>> 6) & 0xff;
  b[10] = ((c & 0x3f) << 2) | (b[10]! & 0x03);
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * References as intake writes them (FP- and 7 characters of the receipt alphabet), unique within the load:
 * each maker remembers its own, and makers working side by side (`part` of `parts`) end their references
 * with different characters.
 */
function referenceMaker(part: number, parts: number) {
  const used = new Set<string>();
  const n = RECEIPT_ALPHABET.length;
  const lastChars = [...RECEIPT_ALPHABET].filter((_, i) => i % parts === part);
  const limit = 256 - (256 % n);
  const random = randomPool();
  const char = () => {
    for (;;) {
      const byte = random(1)[0]!;
      if (byte < limit) return RECEIPT_ALPHABET[byte % n]!;
    }
  };
  return () => {
    for (;;) {
      let ref = 'FP-';
      for (let i = 0; i < 6; i++) ref += char();
      ref += lastChars[random(1)[0]! % lastChars.length];
      if (!used.has(ref)) {
        used.add(ref);
        return ref;
      }
    }
  };
}

/** A map that forgets everything when it grows past its limit (the entries it memoises are cheap to redo). */
class Memo<V> {
  #map = new Map<string, V>();
  get(key: string, make: () => V): V {
    let v = this.#map.get(key);
    if (v === undefined) {
      if (this.#map.size >= MEMO_LIMIT) this.#map.clear();
      v = make();
      this.#map.set(key, v);
    }
    return v;
  }
}

/** Column arrays of one batch's indexer statements, as the preparer gathers them. */
type IndexedColumns = {
  values: {
    blindIndex: string[];
    kind: string[];
    platform: (string | null)[];
    /** NULL for a value an earlier batch of this load stored: its count is raised, nothing is inserted. */
    sealed: (string | null)[];
    count: number[];
    firstSeen: Date[];
    /** False for a value that must never link on its own (a shared service's domain): extract.ts. */
    linkable: boolean[];
  };
  occurrences: {
    blindIndex: string[];
    reportId: string[];
    caseId: string[];
    source: string[];
    /** How the extractor found it, and how sure it is: the linking rule weighs medium at half. */
    matchedAs: string[];
    confidence: string[];
  };
  tokens: { token: string[]; reportId: string[]; receivedAt: Date[] };
};

/**
 * A prepared batch: its reports as insertReports writes them, and the indexer's rows as the parameters of
 * the two statements below — every array written as PostgreSQL's array literal, one string each, so a
 * worker thread hands over a few large strings instead of a hundred thousand small ones.
 */
export type PreparedBatch = {
  /** The batch's position in the load (its data key's). */
  index: number;
  size: number;
  /** Values the batch stored anew (known once written), occurrences and search tokens. */
  counts: { values: number; occurrences: number; tokens: number };
  /** Sealed under the batch's data key, whose row the loader gives the first of them to write. */
  reports: ReportToWrite[];
  values: string[] | null;
  tokens: string[] | null;
};

/** Every report of the loader opens a new case, as intake's do; staff have not seen it yet. */
const NEW_CASE = { status: 'new', spam: false } as const;

/**
 * The batch's identifiers: values already stored by this load have their counts raised; the others are
 * inserted (or, when an earlier report outside this load brought them, counted); then one occurrence per
 * report and value, joined on the blind index in the database, so no id travels back to this process.
 * Answers how many values were new (xmax = 0: inserted, not updated).
 */
const UPSERT_VALUES_AND_OCCURRENCES = `
  WITH batch AS (
    SELECT decode(b, 'hex') AS blind_index, k, p, s, c, f, l
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $11::boolean[])
           AS t(b, k, p, s, c, f, l)
  ), known AS (
    UPDATE indicator_values v
       SET occurrence_count = v.occurrence_count + batch.c, first_seen = LEAST(v.first_seen, batch.f)
      FROM batch
     WHERE batch.s IS NULL AND v.blind_index = batch.blind_index
    RETURNING v.id, v.blind_index
  ), added AS (
    INSERT INTO indicator_values (kind, platform, blind_index, value_sealed, warned, linkable, occurrence_count, first_seen)
    SELECT k, p, blind_index, decode(s, 'hex'),
           EXISTS (SELECT 1 FROM indicator_warning_list w WHERE w.blind_index = batch.blind_index), l, c, f
      FROM batch WHERE s IS NOT NULL
    ON CONFLICT (blind_index) DO UPDATE
       SET occurrence_count = indicator_values.occurrence_count + EXCLUDED.occurrence_count,
           first_seen = LEAST(indicator_values.first_seen, EXCLUDED.first_seen)
    RETURNING id, blind_index, xmax = 0 AS inserted
  ), ids AS (
    SELECT id, blind_index FROM known UNION ALL SELECT id, blind_index FROM added
  ), occurrences AS (
    INSERT INTO indicator_occurrences (value_id, report_id, case_id, source, matched_as, confidence)
    SELECT ids.id, o.r, o.c, o.s::indicator_source, o.m, o.n
      FROM unnest($7::text[], $8::uuid[], $9::uuid[], $10::text[], $12::text[], $13::text[]) AS o(b, r, c, s, m, n)
      JOIN ids ON ids.blind_index = decode(o.b, 'hex')
  )
  SELECT count(*) FILTER (WHERE inserted)::int AS inserted FROM added`;

/** Postings carry their report's arrival time (the key's order): the trigger that looks it up stays idle. */
const INSERT_TOKENS = `
  INSERT INTO search_tokens (received_at, token, report_id)
  SELECT a, decode(t, 'hex'), r FROM unnest($1::text[], $2::uuid[], $3::timestamptz[]) AS x(t, r, a)`;

export type PreparerOptions = {
  /** The load's start (ms): the first part of every id. */
  stamp: number;
  batchSize: number;
  /** This preparer's share of the references, when several work side by side. */
  part: number;
  parts: number;
  /** Yield to the event loop now and then (when preparing in the thread that also serves requests). */
  yieldNow?: boolean;
};

export class Preparer {
  readonly #vault: Pick<Vault, 'seal'>;
  readonly #opts: PreparerOptions;
  readonly #random = randomPool();
  // KeyObjects: each HMAC costs about half as much as with the raw key (no key import per call).
  readonly #blindKey: KeyObject;
  readonly #tokenKey: KeyObject;
  readonly #reference: () => string;
  readonly batchSize: number;
  readonly #tokenMemo = new Memo<string>();
  readonly #blindMemo = new Memo<string>();
  /** Values an earlier batch of this load stored (two generations, so the set stays bounded). */
  #stored = new Set<string>();
  #storedBefore = new Set<string>();
  constructor(
    deps: { keys: Pick<KeyRing, 'blindIndex' | 'searchToken'>; vault: Pick<Vault, 'seal'> },
    opts: PreparerOptions,
  ) {
    this.#vault = deps.vault;
    this.#opts = opts;
    this.batchSize = opts.batchSize;
    this.#reference = referenceMaker(opts.part, opts.parts);
    this.#blindKey = createSecretKey(deps.keys.blindIndex);
    this.#tokenKey = createSecretKey(deps.keys.searchToken);
  }

  #wasStored(bi: string) {
    return this.#stored.has(bi) || this.#storedBefore.has(bi);
  }

  #remember(bi: string) {
    if (this.#stored.size >= 2 * MEMO_LIMIT) {
      this.#storedBefore = this.#stored;
      this.#stored = new Set();
    }
    this.#stored.add(bi);
  }

  /** Everything the database needs for these reports, computed here. */
  async prepare(batch: readonly SyntheticReport[], batchKey: DataKey, index: number): Promise<PreparedBatch> {
    const vault = this.#vault;
    const first = index * this.#opts.batchSize;
    const dataKey: SealingKey = { id: batchKey.id, key: createSecretKey(batchKey.key) };
    const reports: ReportToWrite[] = [];
    const counts = { values: 0, occurrences: 0, tokens: 0 };
    const out: IndexedColumns = {
      values: { blindIndex: [], kind: [], platform: [], sealed: [], count: [], firstSeen: [], linkable: [] },
      occurrences: { blindIndex: [], reportId: [], caseId: [], source: [], matchedAs: [], confidence: [] },
      tokens: { token: [], reportId: [], receivedAt: [] },
    };
    const valueAt = new Map<string, number>();
    const receipts = randomBytes(32 * batch.length);
    for (let i = 0; i < batch.length; i++) {
      if (this.#opts.yieldNow && i > 0 && i % SLICE === 0) await yieldToLoop();
      const synthetic = batch[i]!;
      const input = ReportInput.parse(synthetic.input);
      const at = synthetic.receivedAt;
      const caseId = timeOrderedUuid(this.#opts.stamp, 2 * (first + i), this.#random(16));
      const reportId = timeOrderedUuid(this.#opts.stamp, 2 * (first + i) + 1, this.#random(16));

      // The row, and the sealing, of intake (reports/prepare.ts), under the batch's data key.
      const report = reportRow(input, {
        id: reportId,
        caseId,
        reference: this.#reference(),
        receiptHash: receipts.subarray(32 * i, 32 * i + 32),
        receivedAt: at,
        risk: assessRisk(input),
        verified: true,
        synthetic: true,
        dataKeyId: batchKey.id,
        sealed: sealReportInput(vault, dataKey, reportId, input),
      });
      reports.push({ report, dataKey: null, case: NEW_CASE });

      // Identifiers, as recordIndicators stores them: one value per blind index, one occurrence per report.
      const mine = new Set<string>();
      for (const found of extractFromReport(input)) {
        const bi = this.#blindMemo.get(`${found.kind}\u0000${found.value}`, () =>
          hex(blindIndexFor(this.#blindKey, found.kind, found.value)),
        );
        if (mine.has(bi)) continue;
        mine.add(bi);
        const v = out.values;
        const at_ = valueAt.get(bi);
        if (at_ === undefined) {
          valueAt.set(bi, v.blindIndex.length);
          const fresh = !this.#wasStored(bi);
          v.blindIndex.push(bi);
          v.kind.push(found.kind);
          v.platform.push(found.platform ?? null);
          v.sealed.push(fresh ? hex(vault.seal(dataKey, found.value, valueAad(found.kind))) : null);
          v.count.push(1);
          v.firstSeen.push(at);
          v.linkable.push(found.linkable);
        } else {
          v.count[at_]!++;
          if (at < v.firstSeen[at_]!) v.firstSeen[at_] = at;
        }
        out.occurrences.blindIndex.push(bi);
        out.occurrences.reportId.push(reportId);
        out.occurrences.caseId.push(caseId);
        out.occurrences.source.push(found.source);
        out.occurrences.matchedAs.push(found.matchedAs);
        out.occurrences.confidence.push(found.confidence);
      }
      counts.occurrences += mine.size;

      // Search tokens, as the indexer makes them (narrative and descriptions, each token once).
      const words = new Set<string>();
      for (const text of [input.narrative, ...input.perpetrators.map((p) => p.description ?? '')])
        for (const word of tokenise(text)) words.add(word);
      for (const word of words) {
        out.tokens.token.push(this.#tokenMemo.get(word, () => hex(searchTokenFor(this.#tokenKey, word))));
        out.tokens.reportId.push(reportId);
        out.tokens.receivedAt.push(at);
      }
      counts.tokens += words.size;
    }
    for (const bi of out.values.blindIndex) this.#remember(bi);
    return { index, size: batch.length, counts, reports, ...encodeIndexed(out) };
  }

  /** A batch whose references collided with reports stored before the load gets new ones. */
  renumber(batch: PreparedBatch) {
    for (const { report } of batch.reports) report.reference = this.#reference();
  }
}

type Element = string | number | boolean | Date | null;
const element = (v: Element): string => {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  return String(v);
};
/** Hex, UUIDs, codes, numbers and times: nothing to quote or escape. */
const literal = (values: readonly Element[]) => `{${values.map(element).join(',')}}`;

function encodeIndexed(b: IndexedColumns): Pick<PreparedBatch, 'values' | 'tokens'> {
  return {
    values:
      b.values.blindIndex.length === 0
        ? null
        : [
            literal(b.values.blindIndex),
            literal(b.values.kind),
            literal(b.values.platform),
            literal(b.values.sealed),
            literal(b.values.count),
            literal(b.values.firstSeen),
            literal(b.occurrences.blindIndex),
            literal(b.occurrences.reportId),
            literal(b.occurrences.caseId),
            literal(b.occurrences.source),
            literal(b.values.linkable),
            literal(b.occurrences.matchedAs),
            literal(b.occurrences.confidence),
          ],
    tokens:
      b.tokens.token.length === 0
        ? null
        : [literal(b.tokens.token), literal(b.tokens.reportId), literal(b.tokens.receivedAt)],
  };
}

/**
 * A batch as a worker thread posted it: structured clone turned its Buffers into Uint8Arrays, which become
 * Buffers again over the same memory (no copy).
 */
export function rehydrate(batch: PreparedBatch): PreparedBatch {
  const buffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
  const orNull = (u: Uint8Array | null) => (u === null ? null : buffer(u));
  for (const { report: r } of batch.reports) {
    r.receiptHash = buffer(r.receiptHash);
    r.narrativeSealed = buffer(r.narrativeSealed);
    r.detailsSealed = orNull(r.detailsSealed);
    r.identitySealed = orNull(r.identitySealed);
  }
  return batch;
}

/**
 * Writes a batch: its reports and cases (with the batch's data key, given to the first report), all
 * flagged synthetic and indexed at `indexedAt` (as the background indexer would set it: the dashboards'
 * catch-up follows it); then the identifiers and search tokens the indexer would have written.
 */
export async function writeBatch(
  tx: Queryable,
  b: PreparedBatch,
  opts: { dataKey: NewDataKeyRow; indexedAt: Date },
): Promise<void> {
  b.reports.forEach((w, i) => {
    w.dataKey = i === 0 ? opts.dataKey : null;
    w.report.indexedAt = opts.indexedAt;
  });
  await insertReports(tx, b.reports);
  b.counts.values = 0;
  if (b.values) {
    const { rows } = await tx.query<{ inserted: number }>(UPSERT_VALUES_AND_OCCURRENCES, b.values);
    b.counts.values = rows[0]?.inserted ?? 0;
  }
  if (b.tokens) await tx.query(INSERT_TOKENS, b.tokens);
}
