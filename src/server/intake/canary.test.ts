import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exifWithGps, makeJpeg } from '../evidence/testing/fixtures.ts';
import { findStored } from '../testing/stored-everywhere.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { nextAddress, postReportWithFiles } from './testing/http.ts';

/**
 * The promise of DESIGN.md, "Data protection": a dump of the database and of the file store, searched for
 * what a reporter told us, finds nothing. Canary strings go in through the public API (report, files,
 * follow-up message); then everything stored is searched for them (testing/stored-everywhere.ts).
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

it('finds none of what the reporter said in the database or on disk', async () => {
  const { receipt } = await postReportWithFiles(
    ctx.app,
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

  const needles = Object.fromEntries([
    ...Object.entries(canaries).map(([name, value]) => [name, Buffer.from(value, 'utf8')]),
    ['receipt', Buffer.from(receipt)],
    ['receipt (compact)', Buffer.from(receipt.replaceAll('-', ''))],
  ]);
  const { found, tables, rows, files, dumpBytes } = await findStored(ctx, needles);
  expect(tables).toEqual(
    expect.arrayContaining(['reports', 'cases', 'case_messages', 'evidence_files', 'audit_log', 'data_keys']),
  );
  expect(rows).toBeGreaterThan(10);
  expect(files).toBeGreaterThan(3);
  expect(dumpBytes).toBeGreaterThan(1000);
  expect(found).toEqual([]);
});
