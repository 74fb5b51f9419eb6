import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postReportWithFiles } from '../intake/testing/http.ts';
import { startTestContext, type TestContext } from '../testing/test-context.ts';
import { EVIDENCE_AAD, openDigests, type SealedDigestColumns } from './sealing.ts';
import { makeMp4, makePdf } from './testing/media-fixtures.ts';

/** Evidence uploaded through the public API gets its metadata-free copy (or, for HEIC, none). */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestContext({ FOCALPOINT_MAX_UPLOAD_MB: '1' });
  ctx.deps.runtime.limits.configure({ powDifficulty: 8 });
});
afterAll(async () => {
  await ctx?.close();
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('POST /api/v1/reports with a PDF, a video and a HEIC photo', () => {
  it('stores each original unchanged, a copy without author, title or place, and no copy for HEIC', async () => {
    const pdf = await makePdf({ canary: 'Intake-Canary-6130', pages: 2 });
    const { file: mp4 } = makeMp4({ canary: 'Intake-Canary-6130', iso6709: '+43.6532-079.3832/' });
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(64),
    ]);
    const { reference } = await postReportWithFiles(
      ctx.app,
      { narrative: 'The letter they sent to my parents, a video of the car, a photo.', language: 'en' },
      [
        { filename: 'letter.pdf', contentType: 'application/pdf', bytes: pdf },
        { filename: 'car.mov', contentType: 'video/quicktime', bytes: mp4 },
        { filename: 'photo.heic', contentType: 'image/heic', bytes: heic },
      ],
    );
    const { rows: files } = await ctx.deps.db.query<Record<string, unknown>>(
      `SELECT f.* FROM evidence_files f JOIN reports r ON r.id = f.report_id
        WHERE r.reference = $1 ORDER BY f.media_type`,
      [reference],
    );
    expect(files.map((f) => f.media_type)).toEqual(['application/pdf', 'image/heic', 'video/quicktime']);
    const open = async (f: Record<string, unknown>, which: 'original' | 'sanitised') =>
      ctx.deps.vault.open(
        ctx.deps.db,
        await ctx.deps.blobs.get(String(f[`${which}_blob_id`])),
        EVIDENCE_AAD[which](String(f.id)),
      );

    const [pdfRow, heicRow, videoRow] = files as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    const pdfDigests = await openDigests(ctx.deps.db, ctx.deps.vault, pdfRow as SealedDigestColumns);
    expect(pdfDigests.sha256Original).toBe(sha256(pdf));
    expect((await open(pdfRow, 'original')).equals(pdf)).toBe(true);
    const pdfCopy = await open(pdfRow, 'sanitised');
    for (const canary of ['Author-Intake-Canary-6130', 'Title-Intake-Canary-6130', 'Intake-Canary-6130']) {
      expect(pdfCopy.includes(Buffer.from(canary))).toBe(false);
    }
    expect(pdfDigests.sha256Sanitised).toBe(sha256(pdfCopy));
    expect((await PDFDocument.load(pdfCopy)).getPageCount()).toBe(2);

    const videoCopy = await open(videoRow, 'sanitised');
    expect(videoCopy.includes(Buffer.from('+43.6532'))).toBe(false);
    expect(videoCopy.includes(Buffer.from('Intake-Canary-6130'))).toBe(false);
    expect((await open(videoRow, 'original')).equals(mp4)).toBe(true);

    // HEIC has no sanitiser: only the original is kept, and the row says there is no copy.
    expect(heicRow.sanitised_blob_id).toBeNull();
    expect(heicRow.sha256_sanitised_sealed).toBeNull();
  });
});
