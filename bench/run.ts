import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib.ts';

/**
 * `npm run bench`: runs every benchmark in bench/ (each file that is not a library), passes their JSON
 * lines through, and ends with a summary of the goals met. Arguments after `--` go to every benchmark
 * (e.g. `npm run bench -- --reports 1000000`). FOCALPOINT_BENCH_DATABASE_URL adds PostgreSQL runs.
 */
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));
const files = readdirSync(path.join(root, 'bench'))
  .filter(
    (f) =>
      f.endsWith('.ts') && !['run.ts', 'lib.ts'].includes(f) && !f.endsWith('.test.ts') && !f.startsWith('_'),
  )
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const figures: { bench: string; met?: boolean }[] = [];
const failed: string[] = [];
for (const file of files) {
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bench', file), ...passThrough], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (line.startsWith('{')) {
          process.stdout.write(`${line}\n`);
          try {
            figures.push(JSON.parse(line));
          } catch {
            // a benchmark printed something that is not a figure; it still shows above
          }
        } else if (line) process.stderr.write(`${line}\n`);
        nl = buffer.indexOf('\n');
      }
    });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) failed.push(file);
}
const judged = figures.filter((f) => typeof f.met === 'boolean');
process.stdout.write(
  `${JSON.stringify({
    bench: 'summary',
    benchmarks: files.length,
    figures: figures.length,
    goals: judged.length,
    met: judged.filter((f) => f.met).length,
    notMet: judged.filter((f) => !f.met).map((f) => f.bench),
    failedToRun: failed,
  })}\n`,
);
process.exitCode = failed.length ? 1 : 0;
