// Starts FocalPoint for the browser tests on a fresh data directory (see e2e/support/environment.ts).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { ensureConsoleBuilt } from './console-build.mjs';

rmSync(process.env.FOCALPOINT_DATA_DIR, { recursive: true, force: true });
await ensureConsoleBuilt();
const child = spawn(process.execPath, ['src/server/main.ts'], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
