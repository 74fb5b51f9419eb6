import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { detectMediaType } from './detect.ts';
import {
  makeSanitisedCopy,
  sanitisedCopy,
  stripGifMetadata,
  stripJpegMetadata,
  stripPngMetadata,
  stripWebpMetadata,
} from './sanitise.ts';
import {
  exifWithGps,
  makeGif,
  makeIccProfile,
  makeJpeg,
  makePng,
  makeWebp,
  pngColourChunks,
} from './testing/fixtures.ts';

const GPS = exifWithGps({ latitude: [43, 39, 7], artist: 'Artist-Canary-7731' });
/** The three rationals of the latitude as they sit in the file: 43/1, 39/1, 7/1. */
const LATITUDE_BYTES = Buffer.from([
  0, 0, 0, 43, 0, 0, 0, 1, 0, 0, 0, 39, 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 1,
]);

function markers(jpeg: Buffer): number[] {
  const found: number[] = [];
  let i = 2;
  while (i < jpeg.length && jpeg[i] === 0xff) {
    const m = jpeg[i + 1]!;
    found.push(m);
    if (m === 0xd9) break;
    const len = jpeg.readUInt16BE(i + 2);
    i += 2 + len;
    if (m === 0xda) {
      while (!(jpeg[i] === 0xff && jpeg[i + 1] !== 0)) i++;
    }
  }
  return found;
}

describe('JPEG', () => {
  const original = makeJpeg({
    exif: GPS,
    xmp: '<x:xmpmeta><dc:creator>Xmp-Canary</dc:creator></x:xmpmeta>',
    comment: 'Comment-Canary',
    trailer: makeJpeg({ exif: GPS }),
  });

  it('the fixture really carries a GPS position', () => {
    expect(original.includes(LATITUDE_BYTES)).toBe(true);
    expect(original.includes(Buffer.from('Exif\0\0'))).toBe(true);
  });

  it('drops EXIF (with its GPS tag), XMP, comments and anything after the image', () => {
    const clean = stripJpegMetadata(original);
    expect(clean.includes(LATITUDE_BYTES)).toBe(false);
    expect(clean.includes(Buffer.from('Exif'))).toBe(false);
    expect(clean.includes(Buffer.from([0x88, 0x25]))).toBe(false); // the GPSInfo tag
    for (const canary of ['Artist-Canary-7731', 'Xmp-Canary', 'Comment-Canary', 'ns.adobe.com']) {
      expect(clean.includes(Buffer.from(canary))).toBe(false);
    }
    expect(markers(clean)).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xc4, 0xda, 0xd9]);
    expect(clean.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('keeps the image itself byte for byte', () => {
    const clean = stripJpegMetadata(original);
    expect(clean).toEqual(makeJpeg());
  });

  it('keeps the Adobe colour-transform segment but not other APP14 content', () => {
    const adobe = Buffer.from('Adobe\0\x64\0\0\0\0\x01', 'latin1');
    const withAdobe = Buffer.concat([
      original.subarray(0, 2),
      Buffer.from([0xff, 0xee, 0, adobe.length + 2]),
      adobe,
      original.subarray(2),
    ]);
    expect(stripJpegMetadata(withAdobe).includes(adobe)).toBe(true);
  });

  it('refuses what is not a well-formed JPEG, so no half-clean copy is kept', () => {
    expect(sanitisedCopy('image/jpeg', original.subarray(0, 60))).toBeNull();
    expect(sanitisedCopy('image/jpeg', Buffer.from('not a jpeg at all'))).toBeNull();
  });
});

describe('PNG', () => {
  it('drops text, eXIf and tIME chunks and keeps the pixels', () => {
    const original = makePng({ text: 'Png-Canary-5512', exif: GPS });
    expect(original.includes(Buffer.from('Png-Canary-5512'))).toBe(true);
    const clean = stripPngMetadata(original);
    for (const type of ['tEXt', 'iTXt', 'zTXt', 'eXIf', 'tIME']) {
      expect(clean.includes(Buffer.from(type))).toBe(false);
    }
    expect(clean.includes(Buffer.from('Png-Canary-5512'))).toBe(false);
    expect(clean.includes(LATITUDE_BYTES)).toBe(false);
    expect(clean).toEqual(stripPngMetadata(makePng()));
    for (const type of ['IHDR', 'pHYs', 'IDAT', 'IEND']) expect(clean.includes(Buffer.from(type))).toBe(true);
  });
});

describe('colour profiles and palettes', () => {
  const profile = makeIccProfile({
    description: 'Icc-Desc-Canary',
    copyright: 'Icc-Copyright-Canary',
    device: 'Icc-Device-Canary',
  });
  const canaries = [
    'Icc-Name-Canary',
    'Icc-Desc-Canary',
    'Icc-Copyright-Canary',
    'Icc-Device-Canary',
    'Palette-Canary',
  ];

  it('PNG: keeps the profile under a neutral name without its own names, maker or date; drops named palettes', () => {
    const original = makePng({
      extra: pngColourChunks({ profileName: 'Icc-Name-Canary', profile, paletteName: 'Palette-Canary' }),
    });
    expect(original.includes(Buffer.from('Icc-Name-Canary'))).toBe(true);
    const clean = stripPngMetadata(original);
    for (const c of canaries) expect(clean.includes(Buffer.from(c)), c).toBe(false);
    expect(clean.includes(Buffer.from('sPLT'))).toBe(false);
    const iccp = clean.indexOf(Buffer.from('iCCP'));
    expect(iccp).toBeGreaterThan(0);
    const length = clean.readUInt32BE(iccp - 4);
    const data = clean.subarray(iccp + 4, iccp + 4 + length);
    expect(data.subarray(0, 13).toString('latin1')).toBe('ICC profile\0\0');
    const kept = inflateSync(data.subarray(13));
    for (const c of canaries) expect(kept.includes(Buffer.from(c)), c).toBe(false);
    // Still a profile with the same primaries, white point and curves; the date and maker are gone.
    expect(kept.subarray(36, 40).toString('latin1')).toBe('acsp');
    for (const sig of ['wtpt', 'rXYZ', 'gXYZ', 'bXYZ', 'rTRC', 'desc', 'cprt']) {
      expect(kept.includes(Buffer.from(sig)), sig).toBe(true);
    }
    for (const sig of ['dmnd', 'dmdd']) expect(kept.includes(Buffer.from(sig)), sig).toBe(false);
    expect(kept.subarray(24, 36).equals(Buffer.alloc(12))).toBe(true);
    expect(kept.readUInt32BE(0)).toBe(kept.length);
  });

  it('WebP: cleans the ICC profile the same way, and drops one that does not parse (clearing its flag)', () => {
    const clean = stripWebpMetadata(makeWebp({ icc: profile }));
    for (const c of canaries) expect(clean.includes(Buffer.from(c)), c).toBe(false);
    expect(clean.includes(Buffer.from('ICCP'))).toBe(true);
    expect(clean[20]! & 0x20).toBe(0x20);
    const broken = stripWebpMetadata(makeWebp({ icc: Buffer.from('Icc-Desc-Canary not a profile') }));
    expect(broken.includes(Buffer.from('Icc-Desc-Canary'))).toBe(false);
    expect(broken[20]! & 0x20).toBe(0);
  });
});

describe('WebP', () => {
  it('drops EXIF and XMP chunks and clears their flags', () => {
    const original = makeWebp({ exif: GPS, xmp: '<x:xmpmeta>Webp-Canary</x:xmpmeta>' });
    const clean = stripWebpMetadata(original);
    expect(clean.includes(LATITUDE_BYTES)).toBe(false);
    expect(clean.includes(Buffer.from('Webp-Canary'))).toBe(false);
    expect(clean.includes(Buffer.from('EXIF'))).toBe(false);
    expect(clean[20]! & 0x0c).toBe(0);
    expect(clean.readUInt32LE(4)).toBe(clean.length - 8);
  });
});

describe('GIF', () => {
  it('drops comment and XMP extensions, keeps the loop extension and the image', () => {
    const { file: original, parts } = makeGif({
      comment: 'Comment Gif-Canary',
      xmp: 'Gif-Canary',
      trailer: 'after Gif-Canary',
    });
    const clean = stripGifMetadata(original);
    expect(clean.includes(Buffer.from('Gif-Canary'))).toBe(false);
    expect(clean).toEqual(Buffer.concat([parts.header, parts.loop, parts.image, Buffer.from([0x3b])]));
    expect(sanitisedCopy('image/gif', original.subarray(0, 40))).toBeNull();
  });
});

describe('detectMediaType (by content, not by name)', () => {
  it('accepts images, PDF, text, audio and video', async () => {
    expect(await detectMediaType(makeJpeg())).toBe('image/jpeg');
    expect(await detectMediaType(makePng())).toBe('image/png');
    expect(await detectMediaType(makeWebp())).toBe('image/webp');
    expect(
      await detectMediaType(Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')),
    ).toBe('application/pdf');
    expect(await detectMediaType(Buffer.from('He said: 你好 — 「我们知道你住在哪里」\n'))).toBe('text/plain');
    const wav = Buffer.alloc(44);
    wav.write('RIFF', 0, 'latin1');
    wav.writeUInt32LE(36, 4);
    wav.write('WAVEfmt ', 8, 'latin1');
    expect(await detectMediaType(wav)).toBe('audio/wav');
  });

  it('refuses SVG, HTML, executables, archives and empty files', async () => {
    const refused = [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
      Buffer.from('<!DOCTYPE html><html><body>hi</body></html>'),
      Buffer.from('notes\n<script>fetch("https://evil.example")</script>'),
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
      Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1'),
      Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'),
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03]),
      Buffer.from([0x00, 0x01, 0x02, 0x03]),
      Buffer.alloc(0),
    ];
    for (const bytes of refused) expect(await detectMediaType(bytes)).toBeNull();
  });

  it('gives null, not a half-clean copy, for types without a sanitiser and for broken files', async () => {
    expect(await makeSanitisedCopy('image/heic', Buffer.from('\0\0\0\x18ftypheic'))).toBeNull();
    expect(await makeSanitisedCopy('audio/ogg', Buffer.from('OggS\0\x02'))).toBeNull();
    expect(await makeSanitisedCopy('application/pdf', Buffer.from('%PDF-1.4'))).toBeNull();
  });
});
