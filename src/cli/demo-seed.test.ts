import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerProcess } from '../server/testing/server-process.ts';

describe('focalpoint demo seed', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await ServerProcess.create();
    await server.start();
  }, 180_000);
  afterAll(() => server.cleanup());

  it('loads synthetic reports while the server runs, with a progress bar on stderr and JSON on stdout', async () => {
    const r = await server.cli(['demo', 'seed', '--reports', '150', '--seed', '4', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ reports: 150 });
    expect(JSON.parse(r.stdout).campaigns).toBeGreaterThan(0);
    // Not a terminal: one line per step, the last one with the total, rate and time.
    expect(r.stderr).toMatch(/Synthetic reports \[#{30}\] 150\/150 \(100%\) \d+\/s, \d+ s in all/);
  }, 120_000);

  it('loads more with the server stopped, and the audit log stays intact', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    const r = await server.cli(['demo', 'seed', '--reports', '60']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Added 60 synthetic reports in \d+ s; \d+ campaigns\./);
    const verify = await server.cli(['audit', 'verify', '--json']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
    const bad = await server.cli(['demo', 'seed', '--reports', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--reports');
  }, 120_000);
});
