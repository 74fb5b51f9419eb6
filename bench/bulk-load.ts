import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { bulkLoadReports } from '../src/server/demo/bulk-load.ts';
import { verifyAuditChain } from '../src/server/platform/audit/verify.ts';
import { Vault } from '../src/server/platform/crypto/envelope.ts';
import { deriveKeyRing } from '../src/server/platform/crypto/keyring.ts';
import type { Db } from '../src/server/platform/db/db.ts';
import { migrate } from '../src/server/platform/db/migrate.ts';
import { openPglite } from '../src/server/platform/db/pglite.ts';
import { openPostgres } from '../src/server/platform/db/postgres.ts';
import { systemClock } from '../src/server/platform/jobs/clock.ts';
import { arg, emit, round } from './lib.ts';

/**
 * Bulk loading synthetic reports (`focalpoint demo seed`, and the 1M-report benchmarks of issues 5 and 7):
 * reports per second into a fresh database, everything included — generation, extraction, sealing,
 * tokens, the writes, ANALYZE and the final campaign recomputation.
 *
 *   node bench/bulk-load.ts [--reports 20000] [--pglite-reports 3000] [--batch-size 5000]
 *                           [--database-url postgres://…]   (or FOCALPOINT_BENCH_DATABASE_URL)
 *
 * The PostgreSQL figure is judged against "1,000,000 reports in ≤ 15 minutes": measured when --reports is
 * 1000000, otherwise projected linearly from the rate measured (stated in the figure). The URL names a
 * server where a scratch database is created and dropped. PGlite runs in memory, on fewer reports.
 * Node's own CPU time is reported beside the wall time: the rest of the machine (the database, other
 * work) shares two cores, so compare ratios, not only absolute numbers.
 */

const REPORTS = Number(arg('reports') ?? 20_000);
const PGLITE_REPORTS = Number(arg('pglite-reports') ?? Math.min(REPORTS, 3_000));
const BATCH = arg('batch-size') ? Number(arg('batch-size')) : undefined;
const SERVER = arg('database-url') ?? process.env.FOCALPOINT_BENCH_DATABASE_URL;
const MILLION = 1_000_000;
const GOAL_SECONDS = 15 * 60;

const log = (message: string) => process.stderr.write(`bulk-load: ${message}\n`);
const machine = () => ({ cpus: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0, 1) });

async function measure(db: Db, count: number, label: string) {
  await migrate(db);
  const keys = deriveKeyRing(randomBytes(32));
  const vault = new Vault(keys);
  await db.transaction((tx) => vault.ensureActiveKek(tx));
  const before = machine();
  const cpu0 = process.cpuUsage();
  let lastLogged = 0;
  const result = await bulkLoadReports(
    { db, keys, vault, clock: systemClock() },
    {
      count,
      seed: 7,
      ...(BATCH ? { batchSize: BATCH } : {}),
      onProgress: (done, total) => {
        if (done - lastLogged >= total / 10 || done === total) {
          lastLogged = done;
          log(`${label}: ${done}/${total}, load average ${loadavg()[0]?.toFixed(1)}`);
        }
      },
    },
  );
  const cpu = process.cpuUsage(cpu0);
  const audit = await verifyAuditChain({ db, keys });
  if (!audit.ok) throw new Error('the audit chain does not verify after the load');
  return {
    reports: result.reports,
    seconds: round(result.seconds, 1),
    reportsPerSec: Math.round(result.reports / result.seconds),
    nodeCpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
    campaigns: result.campaigns,
    values: result.values,
    occurrences: result.occurrences,
    searchTokens: result.searchTokens,
    machineBefore: before,
    machineAfter: machine(),
  };
}

if (SERVER) {
  const dbName = `fp_bench_bulk_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(SERVER);
  url.pathname = `/${dbName}`;
  const db = await openPostgres(url.toString(), { max: 4 });
  try {
    const figure = await measure(db, REPORTS, 'postgres');
    const projected = REPORTS >= MILLION ? figure.seconds : (figure.seconds * MILLION) / figure.reports;
    emit({
      bench: 'bulk-load.postgres',
      ...figure,
      secondsForAMillion: round(projected, 0),
      ...(REPORTS >= MILLION ? {} : { projectedFrom: REPORTS }),
      goal: '1,000,000 reports in ≤ 15 minutes',
      met: projected <= GOAL_SECONDS,
    });
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
} else {
  emit({
    bench: 'bulk-load.postgres',
    skipped: 'set FOCALPOINT_BENCH_DATABASE_URL (or --database-url) to a PostgreSQL server to run it',
  });
}

const lite = await openPglite(undefined);
try {
  emit({ bench: 'bulk-load.pglite', ...(await measure(lite, PGLITE_REPORTS, 'pglite')) });
} finally {
  await lite.close();
}
