// `npm start`: build the staff console if its sources changed since the last build, then run the server.
import { spawn } from 'node:child_process';
import { ensureConsoleBuilt } from './console-build.mjs';

await ensureConsoleBuilt();
const child = spawn(process.execPath, ['src/server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
