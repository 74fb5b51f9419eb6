import { randomBytes, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReports } from '../../src/server/demo/generate.ts';
import { makeJpeg } from '../../src/server/evidence/testing/fixtures.ts';
import { multipartBody } from '../../src/server/intake/testing/http.ts';
import { migrationsDir } from '../../src/server/platform/db/migrate.ts';
import { openPostgres } from '../../src/server/platform/db/postgres.ts';
import { TestS3Server } from '../../src/server/testing/s3-server.ts';
import { freePort, ServerProcess } from '../../src/server/testing/server-process.ts';
import { type Answer, postJson, request } from '../support/http-client.ts';
import { PostgresCluster } from '../support/postgres-cluster.ts';
import { staffSession } from '../support/staff-session.ts';

/**
 * Two FocalPoint processes on one PostgreSQL and one S3 server, as behind a load balancer, driven
 * alternately from outside: what one receives, the other serves; background jobs run once across both;
 * one killed under load loses nothing it acknowledged. Sizes are bounded (FOCALPOINT_INSTANCES_REPORTS).
 */
const LOAD_REPORTS = Number(process.env.FOCALPOINT_INSTANCES_REPORTS ?? 160);
const CLIENTS = 6;

let sourceCounter = 2;
/** A distinct loopback source for each request: per-source limits are not what this test is about. */
const nextSource = () => `127.4.${Math.floor(sourceCounter / 250) % 250}.${(sourceCounter++ % 250) + 2}`;

describe('several instances, one installation', () => {
  let cluster: PostgresCluster;
  let s3: TestS3Server;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    cluster = new PostgresCluster(await freePort());
    cluster.start();
    s3 = await TestS3Server.start();
    const shared = {
      DATABASE_URL: cluster.url,
      // Every instance derives the same keys: a receipt, a session, a sealed file open anywhere.
      FOCALPOINT_MASTER_KEY: randomBytes(32).toString('base64'),
      ...s3.env(),
      LOG_LEVEL: 'warn',
      // Reports arrive faster than a person sends them; this is not the flood test.
      FOCALPOINT_LIMIT_HOLD_UNVERIFIED_ABOVE_PER_MINUTE: '100000',
    };
    a = await ServerProcess.create(shared);
    b = await ServerProcess.create(shared);
  });
  afterAll(async () => {
    await a?.cleanup();
    await b?.cleanup();
    await s3?.stop();
    cluster?.destroy();
  });

  const db = () => openPostgres(cluster.url, { max: 2 });

  it('starts both at once on an empty database: the migrations are applied once', async () => {
    await Promise.all([a.start(), b.start()]);
    const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql'));
    const pg = await db();
    try {
      const { rows } = await pg.query<{ version: string; n: number }>(
        'SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version',
      );
      expect(rows).toHaveLength(files.length);
      expect(rows.every((r) => r.n === 1)).toBe(true);
    } finally {
      await pg.close();
    }
  });

  it('follows up through one what the other received, and serves each one’s evidence from the other', async () => {
    const photo = makeJpeg();
    const report = multipartBody(
      {
        narrative: 'Two men photographed our meeting and followed me home.',
        tactics: 'physical_surveillance',
        channels: 'home',
      },
      [{ filename: 'meeting.jpg', contentType: 'image/jpeg', bytes: photo }],
    );
    const sent = await request(a.baseUrl, {
      method: 'POST',
      path: '/api/v1/reports',
      headers: report.headers,
      body: report.payload,
      from: nextSource(),
    });
    expect(sent.status).toBe(201);
    const { reference, receipt } = JSON.parse(sent.body) as { reference: string; receipt: string };
    const holder = { authorization: `Receipt ${receipt}` };

    const view = await request(b.baseUrl, { path: '/api/v1/followup', headers: holder, from: nextSource() });
    expect(view.status).toBe(200);
    expect(JSON.parse(view.body).reference).toBe(reference);
    const message = await postJson(
      b.baseUrl,
      '/api/v1/followup/messages',
      { body: 'They came back today.' },
      holder,
    );
    expect(message.status).toBe(201);
    const letter = Buffer.from('Plate ABC 123, 22:40\n');
    const more = multipartBody({}, [{ filename: 'plate.txt', contentType: 'text/plain', bytes: letter }]);
    const added = await request(b.baseUrl, {
      method: 'POST',
      path: '/api/v1/followup/evidence',
      headers: { ...more.headers, ...holder },
      body: more.payload,
      from: nextSource(),
    });
    expect(added.status).toBe(201);
    // The follow-up page on the first instance shows the message sent through the second.
    const again = await request(a.baseUrl, { path: '/api/v1/followup', headers: holder, from: nextSource() });
    expect(again.body).toContain('They came back today.');

    // A supervisor signs in on one instance; the session works on the other.
    const staff = await staffSession(
      a,
      `supervisor-${randomUUID().slice(0, 8)}@focalpoint.test`,
      'supervisor',
    );
    const session = await request(b.baseUrl, {
      path: '/api/v1/auth/session',
      headers: { cookie: staff.cookie },
    });
    expect(session.status).toBe(200);

    const pg = await db();
    try {
      const { rows } = await pg.query<{ case_id: string; file_id: string; media_type: string }>(
        `SELECT r.case_id, f.id AS file_id, f.media_type FROM reports r JOIN evidence_files f ON f.report_id = r.id
          WHERE r.reference = $1 ORDER BY f.media_type`,
        [reference],
      );
      expect(rows.map((r) => r.media_type)).toEqual(['image/jpeg', 'text/plain']);
      const [jpeg, text] = rows as [(typeof rows)[0], (typeof rows)[0]];
      // The photo uploaded to A, downloaded from B; the note uploaded to B, downloaded from A.
      const fromB = await download(b, staff.cookie, `/api/v1/cases/${jpeg.case_id}/evidence/${jpeg.file_id}`);
      expect(fromB.equals(photo)).toBe(true);
      const fromA = await download(a, staff.cookie, `/api/v1/cases/${text.case_id}/evidence/${text.file_id}`);
      expect(fromA.equals(letter)).toBe(true);
    } finally {
      await pg.close();
    }
    // Nothing of it on either instance's own disk.
    for (const server of [a, b]) expect(await readdir(server.dataDir)).not.toContain('files');
  });

  it('loses nothing acknowledged when one instance is killed under load; jobs ran once across both', async () => {
    const reports = generateReports({ count: LOAD_REPORTS * 2, seed: 22 });
    type Submission = { key: string; body: unknown; acknowledged?: { reference: string; receipt: string } };
    const submissions: Submission[] = [];
    let sent = 0;
    let aDead = false;
    const statuses = new Map<string, number>();
    const count = (label: string) => statuses.set(label, (statuses.get(label) ?? 0) + 1);
    const send = async (server: ServerProcess, s: Submission): Promise<Answer> =>
      postJson(server.baseUrl, '/api/v1/reports', s.body, { 'idempotency-key': s.key }, nextSource());

    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      for (let turn = 0; sent < LOAD_REPORTS; turn++) {
        sent++;
        const s: Submission = { key: randomUUID(), body: reports.next().value!.input };
        submissions.push(s);
        // Alternately, as a round-robin load balancer sends them.
        const first = (client + turn) % 2 === 0 ? a : b;
        let res: Answer | undefined;
        try {
          res = await send(first, s);
          count(`${first === a ? 'a' : 'b'}:${res.status}`);
        } catch {
          // The instance died with the request in flight: the outcome is unknown, and the balancer (or
          // the reporter's browser) sends it again to the instance that is left, with the same key.
          count('connection lost');
        }
        if (!res || res.status >= 500) res = await send(b, s);
        expect(res.status).toBe(201);
        s.acknowledged = JSON.parse(res.body);
      }
    });
    // Kill A once the load is under way.
    const killer = (async () => {
      while (sent < LOAD_REPORTS / 3) await new Promise((r) => setTimeout(r, 20));
      await a.stop('SIGKILL');
      aDead = true;
    })();
    await Promise.all([...clients, killer]);
    expect(aDead).toBe(true);
    expect(statuses.get('a:201') ?? 0).toBeGreaterThan(0);
    expect(statuses.get('b:201') ?? 0).toBeGreaterThan(0);

    // Every receipt ever given opens its report on the instance that is left.
    for (const s of submissions) {
      const res = await request(b.baseUrl, {
        path: '/api/v1/followup',
        headers: { authorization: `Receipt ${s.acknowledged!.receipt}` },
        from: nextSource(),
      });
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body).reference).toBe(s.acknowledged!.reference);
    }
    // The killed instance comes back and serves them as well.
    await a.start();
    for (const s of submissions.slice(0, 20)) {
      const res = await request(a.baseUrl, {
        path: '/api/v1/followup',
        headers: { authorization: `Receipt ${s.acknowledged!.receipt}` },
        from: nextSource(),
      });
      expect(res.status).toBe(200);
    }

    const pg = await db();
    try {
      // One report per key, whichever instance took it and however often it was sent.
      const references = new Set(submissions.map((s) => s.acknowledged!.reference));
      expect(references.size).toBe(submissions.length);
      const { rows: totals } = await pg.query<{ reports: number }>(
        'SELECT count(*)::int AS reports FROM reports',
      );
      expect(totals[0]?.reports).toBe(submissions.length + 1);
      // The indexer runs once across both: every report indexed, each arrival audited exactly once.
      for (let i = 0; i < 600; i++) {
        const { rows } = await pg.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM reports WHERE indexed_at IS NULL',
        );
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const { rows: audit } = await pg.query<{ reports: number; entries: number; twice: number }>(
        `SELECT count(DISTINCT target_id)::int AS reports, count(*)::int AS entries,
                (SELECT count(*)::int FROM (SELECT target_id FROM audit_log WHERE action = 'report.received'
                   GROUP BY target_id HAVING count(*) > 1) d) AS twice
           FROM audit_log WHERE action = 'report.received'`,
      );
      expect(audit[0]).toEqual({
        reports: submissions.length + 1,
        entries: submissions.length + 1,
        twice: 0,
      });
    } finally {
      await pg.close();
    }
    // Each instance shows how often it found the other running a job.
    const held: string[] = [];
    for (const server of [a, b]) {
      const staff = await staffSession(server, `admin-${randomUUID().slice(0, 8)}@focalpoint.test`, 'admin');
      const jobs = JSON.parse((await staff.get('/api/v1/system/jobs')).body) as {
        jobs: { name: string; heldElsewhere: number }[];
      };
      // audit.checkpoint runs on every instance: each signs the head into its own data directory and log.
      expect(jobs.jobs.map((j) => j.name).sort()).toEqual([
        'audit.checkpoint',
        'dashboards.rollup',
        'escalations',
        'indexing',
        'notifications',
        'retention',
      ]);
      held.push(...jobs.jobs.map((j) => `${j.name}:${j.heldElsewhere}`));
    }
    process.stdout.write(
      `several instances: ${JSON.stringify(Object.fromEntries(statuses))}; runs skipped as held by the other instance: ${held.join(' ')}\n`,
    );
  });

  it('holds the public limits as documented: per instance, and never against a genuine receipt holder', async () => {
    const first = await postJson(
      a.baseUrl,
      '/api/v1/reports',
      generateReports({ count: 1, seed: 7 }).next().value!.input,
      {},
      nextSource(),
    );
    const { receipt } = JSON.parse(first.body) as { receipt: string };
    // The holder of a receipt, alternating between instances, is answered every time (its own limit,
    // 120 uses in 10 minutes per instance, is far above a person's use).
    for (let i = 0; i < 40; i++) {
      const server = i % 2 === 0 ? a : b;
      const res = await request(server.baseUrl, {
        path: '/api/v1/followup',
        headers: { authorization: `Receipt ${receipt}` },
        from: nextSource(),
      });
      expect(res.status).toBe(200);
    }
    // One source past its own limit (10 reports an hour without proof of work) is refused by the instance
    // that counted them; another instance has counted nothing: the documented bound is the limit times the
    // number of instances.
    const source = nextSource();
    const reports = generateReports({ count: 30, seed: 8 });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await postJson(a.baseUrl, '/api/v1/reports', reports.next().value!.input, {}, source)).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect(
      (await postJson(b.baseUrl, '/api/v1/reports', reports.next().value!.input, {}, source)).status,
    ).toBe(201);
  });
});

async function download(server: ServerProcess, cookie: string, path: string): Promise<Buffer> {
  const url = new URL(path, server.baseUrl);
  const res = await fetch(url, { headers: { cookie } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}
