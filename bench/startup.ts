import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { emit, round, startServer } from './lib.ts';

/**
 * Start-up time on embedded PGlite, from spawning the process to the first healthy /healthz.
 * The first start creates the database (initdb) and applies every migration; later starts open it.
 * Goal: a restart within 3 s.
 */
const dir = await mkdtemp(path.join(tmpdir(), 'fp-bench-startup-'));
try {
  const first = await startServer({}, dir);
  await first.stop();
  const restarts: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await startServer({}, dir);
    restarts.push(s.startupMs);
    await s.stop();
  }
  const median = restarts.sort((a, b) => a - b)[1]!;
  emit({
    bench: 'startup.pglite',
    firstStartMs: round(first.startupMs, 0),
    restartMedianMs: round(median, 0),
    restartsMs: restarts.map((r) => round(r, 0)),
    goal: 'restart on PGlite ≤ 3000 ms',
    met: median <= 3000,
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
