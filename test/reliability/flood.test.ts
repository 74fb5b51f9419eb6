import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../src/server/demo/generate.ts';
import { ServerProcess } from '../../src/server/testing/server-process.ts';
import { postJson, request } from '../support/http-client.ts';
import { staffSession } from '../support/staff-session.ts';

/**
 * A distributed flood, as a state that rents addresses would send it: a thousand loopback addresses at
 * once, sending reports without JavaScript and guessing receipts on the API and on the public follow-up
 * page. Meanwhile a genuine receipt holder reads and answers their follow-up (API and page), a real
 * reporter without JavaScript gets a receipt, and staff work — none of them refused. What the flood leaves
 * is held for review, bounded. (How fast everyone is answered is measured in bench/flood.ts.)
 */
const FLOOD_SECONDS = Number(process.env.FOCALPOINT_FLOOD_SECONDS ?? 15);
const SOURCES = 1_000;
const WORKERS = 16;

const sourceAddress = (i: number) => `127.10.${(i >> 8) & 255}.${(i & 255) + 1}`;
const randomReceipt = () =>
  Array.from({ length: 5 }, () => randomBytes(4).toString('hex').slice(0, 4).toUpperCase()).join('-');
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('a flood from a thousand addresses', () => {
  it('refuses no genuine receipt holder, no real reporter without JavaScript, and no staff member', {
    timeout: 300_000,
  }, async () => {
    const server = await ServerProcess.create({ LOG_LEVEL: 'fatal' });
    try {
      await server.start();
      const staff = await staffSession(server, 'supervisor@focalpoint.test', 'supervisor');
      const reports = generateReports({ count: 1000, seed: 11 });
      const mine = await postJson(
        server.baseUrl,
        '/api/v1/reports',
        reports.next().value!.input,
        {},
        '127.9.0.2',
      );
      expect(mine.status).toBe(201);
      const { receipt, reference } = JSON.parse(mine.body) as { receipt: string; reference: string };

      const payload = reports.next().value!.input;
      const statuses = new Map<string, number>();
      const count = (what: string, status: number) =>
        statuses.set(`${what} ${status}`, (statuses.get(`${what} ${status}`) ?? 0) + 1);
      const end = Date.now() + FLOOD_SECONDS * 1000;
      let next = 0;
      const flood = Array.from({ length: WORKERS }, async () => {
        while (Date.now() < end) {
          const i = next++;
          const from = sourceAddress(i % SOURCES);
          try {
            if (i % 3 === 0) {
              const r = await postJson(server.baseUrl, '/api/v1/reports', payload, {}, from);
              count('report', r.status);
            } else if (i % 3 === 1) {
              const r = await request(server.baseUrl, {
                path: '/api/v1/followup',
                headers: { authorization: `Receipt ${randomReceipt()}` },
                from,
                timeoutMs: 120_000,
              });
              count('guess', r.status);
            } else {
              const r = await request(server.baseUrl, {
                method: 'POST',
                path: '/en/follow-up',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
                body: form({ action: 'open', receipt: randomReceipt() }),
                from,
                timeoutMs: 120_000,
              });
              count('guess-page', r.status);
            }
          } catch {
            count('error', 0);
          }
        }
      });

      // Well into the flood, the people it must not touch.
      await new Promise((r) => setTimeout(r, Math.min(5_000, (FLOOD_SECONDS * 1000) / 2)));
      const holder = '127.9.0.3';
      const followup = await request(server.baseUrl, {
        path: '/api/v1/followup',
        headers: { authorization: `Receipt ${receipt}` },
        from: holder,
      });
      const answer = await postJson(
        server.baseUrl,
        '/api/v1/followup/messages',
        { body: 'Still here, thank you.' },
        { authorization: `Receipt ${receipt}` },
        holder,
      );
      // The page answers a posted receipt with its one-time address (POST/redirect/GET), as a browser follows.
      const opened = await request(server.baseUrl, {
        method: 'POST',
        path: '/en/follow-up',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form({ action: 'open', receipt }),
        from: '127.9.0.4',
      });
      const page = await request(server.baseUrl, {
        path: String(opened.headers.location),
        from: '127.9.0.4',
      });
      const noJs = await request(server.baseUrl, {
        method: 'POST',
        path: '/en/report',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form({
          language: 'en',
          narrative: 'Two men photographed me outside the community centre again.',
          idempotencyKey: randomUUID(),
        }),
        from: '127.9.0.5',
      });
      const queue = await staff.get('/api/v1/cases?page=1');
      await Promise.all(flood);

      expect(followup.status).toBe(200);
      expect(answer.status).toBe(201);
      expect(opened.status).toBe(303);
      expect(page.status).toBe(200);
      expect(page.body).toContain(reference);
      expect(noJs.status).toBe(201);
      expect(noJs.body).toMatch(/[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}/);
      expect(queue.status).toBe(200);

      // The flood itself: reports accepted (held), guesses answered "not found" or slowed, never a crash.
      const held = (JSON.parse((await staff.get('/api/v1/cases?page=1')).body) as { held: number }).held;
      expect(held).toBeGreaterThan(0);
      expect(statuses.get('report 500') ?? 0).toBe(0);
      expect(statuses.get('guess 500') ?? 0).toBe(0);
      expect(statuses.get('guess-page 500') ?? 0).toBe(0);
      expect(statuses.get('guess 404') ?? 0).toBeGreaterThan(0);
    } finally {
      await server.cleanup();
    }
  });
});
