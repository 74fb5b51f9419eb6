import { PDFDocument, PDFName } from 'pdf-lib';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../platform/jobs/clock.ts';
import { FileWorkers } from './file-workers.ts';
import { exifWithGps, makeJpeg } from './testing/fixtures.ts';
import { makePdfBomb } from './testing/media-fixtures.ts';

/**
 * The file workers (file-workers.ts): each file examined in a worker thread, within a decompression
 * budget, a heap limit and a time limit that counts on the injected clock from when a worker starts.
 */

const MB = 1024 * 1024;
const open: FileWorkers[] = [];
function workers(settings: Partial<{ threads: number; heapMb: number; timeLimitMs: number }> = {}) {
  const clock = new ManualClock();
  const pool = new FileWorkers({
    settings: { threads: 2, heapMb: 256, timeLimitMs: 60_000, ...settings },
    clock,
    log: pino({ level: 'silent' }),
  });
  open.push(pool);
  return { pool, clock };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

describe('FileWorkers', () => {
  it('detects the type, makes the copy and takes the digests in a worker', async () => {
    const { pool } = workers();
    const photo = makeJpeg({ exif: exifWithGps({ latitude: [1, 2, 3], artist: 'Worker-Canary' }) });
    const result = await pool.examine(photo, { maxInflateBytes: MB });
    expect(result).toMatchObject({ outcome: 'examined', mediaType: 'image/jpeg', noCopy: null });
    if (result.outcome !== 'examined') return;
    expect(Buffer.from(result.sanitised ?? []).equals(makeJpeg())).toBe(true);
    expect(Buffer.from(result.digests.original).length).toBe(32);
    expect((await pool.examine(Buffer.from('MZ\x90\x00', 'latin1'), { maxInflateBytes: MB })).outcome).toBe(
      'refusedType',
    );
  });

  it('refuses a file that decompresses past its budget, having inflated no more than the budget', async () => {
    const { pool } = workers();
    const bomb = await makePdfBomb({ streams: 8, inflatedMb: 32 });
    const result = await pool.examine(bomb, { maxInflateBytes: 16 * MB });
    expect(result.outcome).toBe('tooMuchData');
    expect(result.outcome === 'tooMuchData' && result.inflated).toBeLessThan(17 * MB);
  });

  it('terminates a worker past the time limit (counted on the clock) and carries on with the next file', async () => {
    const { pool, clock } = workers({ threads: 1, timeLimitMs: 5_000 });
    const bomb = await makePdfBomb({ streams: 8, inflatedMb: 64 });
    const slow = pool.examine(bomb, { maxInflateBytes: 1024 * MB });
    const next = pool.examine(Buffer.from('notes\n'), { maxInflateBytes: MB });
    await clock.advance(5_000);
    expect((await slow).outcome).toBe('tooSlow');
    // The next file waited in the queue: its own time starts when a (new) worker takes it.
    expect(await next).toMatchObject({ outcome: 'examined', mediaType: 'text/plain' });
  });

  it('refuses a file that needs more memory than the worker may have, and the pool carries on', async () => {
    const { pool } = workers({ threads: 1, heapMb: 16 });
    const doc = await PDFDocument.create({ updateMetadata: false });
    const page = doc.addPage([100, 100]);
    const many = Array.from({ length: 50_000 }, (_, i) =>
      doc.context.register(doc.context.obj({ Kind: PDFName.of('Filler'), N: i, Note: `object ${i}` })),
    );
    page.node.set(PDFName.of('Filler'), doc.context.obj(many));
    const heavy = Buffer.from(await doc.save({ useObjectStreams: false }));
    expect((await pool.examine(heavy, { maxInflateBytes: 64 * MB })).outcome).toBe('tooComplex');
    expect((await pool.examine(Buffer.from('notes\n'), { maxInflateBytes: MB })).outcome).toBe('examined');
  });
});
