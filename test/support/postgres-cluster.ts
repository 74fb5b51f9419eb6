import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server of the test's own (Debian's binaries), which the test may stop and start at will.
 * initdb refuses to run as root, so as root the server runs as the `postgres` system user.
 */
export class PostgresCluster {
  readonly dir: string;
  readonly port: number;
  readonly #bin: string;

  constructor(port: number) {
    const base = '/usr/lib/postgresql';
    const version = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a))[0] : undefined;
    if (!version) throw new Error('PostgreSQL server binaries not found: apt-get install postgresql');
    this.#bin = path.join(base, version, 'bin');
    this.port = port;
    this.dir = mkdtempSync(path.join(tmpdir(), 'fp-pgcluster-'));
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres', this.dir]);
    this.#run('initdb', ['-D', path.join(this.dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  }

  #run(tool: string, args: string[]) {
    const cmd = path.join(this.#bin, tool);
    if (process.getuid?.() === 0) {
      const quoted = [cmd, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'ignore' });
    } else {
      execFileSync(cmd, args, { stdio: 'ignore' });
    }
  }

  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  start() {
    this.#run('pg_ctl', [
      '-D',
      path.join(this.dir, 'data'),
      '-l',
      path.join(this.dir, 'log'),
      '-w',
      'start',
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`,
    ]);
  }

  /** `immediate`: the way a crash or a network partition looks to clients. */
  stop(mode: 'fast' | 'immediate' = 'immediate') {
    this.#run('pg_ctl', ['-D', path.join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
  }

  destroy() {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
