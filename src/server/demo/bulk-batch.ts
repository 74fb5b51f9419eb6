import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { ReportInput } from '../../shared/contracts/report.ts';
import { aad } from '../cases/sealing.ts';
import { extractFromReport } from '../indicators/extract.ts';
import { valueAad } from '../indicators/index-report.ts';
import { assessRisk } from '../intake/risk.ts';
import { blindIndexFor, searchTokenFor } from '../platform/crypto/blind-index.ts';
import type { DataKey, SealingKey, Vault } from '../platform/crypto/envelope.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import { RECEIPT_ALPHABET } from '../platform/crypto/receipts.ts';
import type { Queryable } from '../platform/db/db.ts';
import { identityPlaintext } from '../reports/sealing.ts';
import { tokenise } from '../search/tokens.ts';
import type { SyntheticReport } from './generate.ts';

/**
 * One batch of the bulk loader (bulk-load.ts): everything the database needs for a few thousand synthetic
 * reports, computed in JavaScript (in a worker thread, or in the loader's own thread) — and the three
 * statements that write it.
 */

export const DEFAULT_BATCH = 5_000;
/** Reports prepared between two yields to the event loop. */
const SLICE = 250;
/** Bound on the memo caches below (entries); they are emptied when full. */
const MEMO_LIMIT = 400_000;

const hex = (b: Buffer) => b.toString('hex');
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const textArray = (codes: readonly string[]) => `{${codes.join(',')}}`;
const uniq = <T>(values: readonly T[]) => [...new Set(values)];

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

/** Column arrays for one batch's statements. */
export type PreparedBatch = {
  size: number;
  /** Set when the batch is written. */
  indexedAt: Date;
  /** Values the batch stored anew (known once written), occurrences and search tokens. */
  counts: { values: number; occurrences: number; tokens: number };
  dataKeyId: string;
  cases: { id: string[]; reference: string[]; risk: string[]; at: Date[] };
  reports: Record<(typeof REPORT_COLUMNS)[number], unknown[]>;
  values: {
    blindIndex: string[];
    kind: string[];
    platform: (string | null)[];
    /** NULL for a value an earlier batch of this load stored: its count is raised, nothing is inserted. */
    sealed: (string | null)[];
    count: number[];
    firstSeen: Date[];
  };
  occurrences: { blindIndex: string[]; reportId: string[]; caseId: string[]; source: string[] };
  tokens: { token: string[]; reportId: string[]; receivedAt: Date[] };
};

const REPORT_COLUMNS = [
  'id',
  'case_id',
  'reference',
  'receipt_hash',
  'received_at',
  'language',
  'incident_started_on',
  'incident_ended_on',
  'ongoing',
  'province',
  'city',
  'institution',
  'tactics',
  'communities',
  'channels',
  'impacts',
  'perpetrator_types',
  'suspected_state',
  'reporter_kind',
  'anonymous',
  'risk',
  'risk_reasons',
  'consent_contact',
  'consent_referral_police',
  'consent_statistics',
  'consent_updates',
  'narrative_sealed',
  'details_sealed',
  'identity_sealed',
] as const;

/** SQL type of each report column as sent (text[] columns travel as array literals, bytea as hex). */
const REPORT_TYPES: Record<(typeof REPORT_COLUMNS)[number], string> = {
  id: 'uuid',
  case_id: 'uuid',
  reference: 'text',
  receipt_hash: 'text',
  received_at: 'timestamptz',
  language: 'text',
  incident_started_on: 'date',
  incident_ended_on: 'date',
  ongoing: 'boolean',
  province: 'text',
  city: 'text',
  institution: 'text',
  tactics: 'text',
  communities: 'text',
  channels: 'text',
  impacts: 'text',
  perpetrator_types: 'text',
  suspected_state: 'text',
  reporter_kind: 'text',
  anonymous: 'boolean',
  risk: 'text',
  risk_reasons: 'text',
  consent_contact: 'boolean',
  consent_referral_police: 'boolean',
  consent_statistics: 'boolean',
  consent_updates: 'boolean',
  narrative_sealed: 'text',
  details_sealed: 'text',
  identity_sealed: 'text',
};

const REPORT_EXPRESSIONS: Partial<Record<(typeof REPORT_COLUMNS)[number], string>> = {
  receipt_hash: "decode(receipt_hash, 'hex')",
  tactics: 'tactics::text[]',
  communities: 'communities::text[]',
  channels: 'channels::text[]',
  impacts: 'impacts::text[]',
  perpetrator_types: 'perpetrator_types::text[]',
  risk_reasons: 'risk_reasons::text[]',
  narrative_sealed: "decode(narrative_sealed, 'hex')",
  details_sealed: "decode(details_sealed, 'hex')",
  identity_sealed: "decode(identity_sealed, 'hex')",
};

const n = REPORT_COLUMNS.length;
/**
 * Cases ($1–$4) and their reports ($5–…) in one statement; then the batch's data key, and the moment the
 * batch is "indexed" (now, as the background indexer would set it: the dashboards' catch-up follows it).
 */
const INSERT_CASES_AND_REPORTS = `
  WITH new_cases AS (
    INSERT INTO cases (id, reference, status, risk, opened_at, updated_at)
    SELECT id, reference, 'new', risk, at, at
      FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) AS t(id, reference, risk, at)
  )
  INSERT INTO reports (${REPORT_COLUMNS.join(', ')}, data_key_id, verified, synthetic, indexed_at)
  SELECT ${REPORT_COLUMNS.map((c) => REPORT_EXPRESSIONS[c] ?? c).join(', ')}, $${n + 5}, true, true, $${n + 6}::timestamptz
    FROM unnest(${REPORT_COLUMNS.map((c, i) => `$${i + 5}::${REPORT_TYPES[c]}[]`).join(', ')})
         AS t(${REPORT_COLUMNS.join(', ')})`;

/**
 * The batch's identifiers: values already stored by this load have their counts raised; the others are
 * inserted (or, when an earlier report outside this load brought them, counted); then one occurrence per
 * report and value, joined on the blind index in the database, so no id travels back to this process.
 * Answers how many values were new (xmax = 0: inserted, not updated).
 */
const UPSERT_VALUES_AND_OCCURRENCES = `
  WITH batch AS (
    SELECT decode(b, 'hex') AS blind_index, k, p, s, c, f
      FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[]) AS t(b, k, p, s, c, f)
  ), known AS (
    UPDATE indicator_values v
       SET occurrence_count = v.occurrence_count + batch.c, first_seen = LEAST(v.first_seen, batch.f)
      FROM batch
     WHERE batch.s IS NULL AND v.blind_index = batch.blind_index
    RETURNING v.id, v.blind_index
  ), added AS (
    INSERT INTO indicator_values (kind, platform, blind_index, value_sealed, warned, occurrence_count, first_seen)
    SELECT k, p, blind_index, decode(s, 'hex'),
           EXISTS (SELECT 1 FROM indicator_warning_list w WHERE w.blind_index = batch.blind_index), c, f
      FROM batch WHERE s IS NOT NULL
    ON CONFLICT (blind_index) DO UPDATE
       SET occurrence_count = indicator_values.occurrence_count + EXCLUDED.occurrence_count,
           first_seen = LEAST(indicator_values.first_seen, EXCLUDED.first_seen)
    RETURNING id, blind_index, xmax = 0 AS inserted
  ), ids AS (
    SELECT id, blind_index FROM known UNION ALL SELECT id, blind_index FROM added
  ), occurrences AS (
    INSERT INTO indicator_occurrences (value_id, report_id, case_id, source)
    SELECT ids.id, o.r, o.c, o.s::indicator_source
      FROM unnest($7::text[], $8::uuid[], $9::uuid[], $10::text[]) AS o(b, r, c, s)
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
    const out: PreparedBatch = {
      size: batch.length,
      indexedAt: new Date(0),
      counts: { values: 0, occurrences: 0, tokens: 0 },
      dataKeyId: batchKey.id,
      cases: { id: [], reference: [], risk: [], at: [] },
      reports: Object.fromEntries(REPORT_COLUMNS.map((c) => [c, []])) as unknown as PreparedBatch['reports'],
      values: { blindIndex: [], kind: [], platform: [], sealed: [], count: [], firstSeen: [] },
      occurrences: { blindIndex: [], reportId: [], caseId: [], source: [] },
      tokens: { token: [], reportId: [], receivedAt: [] },
    };
    const valueAt = new Map<string, number>();
    const receipts = randomBytes(32 * batch.length);
    const r = out.reports;
    for (let i = 0; i < batch.length; i++) {
      if (this.#opts.yieldNow && i > 0 && i % SLICE === 0) await yieldToLoop();
      const synthetic = batch[i]!;
      const input = ReportInput.parse(synthetic.input);
      const at = synthetic.receivedAt;
      const caseId = timeOrderedUuid(this.#opts.stamp, 2 * (first + i), this.#random(16));
      const reportId = timeOrderedUuid(this.#opts.stamp, 2 * (first + i) + 1, this.#random(16));
      const reference = this.#reference();
      const { risk, reasons } = assessRisk(input);
      out.cases.id.push(caseId);
      out.cases.reference.push(reference);
      out.cases.risk.push(risk);
      out.cases.at.push(at);

      // The same fields, and the same sealing, as intake's insertReport (src/server/intake/service.ts).
      const reporter = input.reporter;
      r.id.push(reportId);
      r.case_id.push(caseId);
      r.reference.push(reference);
      r.receipt_hash.push(hex(receipts.subarray(32 * i, 32 * i + 32)));
      r.received_at.push(at);
      r.language.push(input.language);
      r.incident_started_on.push(input.incident.startedOn ?? null);
      r.incident_ended_on.push(input.incident.endedOn ?? null);
      r.ongoing.push(input.incident.ongoing);
      r.province.push(input.incident.province ?? null);
      r.city.push(input.incident.city || null);
      r.institution.push(input.incident.institution || null);
      r.tactics.push(textArray(uniq(input.tactics)));
      r.communities.push(textArray(uniq(input.communities)));
      r.channels.push(textArray(uniq(input.channels)));
      r.impacts.push(textArray(uniq(input.impacts)));
      r.perpetrator_types.push(textArray(uniq(input.perpetrators.flatMap((p) => (p.type ? [p.type] : [])))));
      r.suspected_state.push(input.suspectedState ?? null);
      r.reporter_kind.push(input.reporterKind);
      r.anonymous.push(reporter.anonymous);
      r.risk.push(risk);
      r.risk_reasons.push(textArray(reasons));
      r.consent_contact.push(input.consents.contact);
      r.consent_referral_police.push(input.consents.referralToPolice);
      r.consent_statistics.push(input.consents.anonymisedStatistics);
      r.consent_updates.push(input.consents.updates);
      r.narrative_sealed.push(hex(vault.seal(dataKey, input.narrative, aad.narrative(reportId))));
      r.details_sealed.push(
        input.perpetrators.length > 0
          ? hex(
              vault.seal(
                dataKey,
                JSON.stringify({ perpetrators: input.perpetrators }),
                aad.details(reportId),
              ),
            )
          : null,
      );
      const identity = identityPlaintext(reporter);
      r.identity_sealed.push(
        identity === null ? null : hex(vault.seal(dataKey, identity, aad.identity(reportId))),
      );

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
        } else {
          v.count[at_]!++;
          if (at < v.firstSeen[at_]!) v.firstSeen[at_] = at;
        }
        out.occurrences.blindIndex.push(bi);
        out.occurrences.reportId.push(reportId);
        out.occurrences.caseId.push(caseId);
        out.occurrences.source.push(found.source);
      }
      out.counts.occurrences += mine.size;

      // Search tokens, as the indexer makes them (narrative and descriptions, each token once).
      const words = new Set<string>();
      for (const text of [input.narrative, ...input.perpetrators.map((p) => p.description ?? '')])
        for (const word of tokenise(text)) words.add(word);
      for (const word of words) {
        out.tokens.token.push(this.#tokenMemo.get(word, () => hex(searchTokenFor(this.#tokenKey, word))));
        out.tokens.reportId.push(reportId);
        out.tokens.receivedAt.push(at);
      }
      out.counts.tokens += words.size;
    }
    for (const bi of out.values.blindIndex) this.#remember(bi);
    return out;
  }

  /** A batch whose references collided with reports stored before the load gets new ones. */
  renumber(batch: EncodedBatch) {
    const references = literal(Array.from({ length: batch.size }, () => this.#reference()));
    for (const i of REFERENCE_PARAMS) batch.reports[i] = references;
  }
}

/**
 * A prepared batch as the statements' parameters: every array written as PostgreSQL's array literal, one
 * string each — a worker thread hands over a few large strings instead of a hundred thousand small ones,
 * and the driver has nothing left to quote or escape.
 */
export type EncodedBatch = {
  size: number;
  counts: PreparedBatch['counts'];
  dataKeyId: string;
  /** Set when the batch is written. */
  indexedAt: Date;
  /** Parameters of INSERT_CASES_AND_REPORTS before the data key and indexed_at. */
  reports: string[];
  values: string[] | null;
  tokens: string[] | null;
};

type Element = string | number | boolean | Date | null;
const element = (v: Element, quote: boolean): string => {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'number' || !quote) return String(v);
  return `"${v.replace(/[\\"]/g, '\\$&')}"`;
};
/** Hex, UUIDs, codes, numbers, booleans and times need no quotes; free text does. */
const literal = (values: readonly Element[], quote = false) =>
  `{${values.map((v) => element(v, quote)).join(',')}}`;
const QUOTED_REPORT_COLUMNS: ReadonlySet<string> = new Set([
  'language',
  'city',
  'institution',
  'tactics',
  'communities',
  'channels',
  'impacts',
  'perpetrator_types',
  'suspected_state',
  'reporter_kind',
  'risk',
  'risk_reasons',
]);
const REFERENCE_PARAMS = [1, 4 + REPORT_COLUMNS.indexOf('reference')];

export function encodeBatch(b: PreparedBatch): EncodedBatch {
  return {
    size: b.size,
    counts: b.counts,
    dataKeyId: b.dataKeyId,
    indexedAt: b.indexedAt,
    reports: [
      literal(b.cases.id),
      literal(b.cases.reference),
      literal(b.cases.risk),
      literal(b.cases.at),
      ...REPORT_COLUMNS.map((c) => literal(b.reports[c] as Element[], QUOTED_REPORT_COLUMNS.has(c))),
    ],
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
          ],
    tokens:
      b.tokens.token.length === 0
        ? null
        : [literal(b.tokens.token), literal(b.tokens.reportId), literal(b.tokens.receivedAt)],
  };
}

export async function writeBatch(tx: Queryable, b: EncodedBatch): Promise<void> {
  await tx.query(INSERT_CASES_AND_REPORTS, [...b.reports, b.dataKeyId, b.indexedAt]);
  b.counts.values = 0;
  if (b.values) {
    const { rows } = await tx.query<{ inserted: number }>(UPSERT_VALUES_AND_OCCURRENCES, b.values);
    b.counts.values = rows[0]?.inserted ?? 0;
  }
  if (b.tokens) await tx.query(INSERT_TOKENS, b.tokens);
}
