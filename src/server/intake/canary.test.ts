import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exifWithGps, makeJpeg } from '../evidence/testing/fixtures.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { multipartBody, nextAddress } from './testing/http.ts';

/**
 * The promise of DESIGN.md, "Data protection": a dump of the database and of the file store, searched for
 * what a reporter told us, finds nothing. Canary strings go in through the public API (report, files,
 * follow-up message); then every table (each row cast to text, and every bytea column's raw bytes) and
 * every file under the data directory (PGlite's own files included) is searched for them.
 */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

const tag = randomBytes(4).toString('hex').toUpperCase();
const canaries = {
  narrative: `Narrative-Canary-${tag} they followed me home from the vigil`,
  name: `Name-Canary-${tag}`,
  email: `email-canary-${tag.toLowerCase()}@example.org`,
  phone: '+1 613 555 7319',
  phoneDigits: '6135557319',
  safeToContact: `Contact-Canary-${tag}`,
  description: `Perpetrator-Canary-${tag}`,
  indicator: `indicator_canary_${tag.toLowerCase()}`,
  fileText: `File-Bytes-Canary-${tag}`,
  exifArtist: `Exif-Canary-${tag}`,
  filename: `Filename-Canary-${tag}.txt`,
  message: `Message-Canary-${tag}`,
  idempotencyKey: `idempotency-canary-${tag.toLowerCase()}-0123456789`,
};

function findCanaries(haystack: Buffer, where: string, found: string[], extra: string[] = []) {
  for (const [name, value] of Object.entries(canaries)) {
    if (haystack.includes(Buffer.from(value, 'utf8'))) found.push(`${name} in ${where}`);
  }
  for (const value of extra)
    if (haystack.includes(Buffer.from(value, 'utf8'))) found.push(`receipt in ${where}`);
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

it('finds none of what the reporter said in the database or on disk', async () => {
  const { payload, headers } = multipartBody(
    {
      language: 'en',
      narrative: canaries.narrative,
      tactics: 'physical_surveillance',
      channels: 'home',
      'perpetrators[0][description]': canaries.description,
      'perpetrators[0][indicators][0][kind]': 'account',
      'perpetrators[0][indicators][0][platform]': 'telegram',
      'perpetrators[0][indicators][0][value]': canaries.indicator,
      'perpetrators[0][indicators][1][kind]': 'phone',
      'perpetrators[0][indicators][1][value]': canaries.phone,
      'reporter[anonymous]': 'false',
      'reporter[name]': canaries.name,
      'reporter[email]': canaries.email,
      'reporter[phone]': canaries.phone,
      'reporter[safeToContact]': canaries.safeToContact,
      'consents[contact]': 'true',
      idempotencyKey: canaries.idempotencyKey,
    },
    [
      { filename: canaries.filename, bytes: Buffer.from(`${canaries.fileText}\nsecond line\n`) },
      {
        filename: 'photo.jpg',
        bytes: makeJpeg({ exif: exifWithGps({ latitude: [45, 25, 12], artist: canaries.exifArtist }) }),
      },
    ],
  );
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload,
    headers,
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(201);
  const { receipt } = res.json() as { receipt: string };
  const reply = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/followup/messages',
    headers: { authorization: `Receipt ${receipt}` },
    payload: { body: canaries.message },
    remoteAddress: nextAddress(),
  });
  expect(reply.statusCode).toBe(201);
  // The content really went in: the reporter reads their message back.
  const view = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/followup',
    headers: { authorization: `Receipt ${receipt}` },
    remoteAddress: nextAddress(),
  });
  expect(view.json().messages[0].body).toBe(canaries.message);
  expect(view.json().evidence).toHaveLength(2);

  const receiptForms = [receipt, receipt.replaceAll('-', '')];
  const found: string[] = [];

  // Every table, every row as text, and every bytea value's raw bytes.
  const { rows: tables } = await ctx.deps.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  expect(tables.map((t) => t.table_name)).toEqual(
    expect.arrayContaining(['reports', 'cases', 'case_messages', 'evidence_files', 'audit_log', 'data_keys']),
  );
  let rowsSeen = 0;
  for (const { table_name } of tables) {
    const { rows } = await ctx.deps.db.query<Record<string, unknown>>(
      `SELECT t::text AS "__row_text", t.* FROM "${table_name}" t`,
    );
    for (const row of rows) {
      rowsSeen++;
      findCanaries(Buffer.from(String(row.__row_text)), `${table_name} (as text)`, found, receiptForms);
      for (const [column, value] of Object.entries(row)) {
        if (value instanceof Uint8Array) {
          findCanaries(Buffer.from(value), `${table_name}.${column} (bytea)`, found, receiptForms);
        }
      }
    }
  }
  expect(rowsSeen).toBeGreaterThan(10);

  // Every file under the data directory: sealed blobs, and PGlite's own data files.
  let filesSeen = 0;
  for await (const file of walk(ctx.dataDir)) {
    filesSeen++;
    findCanaries(await readFile(file), path.relative(ctx.dataDir, file), found, receiptForms);
  }
  expect(filesSeen).toBeGreaterThan(3);

  if (ctx.deps.db.dumpDataDir) {
    // PGlite: the whole database as it stands in memory, not only what was flushed to disk yet.
    const tarball = Buffer.from(await (await ctx.deps.db.dumpDataDir()).arrayBuffer());
    findCanaries(tarball, 'PGlite data directory dump', found, receiptForms);
  } else if (ctx.databaseUrl) {
    // PostgreSQL: the SQL dump an operator (or a thief) would take.
    const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', ctx.databaseUrl], {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'buffer',
    });
    expect(stdout.length).toBeGreaterThan(1000);
    findCanaries(stdout, 'pg_dump', found, receiptForms);
  }

  expect(found).toEqual([]);
});
