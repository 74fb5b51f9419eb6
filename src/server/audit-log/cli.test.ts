import { createPublicKey, verify } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKPOINT_FILE } from '../platform/audit/checkpoints.ts';
import { cutTailAfter } from '../platform/audit/testing.ts';
import { openPglite } from '../platform/db/pglite.ts';
import { openPostgres } from '../platform/db/postgres.ts';
import { ServerProcess } from '../testing/server-process.ts';

/**
 * The audit trail as an operator and an auditor use it: a real server, the real `focalpoint` command, and
 * someone with the database's superuser rights (and the data directory's files) cutting the log's end.
 */
describe('focalpoint audit: checkpoints outside the database, and what verify says after a cut', () => {
  let server: ServerProcess;
  let exported: string;
  let publicKeyPem: string;
  beforeAll(async () => {
    server = await ServerProcess.create();
    exported = path.join(server.dataDir, '..', `${path.basename(server.dataDir)}-auditor.jsonl`);
    await server.start();
  }, 180_000);
  afterAll(async () => {
    await server.cleanup();
    await rm(exported, { force: true });
  });

  it('prints the public key, signs and exports checkpoints, and logs each as a JSON line', {
    timeout: 60_000,
  }, async () => {
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      expect((await server.cli(['user', 'create', '--email', email, '--role', 'analyst'])).code).toBe(0);
    }
    const key = await server.cli(['audit', 'public-key']);
    expect(key.code).toBe(0);
    publicKeyPem = key.stdout;
    expect(publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/);
    expect(key.stderr).toMatch(/^Fingerprint: SHA256:[A-Za-z0-9+/]{43}=\n$/);

    const made = await server.cli(['audit', 'checkpoint', '--out', exported]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(
      /^Checkpoint of entry 3 signed at .+, appended to .+audit-checkpoints\.jsonl\.\n/,
    );
    expect(made.stdout).toContain(`checkpoints exported to ${exported}.`);

    // What an auditor does with the export and the public key alone (README, "Audit trail").
    const lines = (await readFile(exported, 'utf8')).trim().split('\n');
    const last = JSON.parse(lines.at(-1)!) as {
      seq: number;
      hash: string;
      mac: string;
      at: string;
      sig: string;
    };
    expect(last.seq).toBe(3);
    const message = Buffer.from(
      `focalpoint-audit-checkpoint:v1:${last.seq}:${last.hash}:${last.mac}:${last.at}`,
    );
    expect(verify(null, message, createPublicKey(publicKeyPem), Buffer.from(last.sig, 'base64'))).toBe(true);
    // …and the log system receives the same checkpoint as one JSON line.
    const logged = server.output
      .split('\n')
      .filter((l) => l.includes('"audit.checkpoint"'))
      .map((l) => JSON.parse(l) as { checkpoint: { sig: string } });
    expect(logged.map((l) => l.checkpoint.sig)).toContain(last.sig);

    const intact = await server.cli(['audit', 'verify']);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(
      /^Audit log intact: 3 entries verified, all keyed; \d+ signed checkpoints agree, the latest of entry 3 at /,
    );
  });

  // The server stops and starts again, and the CLI once opens the data directory itself: slow on two cores.
  it('exits 1 naming the checkpoint after a superuser cut the end and moved the head back', {
    timeout: 150_000,
  }, async () => {
    expect((await server.cli(['user', 'create', '--email', 'd@example.org', '--role', 'analyst'])).code).toBe(
      0,
    );
    expect(await server.stop()).toBe(0);
    const db = server.env.DATABASE_URL
      ? await openPostgres(server.env.DATABASE_URL)
      : await openPglite(path.join(server.dataDir, 'pgdata'));
    await db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE audit_log DISABLE TRIGGER ALL');
      await cutTailAfter(tx, 2);
      await tx.exec('ALTER TABLE audit_log ENABLE TRIGGER ALL');
    });
    await db.close();

    // With the server stopped, the CLI opens the data directory itself.
    const text = await server.cli(['audit', 'verify']);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(
      /^Audit log BROKEN at entry 3: entries removed at the end after checkpoint 3 \(signed .+\): the log ends at entry 2\.\n2 entries verified before the first problem\.\n$/,
    );
    // A restart changes nothing: the cut end is a genuine entry, so the start seals and signs nothing new.
    await server.start();
    const json = await server.cli(['audit', 'verify', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      entries: 2,
      problems: [{ code: 'tail_removed', seq: 3 }],
    });
  });

  it('still finds the cut with the auditor’s copy when the data directory’s checkpoints are gone, and a tampered copy', {
    timeout: 60_000,
  }, async () => {
    await rm(path.join(server.dataDir, CHECKPOINT_FILE));
    const local = await server.cli(['audit', 'verify']);
    // The database alone cannot tell a cut end from a real one: the copies outside it are the proof.
    expect(local.code).toBe(0);
    expect(local.stdout).toContain('no signed checkpoint yet to compare its end with');
    const withCopy = await server.cli(['audit', 'verify', '--checkpoints', exported]);
    expect(withCopy.code).toBe(1);
    expect(withCopy.stderr).toContain(
      'Audit log BROKEN at entry 3: entries removed at the end after checkpoint 3',
    );

    const copy = await readFile(exported, 'utf8');
    await writeFile(exported, copy.replace(/"seq":3,/, '"seq":2,'));
    const tampered = await server.cli(['audit', 'verify', '--checkpoints', exported, '--json']);
    expect(tampered.code).toBe(1);
    const result = JSON.parse(tampered.stdout) as { problems: { code: string; reason: string }[] };
    expect(result.problems.map((p) => p.code)).toContain('checkpoint_invalid');
    expect(result.problems.find((p) => p.code === 'checkpoint_invalid')?.reason).toMatch(
      /line \d+: the signature of the checkpoint of entry 2 does not verify \(the file was altered\)$/,
    );
  });
});
