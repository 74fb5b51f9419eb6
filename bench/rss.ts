import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateReports } from '../src/server/demo/generate.ts';
import { emit, percentile, root, round } from './lib.ts';

/**
 * Memory under load: the resident set of a real FocalPoint process (PGlite) while 32 clients submit reports,
 * open follow-ups and list cases for SECONDS seconds. The server is scripts/security-server.ts: the real
 * app with public rate limits relaxed, so the load reaches the code instead of a 429.
 * Goal: peak RSS ≤ 300 MB.
 */
const SECONDS = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 20);
const CLIENTS = 32;

// A server is measured after a restart, as it runs day to day: the first start also creates the database.
const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-bench-rss-'));
const start = () =>
  spawn(process.execPath, [path.join(root, 'scripts/security-server.ts'), dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
const first = start();
await readInfo(first);
first.kill('SIGTERM');
await new Promise((r) => first.once('exit', r));
const child = start();
const info = await readInfo(child);

function readInfo(child: ReturnType<typeof start>) {
  return new Promise<{ baseUrl: string; cookie: string; receipt: string }>((resolve, reject) => {
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

const status = () => readFileSync(`/proc/${child.pid}/status`, 'utf8');
const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? 0);
const idleRss = kb('VmRSS') / 1024;

const reports = generateReports({ count: 1_000_000, seed: 4 });
const latencies: number[] = [];
let requests = 0;
let errors = 0;
const samples: number[] = [];
const sampler = setInterval(() => samples.push(kb('VmRSS') / 1024), 250);
const end = Date.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, client) => {
    while (Date.now() < end) {
      const t = performance.now();
      const kind = (requests + client) % 4;
      const res =
        kind === 0
          ? await fetch(`${info.baseUrl}/api/v1/followup`, {
              headers: { authorization: `Receipt ${info.receipt}` },
            })
          : kind === 1
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
const startupPeak = kb('VmHWM') / 1024;
const peak = Math.max(...samples);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await rm(dataDir, { recursive: true, force: true });
latencies.sort((a, b) => a - b);
emit({
  bench: 'rss.under_load.pglite',
  seconds: SECONDS,
  clients: CLIENTS,
  requests,
  errors,
  requestsPerSecond: round(requests / SECONDS, 0),
  p50Ms: round(percentile(latencies, 50)),
  p99Ms: round(percentile(latencies, 99)),
  idleRssMb: round(idleRss, 1),
  steadyRssMb: round(
    percentile(
      [...samples].sort((a, b) => a - b),
      50,
    ),
    1,
  ),
  peakRssUnderLoadMb: round(peak, 1),
  // Opening PGlite compiles its WebAssembly, a transient peak before the first request.
  startupPeakRssMb: round(startupPeak, 1),
  goal: 'peak RSS under load ≤ 300 MB',
  met: peak <= 300,
});
