import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { generateReports } from '../../src/server/demo/generate.ts';
import { freePort, ServerProcess } from '../../src/server/testing/server-process.ts';
import { postJson, request } from '../support/http-client.ts';
import { PostgresCluster } from '../support/postgres-cluster.ts';

/**
 * PostgreSQL goes away under load: intake answers 503 with Retry-After — never a receipt for a report
 * that was not saved — and recovers by itself within seconds of the database's return.
 */
describe('database outage', () => {
  let cluster: PostgresCluster | undefined;
  afterAll(() => cluster?.destroy());

  it('answers 503 with Retry-After while PostgreSQL is down and recovers by itself', async () => {
    cluster = new PostgresCluster(await freePort());
    cluster.start();
    const server = await ServerProcess.create({ DATABASE_URL: cluster.url, LOG_LEVEL: 'fatal' });
    const reports = generateReports({ count: 10_000, seed: 5 });
    const receipts: { reference: string; receipt: string }[] = [];
    const statuses = new Map<number, number>();
    let source = 2;
    const submit = async () => {
      const from = `127.3.${Math.floor(source / 250)}.${(source++ % 250) + 2}`;
      const res = await postJson(
        server.baseUrl,
        '/api/v1/reports',
        reports.next().value!.input,
        { 'idempotency-key': randomUUID() },
        from,
      );
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 201) receipts.push(JSON.parse(res.body));
      if (res.status === 503) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      if (res.status !== 201 && res.status !== 503) throw new Error(`unexpected ${res.status}`);
      return res.status;
    };
    try {
      await server.start();
      for (let i = 0; i < 10; i++) expect(await submit()).toBe(201);

      cluster.stop('immediate');
      const outage: number[] = [];
      for (let i = 0; i < 10; i++) outage.push(await submit());
      expect(outage.every((s) => s === 503)).toBe(true);
      const health = await request(server.baseUrl, { path: '/healthz' });
      expect(health.status).toBe(503);

      cluster.start();
      const back = Date.now();
      let recoveredAfterMs = -1;
      while (Date.now() - back < 30_000) {
        if ((await submit()) === 201) {
          recoveredAfterMs = Date.now() - back;
          break;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(recoveredAfterMs).toBeGreaterThanOrEqual(0);
      expect(recoveredAfterMs).toBeLessThan(10_000);

      // Every receipt handed out, before or after the outage, opens its report.
      for (const [i, r] of receipts.entries()) {
        const res = await request(server.baseUrl, {
          path: '/api/v1/followup',
          headers: { authorization: `Receipt ${r.receipt}` },
          from: `127.4.0.${i + 2}`,
        });
        expect(res.status).toBe(200);
      }
      expect(statuses.get(503)).toBeGreaterThanOrEqual(10);
    } finally {
      await server.cleanup();
    }
  }, 180_000);
});
