import { callAdminSocket } from '../server/admin/admin-socket.ts';
import { type AdminEvent, runOperation } from '../server/admin/operation.ts';
import { installationExists, openContext } from '../server/boot.ts';
import type { Config } from '../server/config.ts';
import { allOperations } from '../server/features.ts';
import { lockHolder } from '../server/platform/db/data-dir-lock.ts';

/**
 * Runs an operation where the data lives: inside the running server (through its admin socket) when one
 * holds the data directory — PGlite must never be opened by two processes — or in this process otherwise.
 */
export async function runWhereDataLives(
  config: Config,
  operation: string,
  args: unknown,
  onEvent: (e: AdminEvent) => void,
  opts: { mayCreate?: boolean } = {},
): Promise<AdminEvent & { type: 'result' }> {
  if ((await lockHolder(config.dataDir)) !== null) {
    return callAdminSocket(config.dataDir, operation, args, onEvent);
  }
  // Opening the context would make an installation (a new master key, an empty database) where there is none.
  if (!opts.mayCreate && !(await installationExists(config))) throw new NoInstallationError(config.dataDir);
  const context = await openContext(config, { logTo: 'stderr' });
  try {
    return await runOperation(context.deps, allOperations(), operation, args, onEvent);
  } finally {
    await context.close();
  }
}

/** The command was pointed at a directory where no installation exists (and may not make one). */
export class NoInstallationError extends Error {
  readonly dataDir: string;
  constructor(dataDir: string) {
    super(`no installation in ${dataDir}`);
    this.dataDir = dataDir;
  }
}
