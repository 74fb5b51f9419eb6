import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openContext } from '../src/server/boot.ts';
import { loadConfig } from '../src/server/config.ts';
import { buildDashboardSummary } from '../src/server/dashboards/service.ts';
import { buildPeriodicReport } from '../src/server/periodic-reports/model.ts';
import type { DashboardQuery } from '../src/shared/contracts/dashboards.ts';
import { emit, percentile, round } from './lib.ts';

/**
 * The dashboard summary's latency (every aggregate of GET /api/v1/dashboards/summary, computed by the
 * same service function, sequentially on one connection) at N reports, on PGlite and — when given a
 * server — on PostgreSQL. Reports and cases are bulk-inserted with one SQL statement per batch
 * (generate_series), with a realistic spread of months, tactics, communities, provinces, risks and
 * statuses; content columns hold placeholder bytes (no text at all), since only classification is read.
 *
 *   node bench/dashboards.ts [--reports 20000] [--runs 20] [--database-url postgres://…]
 *   FOCALPOINT_BENCH_DATABASE_URL=postgres://… node bench/dashboards.ts --reports 1000000
 *
 * Goal: the summary answers within 200 ms at one million reports. `met` is true only when this run
 * loaded at least one million reports and its p95 is within 200 ms: a faster figure at a smaller N
 * does not show the goal is met.
 */
function arg(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

const REPORTS = Number(arg('reports') ?? 20_000);
const RUNS = Number(arg('runs') ?? 20);
const DATABASE_URL = arg('database-url') ?? process.env.FOCALPOINT_BENCH_DATABASE_URL;
const GOAL = '≤ 200 ms at 1M reports';
const BATCH = 50_000;

async function scratchDatabase(serverUrl: string) {
  const name = `fp_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const ARR = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]::text[]`;
const TACTICS = ARR([
  'death_threat',
  'family_pressure',
  'phishing',
  'online_harassment',
  'surveillance',
  'doxxing',
]);
const COMMUNITIES = ARR(['uyghur', 'tibetan', 'hong_kong', 'falun_gong', 'taiwanese', 'chinese_dissident']);
const CHANNELS = ARR(['messaging_app', 'wechat', 'phone', 'email', 'in_person', 'social_media']);
const PROVINCES = ARR(['ON', 'BC', 'QC', 'AB', 'MB', 'NS']);
const CAMPUSES = ARR(['University of Toronto', 'McGill University', 'UBC', 'University of Alberta']);

async function load(deps: Awaited<ReturnType<typeof openContext>>['deps'], n: number) {
  const key = await deps.db.transaction((tx) => deps.vault.newDataKey(tx));
  for (let start = 0; start < n; start += BATCH) {
    const end = Math.min(n, start + BATCH) - 1;
    await deps.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO cases (id, reference, status, risk, opened_at, acknowledged_at, spam, updated_at)
         SELECT md5('c' || i)::uuid, 'FP-B' || i,
                (ARRAY['new','triaged','in_progress','referred','closed'])[1 + i % 5],
                (ARRAY['immediate','high','medium','low'])[1 + (i * 7) % 4],
                t, CASE WHEN i % 10 = 0 THEN NULL ELSE t + make_interval(mins => (i * 13) % 4320) END,
                i % 50 = 0, t
           FROM (SELECT i, timestamptz '2025-01-01T00:00:00Z' + make_interval(days => i % 540, secs => i % 86400) AS t
                   FROM generate_series($1::int, $2::int) AS i) g`,
        [start, end],
      );
      await tx.query(
        `INSERT INTO reports (id, reference, case_id, receipt_hash, data_key_id, received_at, language, province,
                              institution, tactics, communities, channels, perpetrator_types, suspected_state,
                              anonymous, risk, consent_statistics, narrative_sealed)
         SELECT md5('r' || i)::uuid, 'FP-B' || i, md5('c' || i)::uuid, decode(md5('h' || i), 'hex'), $3,
                timestamptz '2025-01-01T00:00:00Z' + make_interval(days => i % 540, secs => i % 86400), 'en',
                (${PROVINCES})[1 + i % 6],
                CASE WHEN i % 9 = 0 THEN (${CAMPUSES})[1 + (i / 9) % 4] END,
                ARRAY[(${TACTICS})[1 + i % 6], (${TACTICS})[1 + (i / 6) % 6]],
                ARRAY[(${COMMUNITIES})[1 + (i / 3) % 6]],
                ARRAY[(${CHANNELS})[1 + (i / 5) % 6]],
                CASE WHEN i % 4 = 0 THEN ARRAY['unknown']::text[] ELSE '{}'::text[] END,
                CASE WHEN i % 7 = 0 THEN NULL ELSE 'CN' END,
                true, (ARRAY['immediate','high','medium','low'])[1 + (i * 7) % 4], i % 3 <> 0,
                '\\x00'::bytea
           FROM generate_series($1::int, $2::int) AS i`,
        [start, end, key.id],
      );
    });
  }
  await deps.db.exec('ANALYZE cases; ANALYZE reports;');
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn();
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

async function run(kind: 'pglite' | 'postgres') {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-bench-dashboards-'));
  const scratch = kind === 'postgres' && DATABASE_URL ? await scratchDatabase(DATABASE_URL) : undefined;
  const config = loadConfig({
    FOCALPOINT_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  });
  const context = await openContext(config);
  try {
    const t0 = performance.now();
    await load(context.deps, REPORTS);
    const loadSeconds = round((performance.now() - t0) / 1000, 1);
    const queries: [string, DashboardQuery][] = [
      ['all', {}],
      ['period', { from: '2025-07-01', to: '2025-12-31' }],
      ['period+community', { from: '2025-07-01', to: '2025-12-31', community: 'uyghur' }],
    ];
    for (const [label, query] of queries) {
      const { p50, p95 } = await time(() => buildDashboardSummary(context.deps, query));
      emit({
        bench: 'dashboards.summary',
        db: kind,
        selection: label,
        reports: REPORTS,
        runs: RUNS,
        p50_ms: p50,
        p95_ms: p95,
        load_s: loadSeconds,
        goal: GOAL,
        met: REPORTS >= 1_000_000 && p95 <= 200,
        note:
          REPORTS >= 1_000_000
            ? 'measured at the goal size'
            : `measured at ${REPORTS} reports, not 1M: this does not show the goal is met`,
      });
    }
    const report = await time(() =>
      buildPeriodicReport(context.deps, { from: '2025-01-01', to: '2025-12-31', lang: 'en' }),
    );
    emit({
      bench: 'dashboards.periodic-report-model',
      db: kind,
      reports: REPORTS,
      runs: RUNS,
      p50_ms: report.p50,
      p95_ms: report.p95,
    });
  } finally {
    await context.close();
    await scratch?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await run('pglite');
if (DATABASE_URL) await run('postgres');
