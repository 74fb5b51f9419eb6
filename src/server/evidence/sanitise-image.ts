import { crc32, deflateSync } from 'node:zlib';
import { InflateBudget, InflateLimitError, inflateWithin } from './inflate.ts';
import { type RiffChunk, readRiff, writeRiff } from './riff.ts';
import { SanitiseError } from './sanitise-error.ts';
import { sanitiseIccProfile } from './sanitise-icc.ts';

// ---------------------------------------------------------------------------------------------------
// JPEG: a sequence of marker segments. APP1…APP15 (EXIF with GPS, XMP, IPTC/Photoshop, ICC, MPF with
// extra images, maker data) and COM are dropped. APP0 is rewritten as a bare JFIF header without its
// thumbnail; APP14 "Adobe" is kept only in its fixed 12-byte form, because decoders need its colour
// transform flag to show CMYK/YCCK images correctly and it holds nothing else. Whatever follows the
// first EOI (phones append whole extra JPEGs there, each with its own EXIF) is dropped.

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP14 = 0xee;
const COM = 0xfe;

export function stripJpegMetadata(src: Buffer): Buffer {
  if (src.length < 4 || src[0] !== 0xff || src[1] !== SOI) throw new SanitiseError('not a JPEG');
  const out: Buffer[] = [Buffer.from([0xff, SOI])];
  let i = 2;
  let sawScan = false;
  for (;;) {
    if (i >= src.length) throw new SanitiseError('JPEG ends without EOI');
    if (src[i] !== 0xff) throw new SanitiseError('JPEG marker expected');
    while (src[i] === 0xff) i++; // fill bytes
    const marker = src[i];
    if (marker === undefined) throw new SanitiseError('JPEG truncated');
    i++;
    if (marker === EOI) {
      if (!sawScan) throw new SanitiseError('JPEG without image data');
      out.push(Buffer.from([0xff, EOI]));
      return Buffer.concat(out);
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      out.push(Buffer.from([0xff, marker]));
      continue;
    }
    if (marker === SOI || marker === 0x00) throw new SanitiseError('unexpected JPEG marker');
    if (i + 2 > src.length) throw new SanitiseError('JPEG truncated');
    const length = src.readUInt16BE(i);
    if (length < 2 || i + length > src.length) throw new SanitiseError('JPEG segment overruns');
    const payload = src.subarray(i + 2, i + length);
    const segmentEnd = i + length;

    if (marker === APP0) {
      if (payload.subarray(0, 5).toString('latin1') === 'JFIF\0' && payload.length >= 14) {
        const jfif = Buffer.from(payload.subarray(0, 14));
        jfif[12] = 0; // no thumbnail
        jfif[13] = 0;
        out.push(segment(APP0, jfif));
      }
      // JFXX (extension thumbnails) and anything else in APP0 is dropped.
    } else if (marker === APP14) {
      if (payload.length === 12 && payload.subarray(0, 5).toString('latin1') === 'Adobe') {
        out.push(segment(APP14, payload));
      }
    } else if ((marker > APP0 && marker <= 0xef) || marker === COM) {
      // dropped: metadata
    } else {
      out.push(src.subarray(i - 2, segmentEnd));
    }
    i = segmentEnd;

    if (marker === SOS) {
      sawScan = true;
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      let j = i;
      while (j < src.length) {
        if (src[j] === 0xff) {
          const next = src[j + 1];
          if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7)) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out.push(src.subarray(i, j));
      i = j;
    }
  }
}

function segment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

// ---------------------------------------------------------------------------------------------------
// PNG: chunks kept only from a list of those that describe pixels, colour or animation. Text (tEXt,
// iTXt, zTXt), eXIf, tIME, suggested palettes (sPLT: each has a name) and any private chunk are dropped,
// and so is everything after IEND. An embedded colour profile (iCCP) is kept under a neutral name with
// its own identifying tags removed (sanitise-icc.ts); one that does not parse is dropped.

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_KEEP = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'hIST',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

/** An ICC profile is a few kilobytes, at most a few megabytes for the largest lookup tables. */
const MAX_ICC_PROFILE = 8 * 1024 * 1024;

/** A PNG chunk: length, type, data and CRC. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** iCCP: name, NUL, method 0, zlib data → a chunk under a neutral name with the profile cleaned, or none. */
function cleanIccp(chunk: Buffer, budget: InflateBudget): Buffer | null {
  const data = chunk.subarray(8, chunk.length - 4);
  const nul = data.indexOf(0);
  if (nul < 1 || nul > 79 || data[nul + 1] !== 0) return null;
  // Past the file's budget the file is refused; past the size of any real profile only the profile goes.
  const budgetBinds = budget.remaining < MAX_ICC_PROFILE;
  let profile: Buffer;
  try {
    profile = sanitiseIccProfile(inflateWithin(data.subarray(nul + 2), budget, MAX_ICC_PROFILE));
  } catch (err) {
    if (err instanceof InflateLimitError && budgetBinds) throw err;
    return null;
  }
  return pngChunk('iCCP', Buffer.concat([Buffer.from('ICC profile\0\0', 'latin1'), deflateSync(profile)]));
}

export function stripPngMetadata(src: Buffer, budget = new InflateBudget(4 * MAX_ICC_PROFILE)): Buffer {
  if (src.length < 8 || !src.subarray(0, 8).equals(PNG_SIGNATURE)) throw new SanitiseError('not a PNG');
  const out: Buffer[] = [PNG_SIGNATURE];
  let i = 8;
  let first = true;
  while (i + 12 <= src.length) {
    const length = src.readUInt32BE(i);
    const type = src.subarray(i + 4, i + 8).toString('latin1');
    const end = i + 12 + length;
    if (end > src.length) throw new SanitiseError('PNG chunk overruns');
    if (first && type !== 'IHDR') throw new SanitiseError('PNG must start with IHDR');
    first = false;
    if (type === 'iCCP') {
      const iccp = cleanIccp(src.subarray(i, end), budget);
      if (iccp) out.push(iccp);
    } else if (PNG_KEEP.has(type)) out.push(src.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  throw new SanitiseError('PNG ends without IEND');
}

// ---------------------------------------------------------------------------------------------------
// WebP: a RIFF container. EXIF and XMP chunks are dropped and the VP8X flags that announce them cleared.

const WEBP_KEEP = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const VP8X_ICC = 0x20;
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

/** ICCP holds a bare profile: cleaned (sanitise-icc.ts), or dropped if it does not parse. */
function cleanWebpIccp(chunk: RiffChunk): RiffChunk | null {
  const size = chunk.bytes.readUInt32LE(4);
  let profile: Buffer;
  try {
    profile = sanitiseIccProfile(chunk.bytes.subarray(8, 8 + size));
  } catch {
    return null;
  }
  const head = Buffer.alloc(8);
  head.write('ICCP', 0, 'latin1');
  head.writeUInt32LE(profile.length, 4);
  return { type: 'ICCP', bytes: Buffer.concat([head, profile, Buffer.alloc(profile.length % 2)]) };
}

export function stripWebpMetadata(src: Buffer): Buffer {
  const chunks = readRiff(src, 'WEBP')
    .filter((c) => WEBP_KEEP.has(c.type))
    .map((c) => (c.type === 'ICCP' ? cleanWebpIccp(c) : c))
    .filter((c): c is RiffChunk => c !== null);
  if (chunks.length === 0) throw new SanitiseError('WebP without image');
  const hasIcc = chunks.some((c) => c.type === 'ICCP');
  for (const c of chunks) {
    if (c.type === 'VP8X' && c.bytes.length > 8) {
      c.bytes[8] = (c.bytes[8] ?? 0) & ~(VP8X_EXIF | VP8X_XMP | (hasIcc ? 0 : VP8X_ICC));
    }
  }
  return writeRiff('WEBP', chunks);
}

// ---------------------------------------------------------------------------------------------------
// GIF: a header, colour tables and a sequence of blocks. Comment extensions and application extensions
// (XMP lives in one) are dropped but for the two that say how an animation loops; anything after the
// trailer is dropped.

const GIF_KEPT_APPLICATIONS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

export function stripGifMetadata(src: Buffer): Buffer {
  const signature = src.subarray(0, 6).toString('latin1');
  if (signature !== 'GIF87a' && signature !== 'GIF89a') throw new SanitiseError('not a GIF');
  const byteAt = (at: number) => {
    const b = src[at];
    if (b === undefined) throw new SanitiseError('GIF truncated');
    return b;
  };
  /** The end of a run of data sub-blocks starting at `at` (each a length byte, then data; 0 ends). */
  const subBlocksEnd = (at: number) => {
    let j = at;
    for (let len = byteAt(j); len !== 0; len = byteAt(j)) j += 1 + len;
    return j + 1;
  };
  const colourTable = (flags: number) => ((flags & 0x80) !== 0 ? 3 * 2 ** ((flags & 0x07) + 1) : 0);
  let i = 13 + colourTable(byteAt(10));
  const out: Buffer[] = [src.subarray(0, i)];
  for (;;) {
    const introducer = byteAt(i);
    if (introducer === 0x3b) {
      out.push(Buffer.from([0x3b]));
      return Buffer.concat(out);
    }
    if (introducer === 0x2c) {
      const start = i;
      i += 10 + colourTable(byteAt(i + 9));
      byteAt(i); // LZW minimum code size
      i = subBlocksEnd(i + 1);
      out.push(src.subarray(start, i));
    } else if (introducer === 0x21) {
      const start = i;
      const label = byteAt(i + 1);
      const end = subBlocksEnd(i + 2);
      const application = label === 0xff ? src.subarray(i + 3, i + 14).toString('latin1') : '';
      if (label === 0xf9 || label === 0x01 || GIF_KEPT_APPLICATIONS.has(application)) {
        out.push(src.subarray(start, end));
      }
      i = end;
    } else {
      throw new SanitiseError('unexpected GIF block');
    }
  }
}
