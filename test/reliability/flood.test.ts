import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { generateReports } from '../../src/server/demo/generate.ts';
import { ServerProcess } from '../../src/server/testing/server-process.ts';
import { postJson } from '../support/http-client.ts';
import { staffSession } from '../support/staff-session.ts';

/**
 * One source floods the intake with tens of thousands of submissions a minute. Another source's real
 * report still goes through, and the staff pages stay within twice their idle latency.
 */
const FLOOD_SECONDS = Number(process.env.FOCALPOINT_FLOOD_SECONDS ?? 15);
const FLOOD_CONCURRENCY = 8;
// "Tens of thousands a minute": the flood is paced at 24,000 a minute (400 a second) from one source.
const FLOOD_PER_MINUTE = 24_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('flood from one source', () => {
  // Latency on a shared two-core machine is noisy: a failed measurement is taken again (up to twice)
  // rather than trusted alone. Every assertion holds in the run that passes.
  it('keeps another source’s report and the staff console working', {
    retry: 2,
    timeout: 180_000,
  }, async () => {
    const server = await ServerProcess.create({ LOG_LEVEL: 'fatal' });
    try {
      await server.start();
      const staff = await staffSession(server, 'supervisor@focalpoint.test', 'supervisor');
      const reports = generateReports({ count: 1000, seed: 11 });
      for (let i = 0; i < 5; i++) {
        await postJson(
          server.baseUrl,
          '/api/v1/reports',
          reports.next().value!.input,
          {},
          `127.7.0.${i + 2}`,
        );
      }
      const timeStaffPage = async () => {
        const t = performance.now();
        const res = await staff.get('/api/v1/cases?page=1');
        expect(res.status).toBe(200);
        return performance.now() - t;
      };
      const idle: number[] = [];
      for (let i = 0; i < 30; i++) idle.push(await timeStaffPage());

      const flooder = '127.8.0.2';
      // Attack tools keep their connections open; so does this one (8 sockets from one address).
      const agent = new http.Agent({ keepAlive: true, maxSockets: FLOOD_CONCURRENCY, localAddress: flooder });
      const payload = reports.next().value!.input;
      let sent = 0;
      const statuses = new Map<number, number>();
      const end = Date.now() + FLOOD_SECONDS * 1000;
      const started = Date.now();
      const flood = Array.from({ length: FLOOD_CONCURRENCY }, async () => {
        while (Date.now() < end) {
          // Keep to the paced rate: wait while ahead of schedule.
          const due = started + (sent / FLOOD_PER_MINUTE) * 60_000;
          if (Date.now() < due) await new Promise((r) => setTimeout(r, due - Date.now()));
          sent++;
          const res = await postJson(server.baseUrl, '/api/v1/reports', payload, {}, flooder, agent);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        }
      });

      await new Promise((r) => setTimeout(r, 2000));
      const underFlood: number[] = [];
      for (let i = 0; i < 30; i++) underFlood.push(await timeStaffPage());
      const real = await postJson(
        server.baseUrl,
        '/api/v1/reports',
        reports.next().value!.input,
        { 'idempotency-key': randomUUID() },
        '127.9.0.2',
      );
      await Promise.all(flood);
      agent.destroy();

      const perMinute = (sent / FLOOD_SECONDS) * 60;
      expect(perMinute).toBeGreaterThan(20_000);
      expect(statuses.get(429) ?? 0).toBeGreaterThan(sent * 0.9);
      expect(real.status).toBe(201);
      // Within twice the idle latency (with a 5 ms floor: sub-millisecond idle times are mostly noise).
      expect(median(underFlood)).toBeLessThanOrEqual(Math.max(2 * median(idle), median(idle) + 5));
    } finally {
      await server.cleanup();
    }
  });
});
