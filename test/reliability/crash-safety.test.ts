import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../src/server/demo/generate.ts';
import { openPglite } from '../../src/server/platform/db/pglite.ts';
import { openPostgres } from '../../src/server/platform/db/postgres.ts';
import { ServerProcess } from '../../src/server/testing/server-process.ts';
import { postJson, request } from '../support/http-client.ts';

/**
 * "Nothing acknowledged is ever lost." The server is killed with SIGKILL at random moments while
 * clients submit reports concurrently; after each restart every receipt ever returned must open its
 * report, and a retry with the same Idempotency-Key must never create a second report.
 */
const ROUNDS = Number(process.env.FOCALPOINT_CRASH_ROUNDS ?? 6);
const CLIENTS = 8;
// Each restart gives the intake fresh in-memory limits, but the retries all land after the last one: the
// global limit for reports without proof of work (600 an hour) bounds what one round may send.
const PER_ROUND = Math.max(10, Math.floor(480 / ROUNDS));

type Submission = {
  key: string;
  body: unknown;
  from: string;
  acknowledged?: { reference: string; receipt: string };
};

describe('crash safety under SIGKILL', () => {
  it(`keeps every acknowledged report across ${ROUNDS} kills`, async () => {
    const server = await ServerProcess.create({ LOG_LEVEL: 'warn' });
    const reports = generateReports({ count: 100_000, seed: 99 });
    const submissions: Submission[] = [];
    let sourceCounter = 2;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        await server.start();
        let stop = false;
        let sentThisRound = 0;
        // Early enough that submissions are still under way when the kill comes.
        const killAfter = 100 + Math.floor(Math.random() * 700);
        const clients = Array.from({ length: CLIENTS }, async () => {
          while (!stop && sentThisRound++ < PER_ROUND) {
            // A fresh loopback source every few reports keeps us under the per-source limit.
            const from = `127.0.${Math.floor(sourceCounter / 250)}.${(sourceCounter++ % 250) + 2}`;
            const s: Submission = { key: randomUUID(), body: reports.next().value!.input, from };
            submissions.push(s);
            try {
              const res = await postJson(
                server.baseUrl,
                '/api/v1/reports',
                s.body,
                { 'idempotency-key': s.key },
                from,
              );
              if (res.status === 201) s.acknowledged = JSON.parse(res.body);
              else if (res.status !== 429 && res.status !== 503)
                throw new Error(`unexpected ${res.status}: ${res.body}`);
            } catch (err) {
              if (!stop) throw err;
              // The connection died with the server: the outcome is unknown, which is what retries are for.
            }
          }
        });
        await new Promise((r) => setTimeout(r, killAfter));
        stop = true;
        await server.stop('SIGKILL');
        await Promise.allSettled(clients);
      }

      await server.start();
      const acknowledged = submissions.filter((s) => s.acknowledged);
      expect(acknowledged.length).toBeGreaterThan(ROUNDS);

      // Every receipt ever returned opens its report.
      for (const [i, s] of acknowledged.entries()) {
        const res = await request(server.baseUrl, {
          path: '/api/v1/followup',
          headers: { authorization: `Receipt ${s.acknowledged!.receipt}` },
          from: `127.1.${Math.floor(i / 250)}.${(i % 250) + 2}`,
        });
        expect(res.status, `receipt of ${s.acknowledged!.reference}`).toBe(200);
        expect(JSON.parse(res.body).reference).toBe(s.acknowledged!.reference);
      }

      // Retrying every submission — acknowledged or lost in flight — with its key creates no duplicate.
      let n = 0;
      for (const s of submissions) {
        const from = `127.2.${Math.floor(n / 250)}.${(n++ % 250) + 2}`;
        const res = await postJson(
          server.baseUrl,
          '/api/v1/reports',
          s.body,
          { 'idempotency-key': s.key },
          from,
        );
        expect(res.status).toBe(201);
        const again = JSON.parse(res.body);
        if (s.acknowledged) {
          expect(again.reference).toBe(s.acknowledged.reference);
          expect(again.receipt).toBe(s.acknowledged.receipt);
        }
      }
      expect(await server.stop()).toBe(0);

      // Nothing half-written: exactly one report per key, each with its case, and no orphan case.
      const db = server.env.DATABASE_URL
        ? await openPostgres(server.env.DATABASE_URL)
        : await openPglite(path.join(server.dataDir, 'pgdata'));
      try {
        const { rows } = await db.query<{ reports: number; cases: number; orphans: number }>(
          `SELECT (SELECT count(*)::int FROM reports) AS reports,
                  (SELECT count(*)::int FROM cases) AS cases,
                  (SELECT count(*)::int FROM cases c WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.case_id = c.id)) AS orphans`,
        );
        expect(rows[0]).toEqual({ reports: submissions.length, cases: submissions.length, orphans: 0 });
      } finally {
        await db.close();
      }
    } finally {
      await server.cleanup();
    }
  }, 600_000);
});
