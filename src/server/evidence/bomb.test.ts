import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, nextAddress, postReportWithFiles } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { makePdfBomb } from './testing/media-fixtures.ts';

/**
 * One small PDF whose streams inflate to gigabytes once froze the server: its streams were inflated on
 * the main thread while the copy was checked. Now the file is examined in a worker within a decompression
 * budget: it is refused with a reason in the sender's language, the rest of the report is kept, and the
 * server answers others meanwhile (shown by order of answers, never by time; the wall-clock figure is
 * bench/evidence-bomb.ts's).
 */

let ctx: TestContext;
let bomb: Buffer;
beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MAX_UPLOAD_MB: '5' });
  // Eight Flate streams of 250 MB of zeros each: 2 GB asked of a reader, from a file of about 2 MB.
  bomb = await makePdfBomb({ streams: 8, inflatedMb: 250 });
});
afterAll(async () => {
  await ctx?.close();
});

const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

describe('a decompression bomb among the evidence', () => {
  it('is refused with a localised reason, the report kept, while /healthz is answered before the upload', async () => {
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const { payload, headers } = multipartBody(
      { narrative: 'La lettre reçue hier, et mes notes.', language: 'fr' },
      [
        { filename: 'lettre.pdf', contentType: 'application/pdf', bytes: bomb },
        { filename: 'notes.txt', contentType: 'text/plain', bytes: Buffer.from('Reçue le 3 mai.\n') },
      ],
    );
    const heapBefore = heapNow();
    let heapPeak = heapBefore;
    const order: string[] = [];
    const upload = ctx.app
      .inject({ method: 'POST', url: '/api/v1/reports', payload, headers, remoteAddress: nextAddress() })
      .then((res) => {
        order.push('upload');
        return res;
      });
    // Once a worker has the bomb, ask the server something else, again and again until the upload answers.
    const workers = ctx.deps.runtime.fileWorkers;
    while (workers.busy === 0 && !order.includes('upload'))
      await new Promise((resolve) => setImmediate(resolve));
    while (!order.includes('upload')) {
      // A turn of the event loop between requests, as between requests from the network (inject alone
      // can run on promises only, and would never let the worker's answer in).
      await new Promise((resolve) => setImmediate(resolve));
      const health = await ctx.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
      order.push('healthz');
      heapPeak = Math.max(heapPeak, heapNow());
    }
    const res = await upload;
    heapPeak = Math.max(heapPeak, heapNow());

    expect(order[0]).toBe('healthz');
    expect(res.statusCode).toBe(201);
    const body = res.json() as {
      reference: string;
      refusedFiles: { file: number; reason: string; message: string }[];
    };
    expect(body.refusedFiles).toEqual([
      {
        file: 1,
        reason: 'expandsTooMuch',
        message:
          'Le fichier 1 n’a pas été conservé : l’ouvrir prendrait beaucoup trop de place (il est peut-être endommagé, ou conçu pour nuire). Le reste de votre envoi a bien été reçu.',
      },
    ]);
    // The 2 GB were never inflated here: the main thread's heap and buffers grew by less than the budget
    // of one file, let alone the bomb.
    expect(heapPeak - heapBefore).toBeLessThan(64 * 1024 * 1024);

    // The report and the other file are kept; the refusal is recorded without anything of the file.
    const { rows: files } = await ctx.deps.db.query<{ media_type: string }>(
      `SELECT f.media_type FROM evidence_files f JOIN reports r ON r.id = f.report_id WHERE r.reference = $1`,
      [body.reference],
    );
    expect(files.map((f) => f.media_type)).toEqual(['text/plain']);
    const { rows: refusals } = await ctx.deps.db.query<{ reason: string; size_bytes: string }>(
      `SELECT x.reason, x.size_bytes FROM evidence_refusals x JOIN reports r ON r.id = x.report_id
        WHERE r.reference = $1`,
      [body.reference],
    );
    expect(refusals).toEqual([{ reason: 'expandsTooMuch', size_bytes: expect.anything() }]);
    expect(Number(refusals[0]?.size_bytes)).toBe(bomb.length);
  });

  it('is refused the same way when it comes later, through follow-up, in the language asked for', async () => {
    const { receipt } = await postReportWithFiles(
      ctx.app,
      { narrative: 'A first report.', language: 'en' },
      [],
    );
    const { payload, headers } = multipartBody({}, [{ filename: 'more.pdf', bytes: bomb }]);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/followup/evidence',
      payload,
      headers: { ...headers, authorization: `Receipt ${receipt}`, 'accept-language': 'zh-Hant' },
      remoteAddress: nextAddress(),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      files: 0,
      refusedFiles: [
        {
          file: 1,
          reason: 'expandsTooMuch',
          message:
            '檔案 1 未被保留：開啟它會佔用過多空間（它可能已損壞，或是被故意製作來造成破壞的）。您傳送的其他內容已經收到。',
        },
      ],
    });
  });
});

describe('the decompression budget of a whole submission', () => {
  it('refuses the file that would take the submission past it, and keeps those before it', async () => {
    const small = await startTestContext({
      FOCALPOINT_EVIDENCE_MAX_EXPANDED_MB: '8',
      FOCALPOINT_EVIDENCE_MAX_EXPANDED_REPORT_MB: '12',
    });
    try {
      const seven = await makePdfBomb({ streams: 1, inflatedMb: 7 });
      const { payload, headers } = multipartBody(
        { narrative: 'Two scans of the same letter.', language: 'en' },
        [
          { filename: 'a.pdf', bytes: seven },
          { filename: 'b.pdf', bytes: seven },
        ],
      );
      const res = await small.app.inject({
        method: 'POST',
        url: '/api/v1/reports',
        payload,
        headers,
        remoteAddress: nextAddress(),
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().refusedFiles).toEqual([
        expect.objectContaining({ file: 2, reason: 'submissionExpandsTooMuch' }),
      ]);
      const { rows } = await small.deps.db.query('SELECT media_type FROM evidence_files');
      expect(rows).toEqual([{ media_type: 'application/pdf' }]);
    } finally {
      await small.close();
    }
  });
});
