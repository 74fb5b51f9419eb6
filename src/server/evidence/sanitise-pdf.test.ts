import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makeSanitisedCopy } from './sanitise.ts';
import { stripPdfMetadata } from './sanitise-pdf.ts';
import { exifWithGps, makeJpeg } from './testing/fixtures.ts';
import { appendInfoRevision, makePdf } from './testing/media-fixtures.ts';

const CANARY = 'Pdf-Canary-4417';
const LATITUDE_BYTES = Buffer.from([
  0, 0, 0, 43, 0, 0, 0, 1, 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 1,
]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function original(): Promise<Buffer> {
  return makePdf({
    canary: CANARY,
    pages: 3,
    jpeg: makeJpeg({ exif: exifWithGps({ latitude: [43, 39, 7], artist: `Artist-${CANARY}` }) }),
    attachment: `Attachment-${CANARY}`,
  });
}

describe('PDF', () => {
  it('the fixture carries Info, XMP, an attachment and an image with a GPS position', async () => {
    const pdf = await original();
    for (const marker of [`Author-${CANARY}`, `Title-${CANARY}`, 'x:xmpmeta', `Attachment-${CANARY}`]) {
      expect(pdf.includes(Buffer.from(marker))).toBe(true);
    }
    expect(pdf.includes(LATITUDE_BYTES)).toBe(true);
  });

  it('makes a copy without Info, XMP, attachments, image EXIF or IDs, with the same pages', async () => {
    const pdf = await original();
    const digest = sha256(pdf);
    const clean = await makeSanitisedCopy('application/pdf', pdf);
    expect(clean).not.toBeNull();
    const copy = clean as Buffer;
    expect(sha256(pdf)).toBe(digest); // the original is left exactly as received
    for (const marker of [
      CANARY,
      'xmpmeta',
      'EmbeddedFile',
      '/Info',
      '/ID',
      '/Metadata',
      'Exif',
      'pdf-lib',
    ]) {
      expect(copy.includes(Buffer.from(marker)), marker).toBe(false);
    }
    expect(copy.includes(LATITUDE_BYTES)).toBe(false);

    const before = await PDFDocument.load(pdf, { updateMetadata: false });
    const after = await PDFDocument.load(copy, { updateMetadata: false });
    expect(after.getPageCount()).toBe(3);
    expect(after.getPages().map((p) => p.getSize())).toEqual(before.getPages().map((p) => p.getSize()));
    expect(after.getAuthor()).toBeUndefined();
    expect(after.getTitle()).toBeUndefined();
    expect(after.getProducer()).toBeUndefined();
    // The picture is still there, as JPEG data without its EXIF segment.
    expect(copy.includes(Buffer.from('/DCTDecode'))).toBe(true);
    expect(copy.includes(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
  });

  it('drops the metadata of earlier revisions kept in the same file', async () => {
    const pdf = await makePdf({ canary: CANARY });
    const parsed = await PDFDocument.load(pdf, { updateMetadata: false });
    const root = parsed.context.trailerInfo.Root?.toString() ?? '';
    const revised = appendInfoRevision(
      pdf,
      parsed.context.largestObjectNumber + 1,
      root,
      'Revised-Canary-88',
    );
    const reread = await PDFDocument.load(revised, { updateMetadata: false });
    expect(reread.getAuthor()).toBe('Revised-Canary-88');
    const copy = await stripPdfMetadata(revised);
    expect(copy.includes(Buffer.from('Revised-Canary-88'))).toBe(false);
    expect(copy.includes(Buffer.from(CANARY))).toBe(false);
  });

  it('drops document JavaScript, open actions, page actions and annotation authors', async () => {
    const doc = await PDFDocument.load(await makePdf({ canary: CANARY }), { updateMetadata: false });
    const ctx = doc.context;
    const script = ctx.obj({ S: 'JavaScript', JS: PDFString.of('app.alert("Js-Canary")') });
    doc.catalog.set(PDFName.of('OpenAction'), ctx.register(script));
    const page = doc.getPage(0).node;
    page.set(PDFName.of('AA'), ctx.obj({ O: ctx.register(script) }));
    const note = ctx.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [10, 10, 30, 30],
      Contents: PDFString.of('a note'),
      T: PDFString.of('Annotator-Canary'),
      M: PDFString.of('D:20240501120000Z'),
    });
    const link = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [40, 40, 60, 60], A: ctx.register(script) });
    page.set(PDFName.of('Annots'), ctx.obj([ctx.register(note), ctx.register(link)]));
    const withScript = Buffer.from(await doc.save({ useObjectStreams: false }));
    expect(withScript.includes(Buffer.from('Js-Canary'))).toBe(true);

    const copy = await stripPdfMetadata(withScript);
    for (const marker of ['Js-Canary', 'JavaScript', '/OpenAction', '/AA', 'Annotator-Canary', 'D:2024']) {
      expect(copy.includes(Buffer.from(marker)), marker).toBe(false);
    }
    expect(copy.includes(Buffer.from('a note'))).toBe(true); // the note's text is content, and stays
  });

  it('gives no copy for encrypted, broken or non-PDF input', async () => {
    const pdf = await makePdf({ canary: CANARY });
    const encrypted = Buffer.from(
      pdf
        .toString('latin1')
        .replace('trailer\n<<', 'trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 >>'),
      'latin1',
    );
    expect(encrypted.includes(Buffer.from('/Encrypt'))).toBe(true);
    expect(await makeSanitisedCopy('application/pdf', encrypted)).toBeNull();
    expect(
      await makeSanitisedCopy('application/pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n')),
    ).toBeNull();
    expect(await makeSanitisedCopy('application/pdf', Buffer.from('not a pdf'))).toBeNull();
  });
});
