import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * PGlite belongs to one process: two processes opening one data directory corrupt it. The server takes
 * this lock; the CLI, finding it held, talks to the running server over its admin socket instead.
 */
export const LOCK_FILE = 'focalpoint.lock';

export class DataDirLockedError extends Error {
  readonly pid: number;
  constructor(pid: number) {
    super(`the data directory is in use by process ${pid}`);
    this.pid = pid;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid holding the lock, or null when nobody (alive) holds it. */
export async function lockHolder(dataDir: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(path.join(dataDir, LOCK_FILE), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = await lockHolder(dataDir);
      if (holder !== null && holder !== process.pid) throw new DataDirLockedError(holder);
      // A stale lock from a process that died (crash, SIGKILL): take it over.
      await rm(file, { force: true });
    }
  }
  throw new Error('could not lock the data directory');
}
