import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, type PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { InflateBudget, InflateLimitError } from './inflate.ts';
import { makeSanitisedCopy } from './sanitise.ts';
import { SanitiseError } from './sanitise-error.ts';
import { stripPdfMetadata } from './sanitise-pdf.ts';
import { exifWithGps, makeIccProfile, makeJpeg } from './testing/fixtures.ts';
import { appendInfoRevision, makePdf, makePdfBomb } from './testing/media-fixtures.ts';

const CANARY = 'Pdf-Canary-4417';
const LATITUDE_BYTES = Buffer.from([
  0, 0, 0, 43, 0, 0, 0, 1, 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 1,
]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const ample = () => new InflateBudget(64 * 1024 * 1024);

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
    const copy = await stripPdfMetadata(revised, ample());
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

    const copy = await stripPdfMetadata(withScript, ample());
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

  it('keeps only the keys a page may have: private keys, PieceInfo and page XMP go with what they point to', async () => {
    const doc = await PDFDocument.load(await makePdf({ canary: CANARY }), { updateMetadata: false });
    const ctx = doc.context;
    const page = doc.getPage(0).node;
    const xmp = Buffer.from('<?xpacket begin=""?><x:xmpmeta>Hex-Xmp-Canary</x:xmpmeta><?xpacket end="w"?>');
    const hexXmp = ctx.stream(`${xmp.toString('hex')}>`, { Filter: 'ASCIIHexDecode' });
    page.set(PDFName.of('Acme Private'), ctx.register(hexXmp));
    page.set(PDFName.of('AcmeNotes'), PDFString.of('Private-Key-Canary'));
    page.set(PDFName.of('PieceInfo'), ctx.obj({ Acme: { Private: PDFString.of('Piece-Canary') } }));
    const pageXmp = ctx.stream('<x:xmpmeta>Page-Xmp-Canary</x:xmpmeta>', {
      Type: 'Metadata',
      Subtype: 'XML',
    });
    page.set(PDFName.of('Metadata'), ctx.register(pageXmp));
    const resources = page.lookup(PDFName.of('Resources'), PDFDict);
    resources.set(PDFName.of('AcmeResource'), PDFString.of('Resource-Canary'));
    const original = Buffer.from(await doc.save({ useObjectStreams: false }));
    // PieceInfo spelt with an escape, as a hostile file may: readers decode #49 as "I".
    const escaped = Buffer.from(original.toString('latin1').replace('/PieceInfo', '/Piece#49nfo'), 'latin1');

    const copy = await stripPdfMetadata(escaped, ample());
    const hidden = [
      'Hex-Xmp-Canary',
      Buffer.from('Hex-Xmp-Canary').toString('hex'),
      'Private-Key-Canary',
      'Piece-Canary',
      'Page-Xmp-Canary',
      'Resource-Canary',
      'Acme',
    ];
    for (const marker of hidden) expect(copy.includes(Buffer.from(marker)), marker).toBe(false);
    expect((await PDFDocument.load(copy)).getPageCount()).toBe(1);
  });

  it('cleans the ICC profiles of ICCBased colour spaces: no profile name, maker or device left', async () => {
    const doc = await PDFDocument.load(await makePdf({ canary: CANARY }), { updateMetadata: false });
    const ctx = doc.context;
    const profile = makeIccProfile({
      description: 'Pdf-Icc-Canary',
      copyright: 'Pdf-Icc-Copyright',
      device: 'Devc',
    });
    const iccStream = ctx.register(ctx.stream(deflateSync(profile), { N: 3, Filter: 'FlateDecode' }));
    const resources = doc.getPage(0).node.lookup(PDFName.of('Resources'), PDFDict);
    resources.set(PDFName.of('ColorSpace'), ctx.obj({ CS0: [PDFName.of('ICCBased'), iccStream] }));
    const copy = await stripPdfMetadata(Buffer.from(await doc.save({ useObjectStreams: false })), ample());

    const reread = await PDFDocument.load(copy);
    const spaces = reread
      .getPage(0)
      .node.lookup(PDFName.of('Resources'), PDFDict)
      .lookup(PDFName.of('ColorSpace'), PDFDict);
    const cs0 = spaces.lookup(PDFName.of('CS0'), PDFArray);
    const stream = reread.context.lookup(cs0.get(1)) as PDFRawStream;
    const kept = inflateSync(stream.contents);
    for (const marker of ['Pdf-Icc-Canary', 'Pdf-Icc-Copyright', 'Devc', 'dmnd']) {
      expect(kept.includes(Buffer.from(marker)), marker).toBe(false);
    }
    expect(kept.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(kept.includes(Buffer.from('rXYZ'))).toBe(true);
  });

  it('gives no copy when a kept stream holds an XMP packet under any encoding', async () => {
    for (const filter of ['ASCIIHexDecode', 'ASCII85Decode', 'FlateDecode'] as const) {
      const doc = await PDFDocument.load(await makePdf({ canary: CANARY }), { updateMetadata: false });
      const ctx = doc.context;
      const xmp = Buffer.from('q Q % <x:xmpmeta>Content-Xmp-Canary</x:xmpmeta>\n');
      const encoded =
        filter === 'ASCIIHexDecode'
          ? Buffer.from(`${xmp.toString('hex')}>`)
          : filter === 'ASCII85Decode'
            ? Buffer.from(`${ascii85(xmp)}~>`)
            : deflateSync(xmp);
      const page = doc.getPage(0).node;
      page.set(PDFName.of('Contents'), ctx.register(ctx.stream(encoded, { Filter: filter })));
      const original = Buffer.from(await doc.save({ useObjectStreams: false }));
      await expect(stripPdfMetadata(original, ample()), filter).rejects.toBeInstanceOf(SanitiseError);
    }
  });

  it('refuses a PDF whose streams inflate past the budget (a decompression bomb), without inflating them whole', async () => {
    const bomb = await makePdfBomb({ streams: 4, inflatedMb: 16 });
    expect(bomb.length).toBeLessThan(200_000);
    const budget = new InflateBudget(8 * 1024 * 1024);
    await expect(stripPdfMetadata(bomb, budget)).rejects.toBeInstanceOf(InflateLimitError);
    // It stopped as soon as the budget was spent, not after the 64 MB the streams hold.
    expect(budget.used).toBeLessThan(9 * 1024 * 1024);
    // With room enough, the same file is an ordinary PDF.
    expect(await stripPdfMetadata(bomb, new InflateBudget(128 * 1024 * 1024))).toBeInstanceOf(Buffer);
  });
});

/** ASCII85 (Adobe's base-85) of some bytes, without the closing `~>`. */
function ascii85(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = Buffer.alloc(4);
    bytes.copy(chunk, 0, i, i + 4);
    let n = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let d = 0; d < 5; d++) {
      digits.unshift(String.fromCharCode(33 + (n % 85)));
      n = Math.floor(n / 85);
    }
    out += digits.join('').slice(0, Math.min(4, bytes.length - i) + 1);
  }
  return out;
}
