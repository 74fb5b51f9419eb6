import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestContext, type TestContext } from '../../testing/test-context.ts';
import type { Db } from './db.ts';
import { instanceLockFor } from './instance-lock.ts';
import { migrate } from './migrate.ts';
import { openPostgres } from './postgres.ts';

/** A promise and the function that settles it: a run the test holds open. */
const gate = () => {
  let open = () => {};
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { opened, open };
};

describe('one instance at a time (advisory locks)', () => {
  let ctx: TestContext;
  let other: Db | undefined;
  beforeAll(async () => {
    ctx = await startTestContext();
    // A second instance is a second pool of connections to the same database, as another process has.
    if (ctx.databaseUrl) other = await openPostgres(ctx.databaseUrl);
  });
  afterAll(async () => {
    await other?.close();
    await ctx.close();
  });

  it('skips a job on one instance while another runs it, and runs it once that run ends', async () => {
    const here = instanceLockFor(ctx.deps.db);
    if (!other) {
      // PGlite lives in one process: no other instance exists, and work always runs.
      expect(await here('job', async () => 1)).toEqual({ ran: true, value: 1 });
      return;
    }
    const there = instanceLockFor(other);
    const held = gate();
    const first = here('indexing', async () => {
      await held.opened;
      return 'first';
    });
    // Wait until the first run holds the lock (its transaction took it before starting the work).
    for (;;) {
      const { rows } = await other.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2`,
      );
      if (rows[0]?.n === 1) break;
    }
    expect(await there('indexing', async () => 'second')).toEqual({ ran: false });
    // Another job is another lock.
    expect(await there('notifications', async () => 'other job')).toEqual({ ran: true, value: 'other job' });
    held.open();
    expect(await first).toEqual({ ran: true, value: 'first' });
    expect(await there('indexing', async () => 'second')).toEqual({ ran: true, value: 'second' });
  });

  it('lets instances starting together apply the migrations once', async () => {
    if (!ctx.databaseUrl) {
      expect(await migrate(ctx.deps.db)).toEqual([]);
      return;
    }
    const { createTestDatabase } = await import('../../testing/test-context.ts');
    const server = new URL(ctx.databaseUrl);
    server.pathname = '/postgres';
    const fresh = await createTestDatabase(server.toString());
    const pools = await Promise.all([
      openPostgres(fresh.url),
      openPostgres(fresh.url),
      openPostgres(fresh.url),
    ]);
    try {
      const applied = await Promise.all(pools.map((db) => migrate(db)));
      // One instance applied every migration; the others found them applied.
      const counts = applied.map((a) => a.length).sort((a, b) => a - b);
      expect(counts[0]).toBe(0);
      expect(counts[1]).toBe(0);
      expect(counts[2]).toBeGreaterThan(10);
      const { rows } = await pools[0]!.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM schema_migrations',
      );
      expect(rows[0]?.n).toBe(counts[2]);
    } finally {
      await Promise.all(pools.map((db) => db.close()));
      await fresh.drop();
    }
  });
});
