import { deflateSync } from 'node:zlib';
import { pngChunk } from '../sanitise-image.ts';

/**
 * Small, valid image files built byte by byte, with the metadata a phone would add, for tests of the
 * sanitisers and of intake. Each decodes (checked with ImageMagick when written).
 */

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A TIFF-structured EXIF block (big-endian) with IFD0 → Artist and a GPS IFD holding a position. */
export function exifWithGps(opts: { latitude: [number, number, number]; artist: string }): Buffer {
  const artist = Buffer.from(`${opts.artist}\0`, 'latin1');
  // Layout: header(8) | IFD0 (2 + 2*12 + 4 = 30) @8 | GPS IFD (2 + 2*12 + 4 = 30) @38 | lat rationals (24) @68 | artist @92
  const tiff = Buffer.alloc(92 + artist.length);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    tiff.writeUInt32BE(value, at + 8);
  };
  tiff.writeUInt16BE(2, 8);
  entry(10, 0x013b, 2, artist.length, 92); // Artist, ASCII
  entry(22, 0x8825, 4, 1, 38); // GPSInfo IFD pointer
  tiff.writeUInt32BE(0, 34);
  tiff.writeUInt16BE(2, 38);
  entry(40, 0x0001, 2, 2, 0); // GPSLatitudeRef "N"
  tiff.write('N\0', 48, 'latin1');
  entry(52, 0x0002, 5, 3, 68); // GPSLatitude, 3 rationals
  tiff.writeUInt32BE(0, 64);
  opts.latitude.forEach((v, i) => {
    tiff.writeUInt32BE(v, 68 + i * 8);
    tiff.writeUInt32BE(1, 72 + i * 8);
  });
  artist.copy(tiff, 92);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
}

/**
 * An 8×8 grey baseline JPEG: JFIF, optional EXIF (with GPS) and XMP and a comment, then the image itself
 * with one-code Huffman tables (DC difference 0, then end of block).
 */
export function makeJpeg(
  opts: { exif?: Buffer; xmp?: string; comment?: string; trailer?: Buffer } = {},
): Buffer {
  const jfif = Buffer.from([
    0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  ]);
  const dqt = Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]);
  const sof = Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
  const oneCode = (cls: number) =>
    Buffer.concat([Buffer.from([cls]), Buffer.from([1, ...Array(15).fill(0)]), Buffer.from([0])]);
  const sos = Buffer.from([1, 1, 0x00, 0, 63, 0]);
  const parts = [Buffer.from([0xff, 0xd8]), segment(0xe0, jfif)];
  if (opts.exif) parts.push(segment(0xe1, opts.exif));
  if (opts.xmp) parts.push(segment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0${opts.xmp}`, 'utf8')));
  if (opts.comment) parts.push(segment(0xfe, Buffer.from(opts.comment, 'utf8')));
  parts.push(
    segment(0xdb, dqt),
    segment(0xc0, sof),
    segment(0xc4, oneCode(0x00)),
    segment(0xc4, oneCode(0x10)),
    segment(0xda, sos),
    Buffer.from([0x3f]), // bits 0 (DC: no change) 0 (AC: end of block), padded with ones
    Buffer.from([0xff, 0xd9]),
  );
  if (opts.trailer) parts.push(opts.trailer);
  return Buffer.concat(parts);
}

/** A 2×2 grey PNG with text chunks, an eXIf chunk and a modification time. */
export function makePng(opts: { text?: string; exif?: Buffer; extra?: Buffer[] } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.from([0, 128, 128, 0, 128, 128]); // filter byte + 2 pixels, twice
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr)];
  if (opts.text) {
    parts.push(pngChunk('tEXt', Buffer.from(`Author\0${opts.text}`, 'latin1')));
    parts.push(pngChunk('iTXt', Buffer.from(`Description\0\0\0\0\0${opts.text}`, 'utf8')));
    parts.push(
      pngChunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(opts.text)])),
    );
  }
  if (opts.exif) parts.push(pngChunk('eXIf', opts.exif.subarray(6)));
  parts.push(...(opts.extra ?? []));
  parts.push(pngChunk('tIME', Buffer.from([0x07, 0xea, 11, 22, 13, 0, 0])));
  parts.push(pngChunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1])));
  parts.push(pngChunk('IDAT', deflateSync(raw)));
  parts.push(pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A WebP container (lossless 1×1 bitstream) with EXIF and XMP chunks announced in VP8X. */
export function makeWebp(opts: { exif?: Buffer; xmp?: string; icc?: Buffer } = {}): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
  };
  const vp8x = Buffer.alloc(10);
  vp8x[0] = (opts.exif ? 0x08 : 0) | (opts.xmp ? 0x04 : 0) | (opts.icc ? 0x20 : 0);
  // canvas 1×1: width-1 and height-1 as 24-bit values, already zero
  // A 1×1 lossless image (signature 0x2f, 14-bit width-1 and height-1 = 0, then a minimal bitstream).
  const vp8l = Buffer.from([0x2f, 0x00, 0x00, 0x00, 0x00, 0x88, 0x88, 0x08, 0x00]);
  const body = [chunk('VP8X', vp8x), ...(opts.icc ? [chunk('ICCP', opts.icc)] : []), chunk('VP8L', vp8l)];
  if (opts.exif) body.push(chunk('EXIF', opts.exif.subarray(6)));
  if (opts.xmp) body.push(chunk('XMP ', Buffer.from(opts.xmp, 'utf8')));
  const all = Buffer.concat(body);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(all.length + 4, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, all]);
}

/**
 * A small version-2 RGB display profile, as a camera or monitor embeds it: colour tags (white point,
 * primaries, one shared tone curve) and the tags that name it — description, copyright, maker and model
 * descriptions — plus a creation date and a device maker in the header.
 */
export function makeIccProfile(opts: { description: string; copyright: string; device: string }): Buffer {
  const text = (type: string, body: Buffer) =>
    Buffer.concat([Buffer.from(type, 'latin1'), Buffer.alloc(4), body]);
  const desc = (s: string) => {
    const ascii = Buffer.from(`${s}\0`, 'latin1');
    const n = Buffer.alloc(4);
    n.writeUInt32BE(ascii.length, 0);
    return text('desc', Buffer.concat([n, ascii, Buffer.alloc(8 + 3 + 67)]));
  };
  const xyz = (x: number, y: number, z: number) => {
    const b = Buffer.alloc(12);
    for (const [i, v] of [x, y, z].entries()) b.writeInt32BE(Math.round(v * 65536), i * 4);
    return text('XYZ ', b);
  };
  const curve = text('curv', Buffer.from([0, 0, 0, 1, 0x02, 0x33])); // gamma 2.2 (u8Fixed8)
  const tags: [string, Buffer][] = [
    ['desc', desc(opts.description)],
    ['cprt', text('text', Buffer.from(`${opts.copyright}\0`, 'latin1'))],
    ['dmnd', desc(`${opts.device} maker`)],
    ['dmdd', desc(`${opts.device} model`)],
    ['wtpt', xyz(0.9642, 1, 0.8249)],
    ['rXYZ', xyz(0.4361, 0.2225, 0.0139)],
    ['gXYZ', xyz(0.3851, 0.7169, 0.0971)],
    ['bXYZ', xyz(0.1431, 0.0606, 0.7141)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  const table = Buffer.alloc(4 + tags.length * 12);
  table.writeUInt32BE(tags.length, 0);
  const blocks: Buffer[] = [];
  let at = 128 + table.length;
  let curveAt = 0;
  tags.forEach(([sig, data], i) => {
    let offset = at;
    if (data === curve && curveAt) offset = curveAt;
    else {
      if (data === curve) curveAt = at;
      blocks.push(pad(data));
      at += pad(data).length;
    }
    table.write(sig, 4 + i * 12, 'latin1');
    table.writeUInt32BE(offset, 8 + i * 12);
    table.writeUInt32BE(data.length, 12 + i * 12);
  });
  const header = Buffer.alloc(128);
  header.write('lcms', 4, 'latin1');
  header.writeUInt32BE(0x02100000, 8);
  header.write('mntrRGB XYZ ', 12, 'latin1');
  for (const [i, v] of [2024, 5, 1, 12, 0, 0].entries()) header.writeUInt16BE(v, 24 + i * 2);
  header.write('acspAPPL', 36, 'latin1');
  header.write(opts.device.slice(0, 4).padEnd(4), 48, 'latin1');
  header.writeInt32BE(Math.round(0.9642 * 65536), 68);
  header.writeInt32BE(65536, 72);
  header.writeInt32BE(Math.round(0.8249 * 65536), 76);
  header.write('lcms', 80, 'latin1');
  const out = Buffer.concat([header, table, ...blocks]);
  out.writeUInt32BE(out.length, 0);
  return out;
}

/** PNG chunks a phone or an editor adds: an ICC profile under a name, and a named suggested palette. */
export function pngColourChunks(opts: {
  profileName: string;
  profile: Buffer;
  paletteName: string;
}): Buffer[] {
  const splt = Buffer.concat([
    Buffer.from(`${opts.paletteName}\0`, 'latin1'),
    Buffer.from([8, 1, 2, 3, 255, 0, 1]),
  ]);
  return [
    pngChunk(
      'iCCP',
      Buffer.concat([Buffer.from(`${opts.profileName}\0\0`, 'latin1'), deflateSync(opts.profile)]),
    ),
    pngChunk('sPLT', splt),
  ];
}

/** A 1×1 GIF that loops, with an XMP application extension, a comment, and bytes after its trailer. */
export function makeGif(opts: { comment: string; xmp: string; trailer?: string }) {
  const sub = (data: Buffer) => Buffer.concat([Buffer.from([data.length]), data, Buffer.from([0])]);
  const header = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff', 'latin1');
  const loop = Buffer.concat([
    Buffer.from([0x21, 0xff]),
    sub(Buffer.from('NETSCAPE2.0')).subarray(0, -1),
    sub(Buffer.from([1, 0, 0])),
  ]);
  const xmp = Buffer.concat([
    Buffer.from([0x21, 0xff, 11]),
    Buffer.from('XMP DataXMP'),
    sub(Buffer.from(`<x:xmpmeta>${opts.xmp}</x:xmpmeta>`.slice(0, 255))),
  ]);
  const comment = Buffer.concat([Buffer.from([0x21, 0xfe]), sub(Buffer.from(opts.comment.slice(0, 255)))]);
  const image = Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0]);
  const file = Buffer.concat([
    header,
    loop,
    xmp,
    comment,
    image,
    Buffer.from([0x3b]),
    Buffer.from(opts.trailer ?? ''),
  ]);
  return { file, parts: { header, loop, image } };
}
