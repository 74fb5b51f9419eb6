import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exifWithGps, makeJpeg } from '../evidence/testing/fixtures.ts';
import { multipartBody, nextAddress } from '../intake/testing/http.ts';
import { DEFAULT_PUBLIC_LIMITS } from '../platform/http/rate-limit.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext();
});
afterAll(async () => {
  await ctx?.close();
});

async function newReport(extra: Record<string, unknown> = {}) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    payload: {
      narrative: 'They sent my photo to the community group with my home address.',
      tactics: ['doxxing'],
      consents: { contact: true, referralToPolice: false, anonymisedStatistics: true },
      ...extra,
    },
    remoteAddress: nextAddress(),
  });
  expect(res.statusCode).toBe(201);
  await ctx.settle();
  return res.json() as { reference: string; receipt: string };
}

const as = (receipt: string, extra: Record<string, string> = {}) => ({
  authorization: `Receipt ${receipt}`,
  ...extra,
});

async function followup(receipt: string, opts: { language?: string; address?: string } = {}) {
  return ctx.app.inject({
    method: 'GET',
    url: `/api/v1/followup${opts.language ? `?language=${opts.language}` : ''}`,
    headers: as(receipt),
    remoteAddress: opts.address ?? nextAddress(),
  });
}

/** What a caseworker's message looks like in the database (sealed under its own data key). */
async function staffWrites(reference: string, body: string) {
  await ctx.deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; case_id: string }>(
      'SELECT id, case_id FROM reports WHERE reference = $1',
      [reference],
    );
    const report = rows[0]!;
    const id = randomUUID();
    const key = await ctx.deps.vault.newDataKey(tx);
    await tx.query(
      `INSERT INTO case_messages (id, case_id, report_id, direction, data_key_id, body_sealed, created_at)
       VALUES ($1, $2, $3, 'to_reporter', $4, $5, now())`,
      [id, report.case_id, report.id, key.id, ctx.deps.vault.seal(key, body, `case_message.body:${id}`)],
    );
  });
}

describe('follow-up with a receipt', () => {
  it('shows the status in plain words, in the language asked for', async () => {
    const { reference, receipt } = await newReport();
    const en = await followup(receipt);
    expect(en.statusCode).toBe(200);
    expect(en.headers['cache-control']).toBe('no-store');
    expect(en.json()).toMatchObject({
      reference,
      status: {
        code: 'received',
        text: 'We have received your report. Nobody has reviewed it yet; someone will soon.',
      },
      referral: null,
      consents: { contact: true, referralToPolice: false, anonymisedStatistics: true, updates: true },
      messages: [],
      evidence: [],
      deletionRequestedAt: null,
    });
    const ug = await followup(receipt.toLowerCase().replaceAll('-', ' '), { language: 'ug' });
    expect(ug.statusCode).toBe(200);
    expect(ug.json().status.text).toBe(
      'دوكلاتىڭىزنى تاپشۇرۇۋالدۇق. ھازىرچە ھېچكىم كۆرۈپ چىقمىدى؛ يېقىندا كۆرۈلىدۇ.',
    );
    const zh = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/followup',
      headers: as(receipt, { 'accept-language': 'zh-TW' }),
      remoteAddress: nextAddress(),
    });
    expect(zh.json().status.text).toBe('我們已收到您的報告。目前還沒有人審閱，很快就會有人處理。');
  });

  it('tells of a referral only when the reporter asked to be told', async () => {
    const told = await newReport();
    const notTold = await newReport({
      consents: { contact: false, referralToPolice: true, anonymisedStatistics: false, updates: false },
    });
    await ctx.deps.db.query("UPDATE cases SET status = 'referred' WHERE reference = ANY($1)", [
      [told.reference, notTold.reference],
    ]);
    const a = (await followup(told.receipt)).json();
    expect(a.status.code).toBe('referred');
    expect(a.referral.text).toContain('referred to a partner organisation');
    const b = (await followup(notTold.receipt)).json();
    expect(b.status.code).toBe('in_progress');
    expect(b.referral).toBeNull();
  });

  it('carries messages both ways, decrypted for the receipt holder only', async () => {
    const { reference, receipt } = await newReport();
    await staffWrites(reference, 'Thank you. Are you safe tonight? Reply here when you can.');
    ctx.clock.set(ctx.clock.ms() + 60_000);
    const reply = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/messages',
      headers: as(receipt),
      payload: { body: 'Yes, I am staying with a friend. 谢谢。' },
      remoteAddress: nextAddress(),
    });
    expect(reply.statusCode).toBe(201);
    const view = (await followup(receipt)).json();
    expect(view.messages.map((m: { direction: string; body: string }) => [m.direction, m.body])).toEqual([
      ['to_reporter', 'Thank you. Are you safe tonight? Reply here when you can.'],
      ['from_reporter', 'Yes, I am staying with a friend. 谢谢。'],
    ]);
    const { rows } = await ctx.deps.db.query<{ direction: string; read_at: Date | null; t: string }>(
      `SELECT m.direction, m.read_at, m::text AS t FROM case_messages m
         JOIN reports r ON r.id = m.report_id WHERE r.reference = $1 ORDER BY m.created_at`,
      [reference],
    );
    expect(rows[0]?.read_at).not.toBeNull();
    for (const r of rows) expect(r.t).not.toContain('friend');

    const other = await newReport();
    expect((await followup(other.receipt)).json().messages).toEqual([]);

    const empty = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/messages',
      headers: as(receipt, { 'accept-language': 'fr' }),
      payload: { body: '   ' },
      remoteAddress: nextAddress(),
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ body: 'Ce champ est obligatoire.' });
  });

  it('adds evidence, checked and sanitised as at intake', async () => {
    const { reference, receipt } = await newReport();
    const { payload, headers } = multipartBody({}, [
      {
        filename: 'screenshot.jpg',
        bytes: makeJpeg({ exif: exifWithGps({ latitude: [45, 30, 1], artist: 'a' }) }),
      },
    ]);
    const added = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/evidence',
      headers: { ...headers, ...as(receipt) },
      payload,
      remoteAddress: nextAddress(),
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toEqual({ files: 1 });
    const view = (await followup(receipt)).json();
    expect(view.evidence).toHaveLength(1);
    expect(view.evidence[0].mediaType).toBe('image/jpeg');
    const { rows } = await ctx.deps.db.query<{ sanitised_blob_id: string | null }>(
      'SELECT e.sanitised_blob_id FROM evidence_files e JOIN reports r ON r.id = e.report_id WHERE r.reference = $1',
      [reference],
    );
    expect(rows[0]?.sanitised_blob_id).toBeTruthy();

    const html = multipartBody({}, [
      { filename: 'a.txt', bytes: Buffer.from('<html><script>x</script></html>') },
    ]);
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/evidence',
      headers: { ...html.headers, ...as(receipt) },
      payload: html.payload,
      remoteAddress: nextAddress(),
    });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields)).toEqual(['evidence.0']);
  });

  it('changes consents, and records a deletion request after which nothing changes', async () => {
    const { reference, receipt } = await newReport();
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/followup/consents',
      headers: as(receipt),
      payload: { referralToPolice: true, anonymisedStatistics: false },
      remoteAddress: nextAddress(),
    });
    expect(patch.statusCode).toBe(200);
    expect(patch.json()).toEqual({
      contact: true,
      referralToPolice: true,
      anonymisedStatistics: false,
      updates: true,
    });

    const deletion = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/deletion-request',
      headers: as(receipt),
      remoteAddress: nextAddress(),
    });
    expect(deletion.statusCode).toBe(202);
    const view = (await followup(receipt)).json();
    expect(view.status.code).toBe('deletion_requested');
    expect(view.deletionRequestedAt).toBe(deletion.json().deletionRequestedAt);

    const after = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/messages',
      headers: as(receipt),
      payload: { body: 'one more thing' },
      remoteAddress: nextAddress(),
    });
    expect(after.statusCode).toBe(409);
    const withdraw = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/followup/consents',
      headers: as(receipt),
      payload: { referralToPolice: false },
      remoteAddress: nextAddress(),
    });
    expect(withdraw.statusCode).toBe(200);

    const { rows } = await ctx.deps.db.query<{ action: string; meta: Record<string, unknown> | null }>(
      `SELECT a.action, a.meta FROM audit_log a JOIN reports r ON r.id::text = a.target_id
        WHERE r.reference = $1 ORDER BY a.seq`,
      [reference],
    );
    expect(rows).toEqual([
      { action: 'report.received', meta: { risk: 'medium', files: 0, verified: false } },
      { action: 'followup.consents.changed', meta: { referral_police: true, statistics: false } },
      { action: 'followup.deletion.requested', meta: null },
      { action: 'followup.consents.changed', meta: { referral_police: false } },
    ]);
  });
});

describe('wrong receipts', () => {
  it('answer 404 alike, whether malformed, unknown or missing, and never say more', async () => {
    const answers = await Promise.all(
      ['AAAA-BBBB-CCCC-DDDD-EEEE', 'not a receipt', '2222-2222-2222-2222-2222'].map((r) => followup(r)),
    );
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/followup',
      remoteAddress: nextAddress(),
    });
    const inFrench = await followup('AAAA-BBBB', { language: 'fr' });
    expect(inFrench.statusCode).toBe(404);
    expect(inFrench.json().error.message).toBe(
      'Nous n’avons pas pu ouvrir de signalement avec ce reçu. Vérifiez chaque caractère et réessayez.',
    );
    for (const res of [...answers, missing]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        error: {
          code: 'receiptNotFound',
          message: 'We could not open a report with this receipt. Check each character and try again.',
        },
      });
    }
  });

  it('slow a guessing source down, never refuse a genuine receipt holder for what others do', {
    timeout: 120_000,
  }, async () => {
    const { receipt } = await newReport();
    const { receipt: guessersOwn } = await newReport();
    ctx.deps.runtime.limits.configure({ receiptGuessesFree: 2 });
    try {
      // A crowd of 1,000 addresses, each guessing as many receipts as it may before being slowed: with no
      // global bucket to drain, what they do never reaches anyone else.
      const guessers = Array.from({ length: 1_000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.7`);
      for (const address of guessers)
        for (let i = 0; i < 2; i++)
          expect((await followup('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ', { address })).statusCode).toBe(404);
      // A genuine holder from elsewhere opens their report at once.
      expect((await followup(receipt, { address: nextAddress() })).statusCode).toBe(200);
      // From a guessing address, even a good receipt waits its turn (a second, doubling with each wrong
      // guess)…
      let answered = false;
      const slowed = followup(guessersOwn, { address: guessers[0]! }).then((r) => {
        answered = true;
        return r;
      });
      await ctx.clock.advance(999);
      expect(answered).toBe(false);
      await ctx.clock.advance(1);
      // …and is answered, not refused.
      expect((await slowed).statusCode).toBe(200);
    } finally {
      ctx.deps.runtime.limits.configure({ receiptGuessesFree: DEFAULT_PUBLIC_LIMITS.receiptGuessesFree });
    }
  });

  it('refuse a guessing source that keeps too many requests waiting, with Retry-After and a localised reason', async () => {
    const address = nextAddress();
    ctx.deps.runtime.limits.configure({ receiptGuessesFree: 1, receiptGuessWaitingPerSource: 1 });
    try {
      expect((await followup('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ', { address })).statusCode).toBe(404);
      const waiting = followup('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ', { address });
      const refused = await followup('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ', { address, language: 'fr' });
      expect(refused.statusCode).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.json().error.message).toMatch(/réessayer dans \d+ minute/);
      await ctx.clock.advance(1_000);
      expect((await waiting).statusCode).toBe(404);
    } finally {
      ctx.deps.runtime.limits.configure({
        receiptGuessesFree: DEFAULT_PUBLIC_LIMITS.receiptGuessesFree,
        receiptGuessWaitingPerSource: DEFAULT_PUBLIC_LIMITS.receiptGuessWaitingPerSource,
      });
    }
  });
});
