import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../server/platform/db/pglite.ts';
import { openPostgres } from '../server/platform/db/postgres.ts';
import { ServerProcess } from '../server/testing/server-process.ts';

describe('FocalPoint as an operator runs it: the server process and the focalpoint CLI', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await ServerProcess.create();
    await server.start();
  }, 180_000);
  afterAll(() => server.cleanup());

  it('creates the master key file with mode 0600 on first start', async () => {
    if (server.env.FOCALPOINT_MASTER_KEY) return;
    const info = await stat(path.join(server.dataDir, 'master.key'));
    expect(info.mode & 0o777).toBe(0o600);
  });

  it('creates a user while the server runs, printing the one-time password and TOTP secret as JSON', async () => {
    const r = await server.cli([
      'user',
      'create',
      '--email',
      'Lead@Example.org',
      '--role',
      'supervisor',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const created = JSON.parse(r.stdout);
    expect(Object.keys(created).sort()).toEqual(['email', 'password', 'totpSecret']);
    expect(created.email).toBe('lead@example.org');
    expect(created.password.length).toBeGreaterThanOrEqual(16);
    expect(created.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('explains bad input clearly and exits non-zero', async () => {
    const noRole = await server.cli(['user', 'create', '--email', 'x@example.org']);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain('--role');
    const badRole = await server.cli(['user', 'create', '--email', 'x@example.org', '--role', 'wizard']);
    expect(badRole.code).toBe(1);
    expect(badRole.stderr).toMatch(/role/);
    const unknown = await server.cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command');
    const help = await server.cli(['user', 'create', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--email');
  });

  it('verifies the audit chain and rotates keys while the server runs', async () => {
    const verify = await server.cli(['audit', 'verify', '--json']);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
    const rotate = await server.cli(['keys', 'rotate', '--json']);
    expect(rotate.code).toBe(0);
    expect(JSON.parse(rotate.stdout).rewrapped).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
  });

  it('refuses a second server on the same data directory', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['src/server/main.ts'], {
      env: { ...server.env, PORT: '0' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('already running');
  });

  // Five processes start and stop in turn (server, CLI, server, CLI, CLI): on a busy two-core machine that
  // alone can take half a minute.
  it('drains on SIGTERM, exits 0, and keeps everything across a restart', { timeout: 90_000 }, async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    // With the server stopped, the CLI opens the data directory itself.
    const offline = await server.cli(['audit', 'verify', '--json']);
    expect(offline.code).toBe(0);
    const entries = JSON.parse(offline.stdout).entries;
    expect(entries).toBeGreaterThanOrEqual(2);
    await server.start();
    const again = await server.cli(['user', 'create', '--email', 'lead@example.org', '--role', 'supervisor']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    const verify = await server.cli(['audit', 'verify', '--json']);
    expect(JSON.parse(verify.stdout).entries).toBe(entries);
  });
});

describe('focalpoint audit verify on a tampered log', () => {
  it('exits non-zero and names the first bad entry', async () => {
    const server = await ServerProcess.create();
    try {
      await server.start();
      for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
        expect((await server.cli(['user', 'create', '--email', email, '--role', 'analyst'])).code).toBe(0);
      }
      expect(await server.stop()).toBe(0);
      // An attacker with the database files in hand rewrites the second entry.
      const db = server.env.DATABASE_URL
        ? await openPostgres(server.env.DATABASE_URL)
        : await openPglite(path.join(server.dataDir, 'pgdata'));
      await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete;
        UPDATE audit_log SET meta = '{"role":"admin"}' WHERE seq = 2;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_or_delete;`);
      await db.close();
      const r = await server.cli(['audit', 'verify']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('BROKEN at entry 2');
    } finally {
      await server.cleanup();
    }
  }, 180_000);
});

describe('focalpoint backup and restore', () => {
  it('round-trips through a file while the servers run, readable with the key', async () => {
    const key = Buffer.alloc(32, 42).toString('base64');
    const a = await ServerProcess.create({ FOCALPOINT_MASTER_KEY: key });
    const b = await ServerProcess.create({ FOCALPOINT_MASTER_KEY: key });
    try {
      await a.start();
      expect((await a.cli(['user', 'create', '--email', 'kept@example.org', '--role', 'analyst'])).code).toBe(
        0,
      );
      const file = path.join(a.dataDir, 'backup.fpb');
      const backup = await a.cli(['backup', '--out', file, '--json']);
      expect(backup.code).toBe(0);
      expect(JSON.parse(backup.stdout).rows).toBeGreaterThan(0);
      await b.start();
      const restore = await b.cli(['restore', '--from', file, '--json']);
      expect(restore.code, restore.stderr).toBe(0);
      const again = await b.cli(['user', 'create', '--email', 'kept@example.org', '--role', 'analyst']);
      expect(again.stderr).toContain('already exists');
      expect((await b.cli(['audit', 'verify'])).code).toBe(0);
      const twice = await b.cli(['restore', '--from', file]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain('Restore failed');
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  }, 240_000);
});

describe('configuration errors at start', () => {
  it('lists every bad variable and exits 1', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['src/server/main.ts'], {
      env: { PATH: process.env.PATH ?? '', PORT: 'many', DATABASE_URL: 'mysql://nope' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PORT');
    expect(r.stderr).toContain('DATABASE_URL');
  });
});
