import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { makePdfBomb } from '../src/server/evidence/testing/media-fixtures.ts';
import { arg, emit, peakRssMb, percentile, round, startServer } from './lib.ts';

/**
 * A decompression bomb among the evidence, against a running server: a 2 MB PDF of eight Flate streams
 * of 250 MB of zeros each is uploaded while /healthz is asked every 50 ms. The file is examined in a
 * worker thread within a decompression budget (src/server/evidence/file-workers.ts), so no answer to
 * /healthz should wait on it. Goal: no /healthz slower than 500 ms while the upload is under way, and
 * the file refused (201 with refusedFiles). On PGlite, and on PostgreSQL when
 * FOCALPOINT_BENCH_DATABASE_URL (or --database-url) names a server.
 *
 *   node bench/evidence-bomb.ts [--database-url postgres://…]
 */
const SERVER = arg('database-url') ?? process.env.FOCALPOINT_BENCH_DATABASE_URL;
const POLL_MS = 50;

const bomb = await makePdfBomb({ streams: 8, inflatedMb: 250 });

/** A fresh database on the PostgreSQL server for one run, dropped afterwards. */
async function freshDatabase(serverUrl: string) {
  const name = `fp_bench_bomb_${randomBytes(5).toString('hex')}`;
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

async function run(db: 'pglite' | 'postgres') {
  const database = db === 'postgres' && SERVER ? await freshDatabase(SERVER) : undefined;
  const server = await startServer({
    FOCALPOINT_MAX_UPLOAD_MB: '5',
    ...(database ? { DATABASE_URL: database.url } : {}),
  });
  try {
    const pid = server.child.pid as number;
    const rssBefore = peakRssMb(pid);
    const form = new FormData();
    form.set('narrative', 'The letter they sent, scanned.');
    form.set('language', 'en');
    form.set('evidence', new Blob([new Uint8Array(bomb)], { type: 'application/pdf' }), 'letter.pdf');
    const started = performance.now();
    let answered = false;
    const upload = fetch(`${server.baseUrl}/api/v1/reports`, { method: 'POST', body: form }).then(
      async (res) => {
        answered = true;
        return { status: res.status, body: (await res.json()) as { refusedFiles?: { reason: string }[] } };
      },
    );
    const latencies: number[] = [];
    while (!answered) {
      const asked = performance.now();
      const health = await fetch(`${server.baseUrl}/healthz`);
      await health.arrayBuffer();
      latencies.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, POLL_MS - (performance.now() - asked))));
    }
    const result = await upload;
    const uploadMs = performance.now() - started;
    const sorted = [...latencies].sort((a, b) => a - b);
    const slowest = sorted.at(-1) ?? Number.NaN;
    const refused = result.status === 201 && result.body.refusedFiles?.[0]?.reason === 'expandsTooMuch';
    emit({
      bench: `evidence-bomb.${db}`,
      bombBytes: bomb.length,
      inflatesToMb: 8 * 250,
      uploadStatus: result.status,
      refused,
      uploadMs: round(uploadMs, 0),
      healthzAsked: latencies.length,
      healthzMedianMs: round(percentile(sorted, 50), 1),
      healthzMaxMs: round(slowest, 1),
      healthzMs: latencies.map((l) => round(l, 0)),
      serverPeakRssMbBefore: rssBefore,
      serverPeakRssMbAfter: peakRssMb(pid),
      goal: 'no /healthz answer slower than 500 ms while the bomb is examined; the file refused',
      met: refused && slowest <= 500,
    });
  } finally {
    await server.stop();
    await database?.drop();
  }
}

await run('pglite');
if (SERVER) await run('postgres');
else
  emit({
    bench: 'evidence-bomb.postgres',
    skipped: 'set FOCALPOINT_BENCH_DATABASE_URL to run it on PostgreSQL',
  });
