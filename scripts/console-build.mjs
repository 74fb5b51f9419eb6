import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Rebuilds dist/console when any file under src/web or src/shared is newer than the last build. */
export async function ensureConsoleBuilt() {
  if (!existsSync('src/web/index.html')) return;
  const stamp = 'dist/console/index.html';
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(...['src/web', 'src/shared', 'vite.config.ts'].map(latestMtime));
  if (built >= newest) return;
  process.stderr.write('Building the staff console…\n');
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function latestMtime(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(p)) max = Math.max(max, latestMtime(path.join(p, entry)));
  return max;
}
