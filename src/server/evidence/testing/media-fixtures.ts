import { once } from 'node:events';
import { createDeflate } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import PDFKit from 'pdfkit';

/**
 * Documents, videos and sounds built in the test, carrying the metadata a phone or a word processor
 * would add, for the sanitisers' tests.
 */

/** A PDF written by pdfkit: Info fields, XMP (PDF/A), an attachment, an image with EXIF, `pages` pages. */
export async function makePdf(opts: {
  canary: string;
  pages?: number;
  jpeg?: Buffer;
  attachment?: string;
}): Promise<Buffer> {
  const doc = new PDFKit({
    subset: 'PDF/A-1b',
    pdfVersion: '1.4',
    info: {
      Title: `Title-${opts.canary}`,
      Author: `Author-${opts.canary}`,
      Subject: `Subject-${opts.canary}`,
      Keywords: `Keywords-${opts.canary}`,
      Creator: `Creator-${opts.canary}`,
      Producer: `Producer-${opts.canary}`,
    },
    compress: false,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const pages = opts.pages ?? 1;
  for (let n = 0; n < pages; n++) {
    if (n > 0) doc.addPage();
    doc.rect(50, 50, 100 + n * 10, 100).fill('#333');
    if (n === 0 && opts.jpeg) doc.image(opts.jpeg, 200, 200, { width: 64 });
  }
  if (opts.attachment) doc.file(Buffer.from(opts.attachment), { name: 'notes.txt' });
  doc.end();
  return done;
}

/**
 * An incremental update appended to a PDF: a new Info dictionary (object `objectNumber`) and a trailer
 * that points to it, as an editor saving "in place" writes. The earlier revision stays in the file.
 */
export function appendInfoRevision(pdf: Buffer, objectNumber: number, rootRef: string, author: string) {
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.toString('latin1'))?.[1]);
  const object = `${objectNumber} 0 obj\n<< /Author (${author}) /Title (${author}) >>\nendobj\n`;
  const objectAt = pdf.length;
  const xrefAt = objectAt + object.length;
  const xref = `xref\n${objectNumber} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n`;
  const trailer = `trailer\n<< /Size ${objectNumber + 1} /Root ${rootRef} /Info ${objectNumber} 0 R /Prev ${startxref} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(object + xref + trailer, 'latin1')]);
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}
const u32 = (...values: number[]) => {
  const b = Buffer.alloc(values.length * 4);
  for (const [n, v] of values.entries()) b.writeUInt32BE(v, n * 4);
  return b;
};
const fullBox = (type: string, ...parts: Buffer[]) => box(type, u32(0), ...parts);

/** Seconds since 1904 of 2024-05-01, as a camera writes it. */
export const MP4_CREATION_TIME = 3_797_452_800;

function handler(type: string, name: string): Buffer {
  return fullBox('hdlr', u32(0), Buffer.from(type, 'latin1'), Buffer.alloc(12), Buffer.from(`${name}\0`));
}

function sampleTables(sampleEntry: Buffer, sizes: number[], chunkOffset: number): Buffer {
  return box(
    'stbl',
    fullBox('stsd', u32(1), sampleEntry),
    fullBox('stts', u32(1, sizes.length, 1000)),
    fullBox('stsc', u32(1, 1, sizes.length, 1)),
    fullBox('stsz', u32(0, sizes.length, ...sizes)),
    fullBox('stco', u32(1, chunkOffset)),
  );
}

function track(opts: { id: number; handlerType: string; handlerName: string; stbl: Buffer }): Buffer {
  const tkhd = fullBox('tkhd', u32(MP4_CREATION_TIME, MP4_CREATION_TIME, opts.id, 0, 3000), Buffer.alloc(60));
  const mdhd = fullBox(
    'mdhd',
    u32(MP4_CREATION_TIME, MP4_CREATION_TIME, 1000, 3000),
    Buffer.from([0x55, 0xc4, 0, 0]),
  );
  const dinf = box('dinf', fullBox('dref', u32(1), box('url ', u32(1))));
  const header = opts.handlerType === 'vide' ? fullBox('vmhd', Buffer.alloc(8)) : fullBox('nmhd');
  return box(
    'trak',
    tkhd,
    box('mdia', mdhd, handler(opts.handlerType, opts.handlerName), box('minf', header, dinf, opts.stbl)),
  );
}

/**
 * A QuickTime-style MP4 as a phone writes it: a video track (three samples) and a timed GPS metadata
 * track (one sample) in `mdat`, the place in `moov/udta/©xyz` and in Apple's `moov/meta`, an XMP
 * `uuid` box, the encoder's name in the sample entry, and a `free` box with leftovers.
 */
export function makeMp4(opts: { canary: string; iso6709: string; inSampleEntry?: boolean }): {
  file: Buffer;
  videoSamples: Buffer[];
} {
  const videoSamples = [0, 1, 2].map((n) => Buffer.alloc(40 + n * 7, 0x10 + n));
  const gpsSample = Buffer.from(`${opts.iso6709} gps-sample-${opts.canary}`);
  const avc1 = Buffer.alloc(78);
  avc1.writeUInt16BE(1, 6); // data reference index
  avc1.writeUInt16BE(16, 24); // width
  avc1.writeUInt16BE(16, 26); // height
  avc1.writeUInt16BE(1, 40); // frame count
  const encoder = `Encoder-${opts.canary}`;
  avc1[42] = encoder.length;
  avc1.write(encoder, 43, 'latin1');
  avc1.writeUInt16BE(24, 74);
  avc1.writeInt16BE(-1, 76);
  // Some writers put the place inside the sample description too: a udta with ©xyz after the avcC,
  // and a colour box carrying an ICC profile.
  const inEntry = opts.inSampleEntry
    ? [
        box(
          'udta',
          box('\xa9xyz', Buffer.concat([u32(0), Buffer.from(`${opts.iso6709} entry-${opts.canary}`)])),
        ),
        box('colr', Buffer.from(`prof icc-${opts.canary}`, 'latin1')),
        box('pasp', u32(1, 1)),
      ]
    : [];
  const sampleEntry = box(
    'avc1',
    avc1,
    box('avcC', Buffer.from([1, 0x42, 0, 0x1e, 0xff, 0xe0, 0])),
    ...inEntry,
  );
  const gpsEntry = box('mebx', Buffer.alloc(8));

  const ftyp = box('ftyp', Buffer.from('qt  \0\0\0\0qt  ', 'latin1'));
  const xyz = Buffer.concat([u32(0), Buffer.from(opts.iso6709)]);
  xyz.writeUInt16BE(opts.iso6709.length, 0);
  xyz.writeUInt16BE(0x15c7, 2);
  const udta = box('udta', box('\xa9xyz', xyz), box('\xa9nam', Buffer.from(`Name-${opts.canary}`)));
  const keyName = Buffer.from('mdtacom.apple.quicktime.location.ISO6709');
  const meta = fullBox(
    'meta',
    handler('mdta', ''),
    fullBox('keys', u32(1), u32(keyName.length + 4), keyName),
    box('ilst', box('\0\0\0\x01', box('data', u32(1, 0), Buffer.from(opts.iso6709)))),
  );
  const uuid = Buffer.concat([
    box(
      'uuid',
      Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'),
      Buffer.from(`<x:xmpmeta>${opts.canary}</x:xmpmeta>`),
    ),
  ]);
  uuid.writeUInt32BE(uuid.length, 0);
  const free = box('free', Buffer.from(`leftover-${opts.canary}`));

  const build = (mdatStart: number) => {
    const mvhd = fullBox('mvhd', u32(MP4_CREATION_TIME, MP4_CREATION_TIME, 1000, 3000), Buffer.alloc(80));
    const video = track({
      id: 1,
      handlerType: 'vide',
      handlerName: `Handler-${opts.canary}`,
      stbl: sampleTables(
        sampleEntry,
        videoSamples.map((s) => s.length),
        mdatStart,
      ),
    });
    const gps = track({
      id: 2,
      handlerType: 'meta',
      handlerName: 'Core Media Metadata',
      stbl: sampleTables(gpsEntry, [gpsSample.length], mdatStart + 40 + 47 + 54),
    });
    return box('moov', mvhd, video, gps, udta, meta);
  };
  const before = ftyp.length + build(0).length + uuid.length + free.length + 8;
  const mdat = box('mdat', ...videoSamples, gpsSample);
  return { file: Buffer.concat([ftyp, build(before), uuid, free, mdat]), videoSamples };
}

/** zlib data that inflates to `megabytes` of zeros, made a megabyte at a time (never held whole). */
export async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (c: Buffer) => parts.push(c));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let n = 0; n < megabytes; n++) {
    if (!deflate.write(zeros)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(parts);
}

/**
 * A decompression bomb: a one-page PDF whose content is `streams` Flate streams, each inflating to
 * `inflatedMb` megabytes of zeros — a small file that asks a reader for gigabytes.
 */
export async function makePdfBomb(opts: { streams: number; inflatedMb: number }): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([200, 200]);
  const zeros = await deflatedZeros(opts.inflatedMb);
  const refs = Array.from({ length: opts.streams }, () =>
    doc.context.register(doc.context.stream(zeros, { Filter: 'FlateDecode' })),
  );
  page.node.set(PDFName.of('Contents'), doc.context.obj(refs));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz): frames of 417 bytes. */
export function mp3Frames(count: number): Buffer {
  const frame = Buffer.alloc(417, 0x55);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat(Array.from({ length: count }, () => frame));
}

/** An MP3 as a tagger leaves it: ID3v2 (title) before the frames, APEv2 (artist) and ID3v1 after. */
export function makeMp3(opts: { title: string; artist: string; frames?: number }): Buffer {
  const text = Buffer.from(opts.title);
  const frame = Buffer.concat([Buffer.from('TIT2'), Buffer.alloc(4), Buffer.from([0, 0, 3]), text]);
  frame.writeUInt32BE(text.length + 1, 4);
  const id3v2 = Buffer.concat([Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, frame.length]), frame]);
  const id3v1 = Buffer.alloc(128);
  id3v1.write(`TAG${opts.artist}`.slice(0, 128), 0, 'latin1');
  const apeItems = Buffer.from(`Artist\0${opts.artist}`);
  const apeFooter = Buffer.alloc(32);
  apeFooter.write('APETAGEX', 0, 'latin1');
  apeFooter.writeUInt32LE(2000, 8);
  apeFooter.writeUInt32LE(apeItems.length + 32, 12);
  return Buffer.concat([id3v2, mp3Frames(opts.frames ?? 5), apeItems, apeFooter, id3v1]);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

/** A WAV (8 kHz mono 16-bit) with LIST/INFO (artist) and bext (originator) chunks. */
export function makeWav(opts: { artist: string }): { file: Buffer; fmt: Buffer; samples: Buffer } {
  const fmt = Buffer.from([1, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0]);
  const samples = Buffer.alloc(64, 7);
  const artist = Buffer.from(`${opts.artist}\0`);
  const iart = Buffer.alloc(8);
  iart.write('IART', 0, 'latin1');
  iart.writeUInt32LE(artist.length, 4);
  const info = riffChunk(
    'LIST',
    Buffer.concat([Buffer.from('INFO'), iart, artist, Buffer.alloc(artist.length % 2)]),
  );
  const bext = riffChunk('bext', Buffer.from(`Originator ${opts.artist}`));
  const body = Buffer.concat([riffChunk('fmt ', fmt), info, bext, riffChunk('data', samples)]);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WAVE', 8, 'latin1');
  return { file: Buffer.concat([head, body]), fmt, samples };
}
