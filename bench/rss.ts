import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { generateReports } from '../src/server/demo/generate.ts';
import { createTestDatabase } from '../src/server/testing/test-context.ts';
import { emit, percentile, root, round } from './lib.ts';

/**
 * Memory under load: the resident set of a real FocalPoint process while 32 clients submit reports, open
 * follow-ups and list cases for SECONDS seconds, on PGlite and (with a PostgreSQL URL) on PostgreSQL. The
 * server is scripts/security-server.ts: the real app with public rate limits relaxed, so the load reaches
 * the code instead of a 429, started with the Node flags `npm start` uses (scripts/start.mjs).
 * Goal: RSS under load ≤ 300 MB (the peak of the samples taken every 250 ms; the median is "steady").
 *
 *   node bench/rss.ts [--seconds=20] [--only pglite|postgres] [--database-url postgres://…]
 *   FOCALPOINT_BENCH_DATABASE_URL=postgres://… node bench/rss.ts
 *   node bench/rss.ts --node-flags="--max-semi-space-size=16"   (compare other flags; "" for none)
 */
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  if (eq) return eq.slice(name.length + 3);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const SECONDS = Number(arg('seconds') ?? 20);
const CLIENTS = 32;
const DATABASE_URL = arg('database-url') ?? process.env.FOCALPOINT_BENCH_DATABASE_URL;
const ONLY = arg('only');
const { SERVER_NODE_FLAGS } = (await import(path.join(root, 'scripts/start.mjs'))) as {
  SERVER_NODE_FLAGS: string[];
};
const given = arg('node-flags');
const NODE_FLAGS = given === undefined ? SERVER_NODE_FLAGS : given.split(/\s+/).filter(Boolean);

type Info = { baseUrl: string; cookie: string; receipt: string };

function startServer(dataDir: string, databaseUrl: string | undefined) {
  return spawn(process.execPath, [...NODE_FLAGS, path.join(root, 'scripts/security-server.ts'), dataDir], {
    cwd: root,
    env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function readInfo(child: ReturnType<typeof startServer>) {
  return new Promise<Info>((resolve, reject) => {
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(buffer.slice(0, nl)));
    });
    child.on('exit', () => reject(new Error('server exited')));
  });
}

async function stop(child: ReturnType<typeof startServer>) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function measure(kind: 'pglite' | 'postgres') {
  const scratch = kind === 'postgres' && DATABASE_URL ? await createTestDatabase(DATABASE_URL) : undefined;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-bench-rss-'));
  try {
    // A server is measured after a restart, as it runs day to day: the first start also creates the database.
    const first = startServer(dataDir, scratch?.url);
    await readInfo(first);
    await stop(first);
    const child = startServer(dataDir, scratch?.url);
    const info = await readInfo(child);

    const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const mb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? 0) / 1024;
    // CPU time the server spent (user + system, clock ticks of 10 ms): per request, it says what the
    // flags cost even when other work on the machine makes the throughput noisy.
    const cpuMs = () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return (Number(fields[11]) + Number(fields[12])) * 10;
    };
    const startupPeak = mb('VmHWM');
    const idleRss = mb('VmRSS');
    const loadBefore = loadavg()[0] ?? 0;
    const cpuBefore = cpuMs();

    const reports = generateReports({ count: 1_000_000, seed: 4 });
    const latencies: number[] = [];
    let requests = 0;
    let errors = 0;
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(mb('VmRSS')), 250);
    const end = Date.now() + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        while (Date.now() < end) {
          const t = performance.now();
          const which = (requests + client) % 4;
          const res =
            which === 0
              ? await fetch(`${info.baseUrl}/api/v1/followup`, {
                  headers: { authorization: `Receipt ${info.receipt}` },
                })
              : which === 1
                ? await fetch(`${info.baseUrl}/api/v1/cases?page=1`, { headers: { cookie: info.cookie } })
                : await fetch(`${info.baseUrl}/api/v1/reports`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify(reports.next().value!.input),
                  });
          await res.arrayBuffer();
          latencies.push(performance.now() - t);
          requests++;
          if (res.status >= 400) errors++;
        }
      }),
    );
    clearInterval(sampler);
    const cpuUsed = cpuMs() - cpuBefore;
    const loadAfter = loadavg()[0] ?? 0;
    await stop(child);
    latencies.sort((a, b) => a - b);
    const sorted = [...samples].sort((a, b) => a - b);
    const peak = Math.max(...samples);
    emit({
      bench: `rss.under_load.${kind}`,
      seconds: SECONDS,
      clients: CLIENTS,
      nodeFlags: NODE_FLAGS.join(' '),
      requests,
      errors,
      requestsPerSecond: round(requests / SECONDS, 0),
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      serverCpuMsPerRequest: round(cpuUsed / Math.max(1, requests), 1),
      idleRssMb: round(idleRss, 1),
      steadyRssMb: round(percentile(sorted, 50), 1),
      p90RssMb: round(percentile(sorted, 90), 1),
      peakRssUnderLoadMb: round(peak, 1),
      // The highest resident set since the process started (start-up included), before the load.
      startupPeakRssMb: round(startupPeak, 1),
      machine: { cpus: cpus().length, loadAverage1mBefore: round(loadBefore, 1), after: round(loadAfter, 1) },
      goal: 'peak RSS under load ≤ 300 MB',
      met: peak <= 300,
    });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await scratch?.drop();
  }
}

if (ONLY !== 'postgres') await measure('pglite');
if (ONLY !== 'pglite' && DATABASE_URL) await measure('postgres');
