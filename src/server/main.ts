import { startAdminSocket } from './admin/admin-socket.ts';
import { buildApp } from './app.ts';
import { announceFirstRun } from './auth/setup.ts';
import { openContext } from './boot.ts';
import { ConfigError, loadConfig } from './config.ts';
import { allOperations } from './features.ts';
import { DataDirLockedError } from './platform/db/data-dir-lock.ts';

/** boot: config → database → migrations → listen. SIGTERM drains in-flight requests, then exits. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const started = performance.now();
  let context: Awaited<ReturnType<typeof openContext>>;
  try {
    context = await openContext(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`FocalPoint is already running on ${config.dataDir} (process ${err.pid}).`);
      process.exit(1);
    }
    throw err;
  }
  const { deps } = context;
  const app = await buildApp(deps);
  const stopAdmin = await startAdminSocket(deps, allOperations());
  await app.listen({ port: config.port, host: config.host });
  app.log.info(
    {
      code: 'server.listening',
      url: config.publicUrl,
      database: deps.db.kind,
      startupMs: Math.round(performance.now() - started),
    },
    `FocalPoint is listening on ${config.publicUrl}`,
  );
  await announceFirstRun(deps, app.log);
  await app.ready();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    deps.lifecycle.draining = true;
    app.log.info({ signal }, 'draining in-flight requests');
    // Fastify's close stops accepting connections and waits for requests under way to finish.
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await stopAdmin();
      await context.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main();
