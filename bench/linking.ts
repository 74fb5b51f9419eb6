import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { recomputeCampaigns } from '../src/server/campaigns/linking.ts';
import { generateReports, type SyntheticReport } from '../src/server/demo/generate.ts';
import { extractFromReport } from '../src/server/indicators/extract.ts';
import { indexReport, valueAad } from '../src/server/indicators/index-report.ts';
import { ensureWarningListSeeded } from '../src/server/indicators/warning-list.ts';
import { blindIndexFor } from '../src/server/platform/crypto/blind-index.ts';
import { Vault } from '../src/server/platform/crypto/envelope.ts';
import { deriveKeyRing } from '../src/server/platform/crypto/keyring.ts';
import type { Db, Queryable } from '../src/server/platform/db/db.ts';
import { migrate } from '../src/server/platform/db/migrate.ts';
import { openPostgres } from '../src/server/platform/db/postgres.ts';
import { searchReports } from '../src/server/search/service.ts';
import { searchTokens, tokenise } from '../src/server/search/tokens.ts';
import { emit, percentile, round } from './lib.ts';

/**
 * Linking at scale, on PostgreSQL (issue 5): N synthetic reports (~3 identifiers each, 40% of them in
 * campaigns of ~8 that reuse identifiers written in different formats) are bulk-loaded with multi-row
 * INSERTs — extracted, normalised, blind-indexed, sealed and tokenised by the same code intake uses —
 * then we measure:
 *   - linking a new report: the intake call indexReport (values, occurrences, links, campaign, alert,
 *     search tokens) for reports that arrive afterwards, p50/p99 (goal p99 ≤ 5 ms);
 *   - full campaign recomputation (goal ≤ 60 s);
 *   - two-word blind search, p95 (goal ≤ 100 ms);
 *   - bytes per identifier occurrence, tables and indexes (pg_total_relation_size; goal ≤ 300).
 *
 *   FOCALPOINT_BENCH_DATABASE_URL=postgres://… node bench/linking.ts [--reports 100000] [--million]
 *     [--profile]  time each statement of the linking path
 *     [--keep]     keep the scratch database (to EXPLAIN queries)
 *
 * The URL names a server where a scratch database is created and dropped. --million runs 1,000,000
 * reports (about 15 minutes of loading). Without a URL the benchmark says so and measures nothing.
 * Bulk loading seals narratives and values under one data key per batch (intake uses one per report);
 * the data_keys table is therefore not counted in the storage figure.
 */

function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

const REPORTS = process.argv.includes('--million') ? 1_000_000 : Number(arg('reports') ?? 100_000);
const NEW_REPORTS = 500;
const SEARCHES = 300;
const BATCH = 2_000;
const PROFILE = process.argv.includes('--profile');
const profile = new Map<string, { n: number; ms: number }>();
const SERVER = arg('database-url') ?? process.env.FOCALPOINT_BENCH_DATABASE_URL;

if (!SERVER) {
  emit({ bench: 'linking', skipped: 'set FOCALPOINT_BENCH_DATABASE_URL to a PostgreSQL server to run it' });
  process.exit(0);
}

const log = (message: string) => process.stderr.write(`linking: ${message}\n`);
// Two cores shared with other work: every figure carries the load average it was measured under.
const machine = () => ({ cpus: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0, 1) });
const hex = (b: Buffer) => b.toString('hex');

const dbName = `fp_bench_linking_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: SERVER });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(SERVER);
url.pathname = `/${dbName}`;
const db: Db = await openPostgres(url.toString(), { max: 4 });

try {
  await migrate(db);
  const keys = deriveKeyRing(randomBytes(32));
  const vault = new Vault(keys);
  await db.transaction((tx) => vault.ensureActiveKek(tx));
  const deps = { keys, vault, clock: () => new Date(), db };
  // The warning list, seeded as the first report would.
  await db.transaction((tx) => ensureWarningListSeeded(tx, deps));

  // ---------------------------------------------------------------------------------------------------
  // Bulk load
  const generator = generateReports({ count: REPORTS + NEW_REPORTS, seed: 51 });
  const values = new Map<
    string,
    { id: number; count: number; kind: string; platform: string | null; sealed: string; firstSeen: Date }
  >();
  let nextValueId = 1;
  let occurrences = 0;
  const samples: string[] = [];
  const loadStart = performance.now();
  let loaded = 0;

  async function insertBatch(tx: Queryable, batch: SyntheticReport[]) {
    const dataKey = await vault.newDataKey(tx);
    const cases: { id: string; ref: string; at: Date }[] = [];
    const reports: unknown[][] = [[], [], [], [], [], [], [], [], [], [], []];
    const occ: [number[], string[], string[], string[]] = [[], [], [], []];
    const tokenRows: [string[], string[]] = [[], []];
    const newValues: { id: number; bi: string }[] = [];
    for (const r of batch) {
      const caseId = randomUUID();
      const reportId = randomUUID();
      const ref = `FP-${randomBytes(5).toString('hex').toUpperCase()}`;
      cases.push({ id: caseId, ref, at: r.receivedAt });
      const input = r.input;
      reports[0]!.push(reportId);
      reports[1]!.push(ref);
      reports[2]!.push(caseId);
      reports[3]!.push(hex(randomBytes(32)));
      reports[4]!.push(r.receivedAt);
      reports[5]!.push(input.language ?? 'en');
      reports[6]!.push(input.incident?.province ?? null);
      reports[7]!.push(JSON.stringify(input.tactics ?? []));
      reports[8]!.push(JSON.stringify(input.communities ?? []));
      reports[9]!.push(JSON.stringify(input.channels ?? []));
      reports[10]!.push(hex(vault.seal(dataKey, input.narrative, `report.narrative:${reportId}`)));
      if (samples.length < 5000 && Math.random() < 0.05) samples.push(input.narrative);

      const found = extractFromReport({
        narrative: input.narrative,
        suspectedState: input.suspectedState,
        perpetrators: input.perpetrators?.map((p) => ({
          description: p.description,
          indicators: p.indicators ?? [],
        })),
      });
      for (const f of found) {
        const bi = hex(blindIndexFor(keys.blindIndex, f.kind, f.value));
        let v = values.get(bi);
        if (!v) {
          v = {
            id: nextValueId++,
            count: 0,
            kind: f.kind,
            platform: f.platform ?? null,
            sealed: hex(vault.seal(dataKey, f.value, valueAad(f.kind))),
            firstSeen: r.receivedAt,
          };
          values.set(bi, v);
          newValues.push({ id: v.id, bi });
        }
        v.count++;
        occ[0].push(v.id);
        occ[1].push(reportId);
        occ[2].push(caseId);
        occ[3].push(f.source);
      }
      for (const t of searchTokens(keys.searchToken, input.narrative)) {
        tokenRows[0].push(hex(t));
        tokenRows[1].push(reportId);
      }
    }
    await tx.query(
      `INSERT INTO cases (id, reference, status, risk, opened_at, updated_at)
       SELECT id, ref, 'new', 'medium', at, at FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS t(id, ref, at)`,
      [cases.map((c) => c.id), cases.map((c) => c.ref), cases.map((c) => c.at)],
    );
    await tx.query(
      `INSERT INTO reports (id, reference, case_id, receipt_hash, data_key_id, received_at, language, province,
         tactics, communities, channels, anonymous, risk, narrative_sealed, synthetic)
       SELECT id, ref, case_id, decode(rh, 'hex'), $12, at, lang, prov,
              ARRAY(SELECT jsonb_array_elements_text(tac::jsonb)), ARRAY(SELECT jsonb_array_elements_text(com::jsonb)),
              ARRAY(SELECT jsonb_array_elements_text(cha::jsonb)), true, 'medium', decode(narr, 'hex'), true
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::timestamptz[], $6::text[], $7::text[],
                     $8::text[], $9::text[], $10::text[], $11::text[])
              AS t(id, ref, case_id, rh, at, lang, prov, tac, com, cha, narr)`,
      [...reports, dataKey.id],
    );
    if (newValues.length > 0) {
      const rows = newValues.map((n) => ({ ...values.get(n.bi)!, bi: n.bi }));
      await tx.query(
        `INSERT INTO indicator_values (id, kind, platform, blind_index, value_sealed, occurrence_count, first_seen)
         OVERRIDING SYSTEM VALUE
         SELECT id, k, p, decode(b, 'hex'), decode(s, 'hex'), 0, f
           FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS t(id, k, p, b, s, f)`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.kind),
          rows.map((r) => r.platform),
          rows.map((r) => r.bi),
          rows.map((r) => r.sealed),
          rows.map((r) => r.firstSeen),
        ],
      );
    }
    await tx.query(
      `INSERT INTO indicator_occurrences (value_id, report_id, case_id, source)
       SELECT v, r, c, s::indicator_source FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::text[]) AS t(v, r, c, s)`,
      occ,
    );
    occurrences += occ[0].length;
    await tx.query(
      `INSERT INTO search_tokens (token, report_id)
       SELECT decode(t, 'hex'), r FROM unnest($1::text[], $2::uuid[]) AS x(t, r) ON CONFLICT DO NOTHING`,
      tokenRows,
    );
  }

  let batch: SyntheticReport[] = [];
  const arriving: SyntheticReport[] = [];
  for (const r of generator) {
    if (loaded + batch.length >= REPORTS) {
      arriving.push(r);
      continue;
    }
    batch.push(r);
    if (batch.length === BATCH) {
      await db.transaction((tx) => insertBatch(tx, batch));
      loaded += batch.length;
      batch = [];
      if (loaded % 50_000 === 0) log(`${loaded} reports loaded`);
    }
  }
  if (batch.length) {
    await db.transaction((tx) => insertBatch(tx, batch));
    loaded += batch.length;
  }
  // Counts and the identity sequence, as row-by-row intake would have left them.
  await db.query(
    `UPDATE indicator_values v SET occurrence_count = c.n
       FROM (SELECT value_id, count(*)::int AS n FROM indicator_occurrences GROUP BY value_id) c
      WHERE c.value_id = v.id`,
  );
  await db.query(
    `UPDATE indicator_values v SET warned = true FROM indicator_warning_list w WHERE w.blind_index = v.blind_index`,
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('indicator_values', 'id'), $1)`, [nextValueId]);
  for (const table of ['cases', 'reports', 'indicator_values', 'indicator_occurrences', 'search_tokens']) {
    await db.exec(`VACUUM ANALYZE ${table}`);
  }
  const loadSeconds = (performance.now() - loadStart) / 1000;
  log(
    `${loaded} reports, ${values.size} values, ${occurrences} occurrences loaded in ${round(loadSeconds, 1)} s`,
  );
  emit({
    bench: 'linking.load',
    ...machine(),
    reports: loaded,
    values: values.size,
    occurrences,
    seconds: round(loadSeconds, 1),
  });

  // ---------------------------------------------------------------------------------------------------
  // Full recomputation (first build of every campaign, then a steady-state pass)
  let started = performance.now();
  const first = await recomputeCampaigns(db, { now: new Date() });
  const recomputeSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await recomputeCampaigns(db, { now: new Date() });
  const steadySeconds = (performance.now() - started) / 1000;
  emit({
    bench: 'linking.recompute',
    ...machine(),
    reports: loaded,
    seconds: round(recomputeSeconds, 2),
    steadyStateSeconds: round(steadySeconds, 2),
    campaigns: first.campaigns,
    sharedValues: first.sharedValues,
    goal: 'full campaign recomputation ≤ 60 s',
    met: recomputeSeconds <= 60,
  });

  // ---------------------------------------------------------------------------------------------------
  // Linking new reports as intake does
  const timings: number[] = [];
  const dbTimings: number[] = [];
  const queryCounts: number[] = [];
  let linkedCount = 0;
  for (const [i, r] of arriving.entries()) {
    const caseId = randomUUID();
    const reportId = randomUUID();
    const ms = await db.transaction(async (tx) => {
      const dataKey = await vault.newDataKey(tx);
      await tx.query(
        `WITH c AS (INSERT INTO cases (id, reference, status, risk, opened_at, updated_at)
                    VALUES ($1, $2, 'new', 'medium', now(), now()) RETURNING id)
         INSERT INTO reports (id, reference, case_id, receipt_hash, data_key_id, received_at, language, anonymous, risk, narrative_sealed)
         SELECT $3, $2, c.id, $4, $5, now(), 'en', true, 'medium', $6 FROM c`,
        [
          caseId,
          `FP-N${String(i).padStart(6, '0')}`,
          reportId,
          randomBytes(32),
          dataKey.id,
          vault.seal(dataKey, r.input.narrative, 'x'),
        ],
      );
      // Time spent waiting on the database, apart from the JavaScript (extraction, HMACs, sealing).
      const timed: Queryable = {
        exec: (sql) => tx.exec(sql),
        query: async (sql, params) => {
          const q0 = performance.now();
          try {
            return await tx.query(sql, params);
          } finally {
            const spent = performance.now() - q0;
            dbMs += spent;
            queries++;
            if (PROFILE) {
              const key = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
              const entry = profile.get(key) ?? { n: 0, ms: 0 };
              entry.n++;
              entry.ms += spent;
              profile.set(key, entry);
            }
          }
        },
      };
      let dbMs = 0;
      let queries = 0;
      const t0 = performance.now();
      const outcome = await indexReport(timed, deps, {
        dataKey,
        reportId,
        caseId,
        narrative: r.input.narrative,
        suspectedState: r.input.suspectedState,
        perpetrators: r.input.perpetrators?.map((p) => ({
          description: p.description,
          indicators: p.indicators ?? [],
        })),
      });
      const elapsed = performance.now() - t0;
      if (outcome.links.length > 0) linkedCount++;
      return { elapsed, dbMs, queries };
    });
    if (i >= 20) {
      // the first few warm the connection pool and caches
      timings.push(ms.elapsed);
      dbTimings.push(ms.dbMs);
      queryCounts.push(ms.queries);
    }
  }
  timings.sort((a, b) => a - b);
  if (PROFILE) {
    for (const [sql, e] of [...profile.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
      log(`${round(e.ms / e.n, 3)} ms × ${e.n}  ${sql}`);
    }
  }
  // The floor on this machine: one trivial query's round trip inside a transaction.
  const roundTrips: number[] = [];
  for (let i = 0; i < 200; i++) {
    await db.transaction(async (tx) => {
      const t0 = performance.now();
      await tx.query('SELECT 1');
      roundTrips.push(performance.now() - t0);
    });
  }
  roundTrips.sort((a, b) => a - b);
  emit({
    bench: 'linking.new_report',
    ...machine(),
    roundTripP50Ms: round(percentile(roundTrips, 50), 3),
    roundTripP99Ms: round(percentile(roundTrips, 99), 3),
    reports: loaded,
    samples: timings.length,
    linked: linkedCount,
    p50Ms: round(percentile(timings, 50), 2),
    p99Ms: round(percentile(timings, 99), 2),
    databaseP50Ms: round(
      percentile(
        dbTimings.sort((a, b) => a - b),
        50,
      ),
      2,
    ),
    databaseP99Ms: round(percentile(dbTimings, 99), 2),
    queriesPerReport: round(queryCounts.reduce((a, b) => a + b, 0) / Math.max(1, queryCounts.length), 1),
    goal: 'link a new report (indexReport in the intake transaction) p99 ≤ 5 ms',
    met: percentile(timings, 99) <= 5,
  });

  // ---------------------------------------------------------------------------------------------------
  // Two-word search
  const searchTimes: number[] = [];
  let hits = 0;
  for (let i = 0; i < SEARCHES; i++) {
    const words = tokenise(samples[i % samples.length] ?? 'vigil family').filter((w) => !/\d/.test(w));
    const a = words[Math.floor(Math.random() * words.length)] ?? 'vigil';
    const b = words[Math.floor(Math.random() * words.length)] ?? 'family';
    const t0 = performance.now();
    const result = await searchReports(deps, { q: `${a} ${b}`, limit: 50 });
    searchTimes.push(performance.now() - t0);
    hits += result.items.length;
  }
  searchTimes.sort((x, y) => x - y);
  emit({
    bench: 'linking.search_two_words',
    ...machine(),
    reports: loaded,
    samples: searchTimes.length,
    averageHits: round(hits / SEARCHES, 1),
    p50Ms: round(percentile(searchTimes, 50), 2),
    p95Ms: round(percentile(searchTimes, 95), 2),
    goal: 'two-word search p95 ≤ 100 ms',
    met: percentile(searchTimes, 95) <= 100,
  });

  // ---------------------------------------------------------------------------------------------------
  // Storage
  // Bulk loading updated every value's count once; compact, as autovacuum would over time.
  for (const table of ['indicator_values', 'indicator_occurrences', 'search_tokens']) {
    await db.exec(`VACUUM FULL ANALYZE ${table}`);
  }
  const { rows } = await db.query<{
    values_bytes: string;
    occ_bytes: string;
    occ: string;
    token_bytes: string;
    tokens: string;
  }>(
    `SELECT pg_total_relation_size('indicator_values') AS values_bytes,
            pg_total_relation_size('indicator_occurrences') AS occ_bytes,
            (SELECT count(*) FROM indicator_occurrences) AS occ,
            pg_total_relation_size('search_tokens') AS token_bytes,
            (SELECT count(*) FROM search_tokens) AS tokens`,
  );
  const s = rows[0]!;
  const perOccurrence = (Number(s.values_bytes) + Number(s.occ_bytes)) / Number(s.occ);
  emit({
    bench: 'linking.storage_per_occurrence',
    ...machine(),
    reports: loaded,
    occurrences: Number(s.occ),
    bytesPerOccurrence: round(perOccurrence, 1),
    valuesTableBytes: Number(s.values_bytes),
    occurrencesTableBytes: Number(s.occ_bytes),
    searchTokenBytesPerReport: round(Number(s.token_bytes) / loaded, 1),
    searchTokensPerReport: round(Number(s.tokens) / loaded, 1),
    goal: 'indicator storage (values + occurrences, with indexes) ≤ 300 bytes per occurrence',
    met: perOccurrence <= 300,
  });
} finally {
  await db.close();
  if (process.argv.includes('--keep')) log(`kept database ${dbName}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
