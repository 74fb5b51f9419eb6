// `npm start`: build the staff console if its sources changed since the last build, then run the server.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureConsoleBuilt } from './console-build.mjs';

/**
 * The Node flags the server runs with, chosen for memory (ARCHITECTURE.md, "Choices, and why"; measured by
 * bench/rss.ts, which starts its server with these same flags).
 * - `--liftoff-only`: PGlite's PostgreSQL is WebAssembly. A few seconds after start V8's optimising
 *   compiler (TurboFan) recompiles its hottest functions; some are huge, and that compilation alone took
 *   the process from ~250 MB to ~800 MB, then left ~60 MB of optimised code resident. The baseline
 *   compiler's code is fast enough for a focal point's load (no loss measured in bench/rss.ts).
 * - `--max-semi-space-size=4` (MB): a smaller young generation; short-lived request garbage is collected
 *   more often, at little cost.
 * - `--heap-growing-percent=30`: the next full collection comes when the heap has grown 30% past what
 *   the last one kept, instead of V8's default of up to 4×: under load the heap stays near what is live
 *   (~60 MB) instead of drifting up by ~50 MB a minute. No hard cap, so a large export cannot hit one.
 */
export const SERVER_NODE_FLAGS = ['--liftoff-only', '--max-semi-space-size=4', '--heap-growing-percent=30'];

// Run as `npm start`; imported (by bench/rss.ts) for the flags only.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureConsoleBuilt();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'src/server/main.ts'], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
