import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { ReportInput } from '../../shared/contracts/report.ts';
import type { AppDeps } from '../app.ts';
import { recomputeCampaigns } from '../campaigns/linking.ts';
import { aad } from '../cases/sealing.ts';
import { extractFromReport } from '../indicators/extract.ts';
import { valueAad } from '../indicators/index-report.ts';
import { ensureWarningListSeeded } from '../indicators/warning-list.ts';
import { assessRisk } from '../intake/risk.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import { blindIndexFor, searchTokenFor } from '../platform/crypto/blind-index.ts';
import type { DataKey, SealingKey } from '../platform/crypto/envelope.ts';
import { RECEIPT_ALPHABET } from '../platform/crypto/receipts.ts';
import type { Queryable } from '../platform/db/db.ts';
import { tokenise } from '../search/tokens.ts';
import { type GenerateOptions, generateReports, type SyntheticReport } from './generate.ts';

/**
 * Loads synthetic reports in bulk — a million in minutes on PostgreSQL — writing the rows that intake and
 * the background indexer would have written for each one, set-based:
 *
 *   - a case and a report per synthetic report, content sealed with the Vault (narrative, perpetrators,
 *     identity, each under its own additional data as intake seals them), flagged `synthetic`, with
 *     `indexed_at` set: the background indexer has nothing left to do;
 *   - the identifiers, extracted and normalised by the same code intake uses (extractFromReport), each
 *     distinct value stored once by blind index and sealed, with one occurrence per report and the counts
 *     kept true; values on the warning list are marked warned;
 *   - the blind search tokens of the narrative (tokenise + searchTokenFor, as indexSearchTokens does);
 *   - then one campaign recomputation (the incremental linking of intake would reach the same campaigns;
 *     its per-report alerts for the console are not made for synthetic data), and ONE audit entry for
 *     the whole load with counts only.
 *
 * Differences from intake, acceptable for synthetic data only:
 *   - one data key per batch instead of one per report (the keys are made up front, in one transaction);
 *   - nobody ever holds a receipt, so the receipt hash is 32 random bytes (what a keyed hash of an unknown
 *     receipt looks like);
 *   - report and case ids are time-ordered UUIDs (version 7 layout) so that the primary keys, and above
 *     all the search-token key (token, report_id), grow at their right edge instead of being written at
 *     random places: this is what keeps a million reports in minutes.
 *
 * Work is pipelined: batch N+1 is generated, extracted, tokenised and sealed in this process while the
 * database writes batch N, so both cores work. Preparation yields to the event loop every few hundred
 * reports, so a server running the load keeps answering. Each batch is its own transaction: a load that
 * fails half-way leaves the batches written so far (complete reports, flagged synthetic), and still writes
 * its audit entry, saying it did not complete.
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

const DEFAULT_BATCH = 5_000;
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

/** Time-ordered UUIDs: the load's start in milliseconds, a counter, random bits (RFC 9562 version 7). */
function uuidSequence() {
  const stamp = Date.now();
  const random = randomPool();
  const b = Buffer.alloc(16);
  let counter = 0;
  return () => {
    random(16).copy(b);
    b.writeUIntBE(stamp, 0, 6);
    const c = counter++;
    b[6] = 0x70 | ((c >>> 28) & 0x0f);
    b[7] = (c >>> 20) & 0xff;
    b[8] = 0x80 | ((c >>> 14) & 0x3f);
    b[9] = (c >>> 6) & 0xff;
    b[10] = ((c & 0x3f) << 2) | (b[10]! & 0x03);
    const h = hex(b);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
}

/** References as intake writes them (FP- and 7 characters of the receipt alphabet), unique within the load. */
function referenceMaker() {
  const used = new Set<string>();
  const n = RECEIPT_ALPHABET.length;
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
      for (let i = 0; i < 7; i++) ref += char();
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
type PreparedBatch = {
  size: number;
  /** Set when the batch is written. */
  indexedAt: Date;
  /** Distinct values sealed for insertion, occurrences and search tokens in this batch. */
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
  tokens: { token: string[]; reportId: string[] };
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
    RETURNING id, blind_index
  ), ids AS (
    SELECT id, blind_index FROM known UNION ALL SELECT id, blind_index FROM added
  )
  INSERT INTO indicator_occurrences (value_id, report_id, case_id, source)
  SELECT ids.id, o.r, o.c, o.s::indicator_source
    FROM unnest($7::text[], $8::uuid[], $9::uuid[], $10::text[]) AS o(b, r, c, s)
    JOIN ids ON ids.blind_index = decode(o.b, 'hex')`;

const INSERT_TOKENS = `
  INSERT INTO search_tokens (token, report_id)
  SELECT decode(t, 'hex'), r FROM unnest($1::text[], $2::uuid[]) AS x(t, r)`;

class Preparer {
  readonly #deps: BulkLoadDeps;
  // KeyObjects: each HMAC costs about half as much as with the raw key (no key import per call).
  readonly #blindKey: KeyObject;
  readonly #tokenKey: KeyObject;
  readonly #caseId = uuidSequence();
  readonly #reportId = uuidSequence();
  readonly #reference = referenceMaker();
  readonly #tokenMemo = new Memo<string>();
  readonly #blindMemo = new Memo<string>();
  /** Values an earlier batch of this load stored (two generations, so the set stays bounded). */
  #stored = new Set<string>();
  #storedBefore = new Set<string>();
  constructor(deps: BulkLoadDeps) {
    this.#deps = deps;
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
  async prepare(batch: readonly SyntheticReport[], batchKey: DataKey): Promise<PreparedBatch> {
    const { vault } = this.#deps;
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
      tokens: { token: [], reportId: [] },
    };
    const valueAt = new Map<string, number>();
    const receipts = randomBytes(32 * batch.length);
    const r = out.reports;
    for (let i = 0; i < batch.length; i++) {
      if (i > 0 && i % SLICE === 0) await yieldToLoop();
      const synthetic = batch[i]!;
      const input = ReportInput.parse(synthetic.input);
      const at = synthetic.receivedAt;
      const reportId = this.#reportId();
      const caseId = this.#caseId();
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
      r.identity_sealed.push(
        reporter.anonymous
          ? null
          : hex(
              vault.seal(
                dataKey,
                JSON.stringify({
                  name: reporter.name ?? null,
                  email: reporter.email ?? null,
                  phone: reporter.phone ?? null,
                  preferredLanguage: reporter.preferredLanguage ?? null,
                  safeToContact: reporter.safeToContact ?? null,
                }),
                aad.identity(reportId),
              ),
            ),
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
          if (fresh) out.counts.values++;
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

      // Search tokens, as indexSearchTokens makes them (narrative and descriptions, each token once).
      const words = new Set<string>();
      for (const text of [input.narrative, ...input.perpetrators.map((p) => p.description ?? '')])
        for (const word of tokenise(text)) words.add(word);
      for (const word of words) {
        out.tokens.token.push(this.#tokenMemo.get(word, () => hex(searchTokenFor(this.#tokenKey, word))));
        out.tokens.reportId.push(reportId);
      }
      out.counts.tokens += words.size;
    }
    for (const bi of out.values.blindIndex) this.#remember(bi);
    return out;
  }

  /** A batch whose references collided with reports stored before the load gets new ones. */
  renumber(batch: PreparedBatch) {
    for (let i = 0; i < batch.size; i++) {
      const reference = this.#reference();
      batch.cases.reference[i] = reference;
      batch.reports.reference[i] = reference;
    }
  }
}

async function writeBatch(tx: Queryable, b: PreparedBatch): Promise<void> {
  await tx.query(INSERT_CASES_AND_REPORTS, [
    plain(b.cases.id),
    b.cases.reference,
    b.cases.risk,
    b.cases.at,
    ...REPORT_COLUMNS.map((c) =>
      PLAIN_REPORT_COLUMNS.has(c) ? plain(b.reports[c] as (string | null)[]) : b.reports[c],
    ),
    b.dataKeyId,
    b.indexedAt,
  ]);
  if (b.values.blindIndex.length > 0) {
    await tx.query(UPSERT_VALUES_AND_OCCURRENCES, [
      plain(b.values.blindIndex),
      b.values.kind,
      b.values.platform,
      b.values.sealed,
      b.values.count,
      b.values.firstSeen,
      plain(b.occurrences.blindIndex),
      plain(b.occurrences.reportId),
      plain(b.occurrences.caseId),
      plain(b.occurrences.source),
    ]);
  }
  if (b.tokens.token.length > 0)
    await tx.query(INSERT_TOKENS, [plain(b.tokens.token), plain(b.tokens.reportId)]);
}

/**
 * An array parameter written as PostgreSQL's array literal by hand, for values that need no quoting (hex,
 * UUIDs, codes): the driver would otherwise quote and escape each of a hundred thousand elements.
 */
const plain = (values: readonly (string | null)[]) => `{${values.map((v) => v ?? 'NULL').join(',')}}`;
const PLAIN_REPORT_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'case_id',
  'receipt_hash',
  'narrative_sealed',
  'details_sealed',
  'identity_sealed',
]);

const isUniqueViolation = (err: unknown) => (err as { code?: string } | undefined)?.code === '23505';

export async function bulkLoadReports(deps: BulkLoadDeps, opts: BulkLoadOptions): Promise<BulkLoadResult> {
  const started = performance.now();
  const { db } = deps;
  const total = opts.count;
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const batches = Math.ceil(total / batchSize);
  const dataKeys = await db.transaction(async (tx) => {
    await ensureWarningListSeeded(tx, deps);
    const made: DataKey[] = [];
    for (let i = 0; i < batches; i++) made.push(await deps.vault.newDataKey(tx));
    return made;
  });

  opts.onProgress?.(0, total);
  const preparer = new Preparer(deps);
  const generator = generateReports({ ...opts.generate, count: total, seed: opts.seed ?? 1 });
  const nextBatch = () => {
    const batch: SyntheticReport[] = [];
    for (let i = 0; i < batchSize; i++) {
      const next = generator.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  const write = async (b: PreparedBatch) => {
    for (let attempt = 0; ; attempt++) {
      try {
        b.indexedAt = deps.clock();
        await db.transaction((tx) => writeBatch(tx, b));
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
    for (let i = 0; i < batches; i++) {
      const prepared = await preparer.prepare(nextBatch(), dataKeys[i]!);
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
    if (!opts.skipRecompute) recomputed = await recomputeCampaigns(db, { now: deps.clock() });
  } catch (err) {
    failure = err;
    await writing.catch(() => {});
  }
  const audited = db.transaction((tx) =>
    appendAudit(
      tx,
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
      deps.clock(),
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
