import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';
import { createTestDatabase, testDatabaseServer } from './test-context.ts';

// Browser tests import it from free-port.ts (this file pulls in Vitest through test-context.ts).
export { freePort };

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * FocalPoint as an operator runs it: `node src/server/main.ts` in its own process, on a temporary data
 * directory (and a fresh PostgreSQL database when the suite runs on PostgreSQL).
 */
export class ServerProcess {
  child: ChildProcess | undefined;
  readonly env: Record<string, string>;
  readonly dataDir: string;
  readonly baseUrl: string;
  output = '';
  readonly #dropDatabase: (() => Promise<void>) | undefined;

  private constructor(
    env: Record<string, string>,
    dataDir: string,
    port: number,
    drop?: () => Promise<void>,
  ) {
    this.env = env;
    this.dataDir = dataDir;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.#dropDatabase = drop;
  }

  static async create(extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'fp-proc-'));
    const port = await freePort();
    const server = testDatabaseServer();
    const database = server ? await createTestDatabase(server) : undefined;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      FOCALPOINT_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...extraEnv,
    };
    return new ServerProcess(env, dataDir, port, database?.drop);
  }

  async start(timeoutMs = 90_000): Promise<void> {
    this.child = spawn(process.execPath, [path.join(root, 'src/server/main.ts')], {
      env: this.env,
      cwd: root,
    });
    this.child.stdout?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    this.child.stderr?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      try {
        const res = await fetch(`${this.baseUrl}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become healthy:\n${this.output}`);
  }

  /** SIGTERM, then wait for a clean exit; returns the exit code. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  /** Runs the `focalpoint` CLI with this server's environment. */
  cli(
    args: string[],
    extraEnv: Record<string, string> = {},
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [path.join(root, 'bin/focalpoint.mjs'), ...args],
        { env: { ...this.env, ...extraEnv }, cwd: root },
        (err, stdout, stderr) => {
          resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
        },
      );
    });
  }

  async cleanup() {
    await this.stop('SIGKILL');
    await this.#dropDatabase?.();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
