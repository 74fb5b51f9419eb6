import { SanitiseError } from './sanitise-error.ts';

/**
 * MP4, QuickTime (MOV) and MP4 audio (M4A): ISO base media files, a tree of boxes. A phone keeps the
 * place of recording in `moov/udta/©xyz` or `moov/meta` (Apple's location, make, model, software,
 * dates), tags in `udta/meta/ilst`, XMP in `uuid` boxes, and cameras record GPS as a timed metadata
 * track whose samples sit in `mdat` among the pictures.
 *
 * The copy is rebuilt: `ftyp`, then a `moov` holding only the boxes needed to play the video and sound
 * tracks (every `udta`, `meta`, `uuid` and other track dropped, creation and modification times set to
 * zero, handler and encoder names blanked), then one `mdat` holding exactly the bytes those tracks'
 * sample tables point at, so nothing unreferenced (a dropped GPS track, leftovers in free space) is
 * carried over. Chunk offsets are rewritten to the new positions.
 *
 * Refused (null): fragmented files (`moof`, `mvex`), compact sample sizes (`stz2`), sample auxiliary
 * data (`saio`, encryption), media kept in another file, QuickTime uncompressed sound whose sample
 * table counts bytes differently, and anything that does not add up.
 */

/** A box; `dataStart` and `end` count from the start of the buffer it was read from. */
type Box = { type: string; dataStart: number; payload: Buffer; end: number };

const KEPT_TRACK_HANDLERS = new Set(['vide', 'soun']);
const STBL_KEEP = new Set([
  'stsd',
  'stts',
  'ctts',
  'cslg',
  'stss',
  'stps',
  'sdtp',
  'stsh',
  'padb',
  'sgpd',
  'sbgp',
  'subs',
]);
const STBL_REFUSE = new Set(['stz2', 'saio', 'saiz']);

function readBoxes(buf: Buffer): Box[] {
  const to = buf.length;
  const boxes: Box[] = [];
  let i = 0;
  while (i < to) {
    if (i + 8 > to) throw new SanitiseError('box header truncated');
    let size = buf.readUInt32BE(i);
    const type = buf.subarray(i + 4, i + 8).toString('latin1');
    let header = 8;
    if (size === 1) {
      if (i + 16 > to) throw new SanitiseError('box header truncated');
      const large = buf.readBigUInt64BE(i + 8);
      if (large > BigInt(to - i)) throw new SanitiseError('box overruns');
      size = Number(large);
      header = 16;
    } else if (size === 0) {
      size = to - i;
    }
    if (type === 'uuid') header += 16;
    if (size < header || i + size > to) throw new SanitiseError('box overruns');
    boxes.push({ type, dataStart: i + header, payload: buf.subarray(i + header, i + size), end: i + size });
    i += size;
  }
  return boxes;
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

const only = (boxes: Box[], type: string): Box | undefined => boxes.find((b) => b.type === type);
function one(boxes: Box[], type: string): Box {
  const found = boxes.filter((b) => b.type === type);
  if (found.length !== 1 || !found[0]) throw new SanitiseError(`expected one ${type}`);
  return found[0];
}

/** mvhd, tkhd, mdhd: creation and modification times (32 or 64 bits after version and flags) zeroed. */
function withoutTimes(b: Box): Buffer {
  const payload = Buffer.from(b.payload);
  const width = payload[0] === 1 ? 8 : 4;
  if (payload.length < 4 + 2 * width) throw new SanitiseError(`${b.type} too short`);
  payload.fill(0, 4, 4 + 2 * width);
  return box(b.type, payload);
}

/** hdlr: handler type kept, its name (often the recording app or device) emptied. */
function blankHandler(b: Box): Buffer {
  if (b.payload.length < 24) throw new SanitiseError('hdlr too short');
  return box('hdlr', b.payload.subarray(0, 24), Buffer.alloc(1));
}

/** dinf/dref: media must be inside this file; entries rewritten bare (QuickTime aliases hold paths). */
function selfContainedDinf(dinf: Box): Buffer {
  const dref = one(readBoxes(dinf.payload), 'dref');
  if (dref.payload.length < 8) throw new SanitiseError('dref too short');
  const entries = readBoxes(dref.payload.subarray(8));
  if (entries.length !== dref.payload.readUInt32BE(4)) throw new SanitiseError('dref count');
  const bare = entries.map((e) => {
    if (e.payload.length < 4 || (e.payload.readUInt32BE(0) & 1) !== 1) {
      throw new SanitiseError('media data in another file');
    }
    return box(e.type, Buffer.from([0, 0, 0, 1]));
  });
  const count = Buffer.alloc(8);
  count.writeUInt32BE(entries.length, 4);
  return box('dinf', box('dref', count, ...bare));
}

/**
 * Boxes a sample entry may carry: the codec's own configuration and how to show the picture or play the
 * sound. Anything else inside an entry (a `udta` with ©xyz, a `meta`, a vendor's box) is dropped — a
 * phone or an editor can put a place or a name there as well as in `moov/udta`.
 */
const SAMPLE_ENTRY_BOXES = new Set([
  // video
  'avcC',
  'hvcC',
  'lhvC',
  'av1C',
  'vpcC',
  'dvcC',
  'dvvC',
  'dvwC',
  'esds',
  'd263',
  'pasp',
  'clap',
  'btrt',
  'fiel',
  'gama',
  'mdcv',
  'clli',
  'SmDm',
  'CoLL',
  'st3d',
  'colr',
  // sound
  'dOps',
  'dac3',
  'dec3',
  'dac4',
  'alac',
  'dfLa',
  'chan',
  'chnl',
  'srat',
  'SA3D',
  'wave',
  'frma',
  'enda',
  'mp4a',
]);
/** colr of a kind that holds numbers only (nclx, nclc); one with an ICC profile (prof, rICC) is dropped. */
const NUMERIC_COLOUR = new Set(['nclx', 'nclc']);

/** The fixed fields before an entry's boxes: 78 bytes for video; 28, 44 or 64 for sound by version. */
function fixedFieldsLength(entry: Buffer, handler: string): number {
  if (handler === 'vide') return 78;
  if (entry.length < 28) throw new SanitiseError('sound entry too short');
  const version = entry.readUInt16BE(8);
  if (version > 2) throw new SanitiseError('sound entry version');
  return [28, 44, 64][version] as number;
}

/** A sample entry's boxes (recursively for QuickTime's `wave`), kept only from the list above. */
function keptEntryBoxes(payload: Buffer): Buffer[] {
  // QuickTime ends a `wave` with a 4-byte zero "terminator" rather than a box.
  const body = payload.length === 4 && payload.readUInt32BE(0) === 0 ? Buffer.alloc(0) : payload;
  return readBoxes(body).flatMap((b) => {
    if (b.type === 'sinf') throw new SanitiseError('protected sample entry');
    if (!SAMPLE_ENTRY_BOXES.has(b.type)) return [];
    if (b.type === 'colr' && !NUMERIC_COLOUR.has(b.payload.subarray(0, 4).toString('latin1'))) return [];
    if (b.type === 'wave') return [box('wave', ...keptEntryBoxes(b.payload))];
    return [box(b.type, b.payload)];
  });
}

/**
 * stsd: each sample description rebuilt from its fixed fields (a video entry's compressor name — the
 * encoder or camera — and the vendor code blanked) and the boxes it may carry.
 */
function cleanStsd(stsd: Box, handler: string): Buffer {
  if (stsd.payload.length < 8) throw new SanitiseError('stsd too short');
  const entries = readBoxes(stsd.payload.subarray(8));
  if (entries.length !== stsd.payload.readUInt32BE(4)) throw new SanitiseError('stsd count');
  const rebuilt = entries.map((entry) => {
    const fixed = fixedFieldsLength(entry.payload, handler);
    if (entry.payload.length < fixed) throw new SanitiseError('sample entry too short');
    const fields = Buffer.from(entry.payload.subarray(0, fixed));
    fields.fill(0, 12, 16); // vendor
    if (handler === 'vide') fields.fill(0, 42, 74); // compressor name
    const trailing = entry.payload.subarray(fixed);
    // Some writers end a video entry with a few zero bytes instead of a box: they are dropped.
    const boxes = trailing.length >= 8 ? keptEntryBoxes(trailing) : [];
    return box(entry.type, fields, ...boxes);
  });
  return box('stsd', stsd.payload.subarray(0, 8), ...rebuilt);
}

type Chunk = { offset: number; size: number };

/** The byte ranges of a track's chunks, from its sample-to-chunk, sample-size and chunk-offset tables. */
function trackChunks(stbl: Box[], handler: string): { chunks: Chunk[]; wide: boolean } {
  const stco = only(stbl, 'stco');
  const co64 = only(stbl, 'co64');
  if ((stco ? 1 : 0) + (co64 ? 1 : 0) !== 1) throw new SanitiseError('expected one chunk offset table');
  const table = (stco ?? co64) as Box;
  const wide = table.type === 'co64';
  const chunkCount = table.payload.readUInt32BE(4);
  if (table.payload.length < 8 + chunkCount * (wide ? 8 : 4)) throw new SanitiseError('chunk table short');
  const offsets: number[] = [];
  for (let n = 0; n < chunkCount; n++) {
    offsets.push(
      wide ? Number(table.payload.readBigUInt64BE(8 + n * 8)) : table.payload.readUInt32BE(8 + n * 4),
    );
  }

  const stsz = one(stbl, 'stsz').payload;
  const fixedSize = stsz.readUInt32BE(4);
  const sampleCount = stsz.readUInt32BE(8);
  if (fixedSize === 0 && stsz.length < 12 + sampleCount * 4) throw new SanitiseError('stsz short');
  if (handler === 'soun' && fixedSize === 1) throw new SanitiseError('QuickTime byte-counted sound');
  const sampleSize = (n: number) => (fixedSize !== 0 ? fixedSize : stsz.readUInt32BE(12 + n * 4));

  const stsc = one(stbl, 'stsc').payload;
  const runs = stsc.readUInt32BE(4);
  if (stsc.length < 8 + runs * 12) throw new SanitiseError('stsc short');
  const chunks: Chunk[] = [];
  let sample = 0;
  for (let r = 0; r < runs; r++) {
    const first = stsc.readUInt32BE(8 + r * 12);
    const perChunk = stsc.readUInt32BE(12 + r * 12);
    const next = r + 1 < runs ? stsc.readUInt32BE(20 + r * 12) : chunkCount + 1;
    if (first < 1 || next <= first || next > chunkCount + 1) throw new SanitiseError('stsc out of order');
    for (let c = first; c < next; c++) {
      let size = 0;
      for (let k = 0; k < perChunk; k++) {
        if (sample >= sampleCount) throw new SanitiseError('more samples in chunks than in stsz');
        size += sampleSize(sample++);
      }
      chunks.push({ offset: offsets[c - 1] as number, size });
    }
  }
  if (sample !== sampleCount || chunks.length !== chunkCount) throw new SanitiseError('sample counts differ');
  return { chunks, wide };
}

type Track = { parts: (base: Map<number, number>) => Buffer; chunks: Chunk[] };

/** A kept track, or null when its handler is not video or sound (metadata, GPS, text, timecode…). */
function readTrack(trak: Box): Track | null {
  const inTrak = readBoxes(trak.payload);
  const mdia = one(inTrak, 'mdia');
  const inMdia = readBoxes(mdia.payload);
  const hdlr = one(inMdia, 'hdlr');
  if (hdlr.payload.length < 24) throw new SanitiseError('hdlr too short');
  const handler = hdlr.payload.subarray(8, 12).toString('latin1');
  if (!KEPT_TRACK_HANDLERS.has(handler)) return null;
  const minf = one(inMdia, 'minf');
  const inMinf = readBoxes(minf.payload);
  const stbl = one(inMinf, 'stbl');
  const inStbl = readBoxes(stbl.payload);
  for (const b of inStbl) if (STBL_REFUSE.has(b.type)) throw new SanitiseError(`${b.type} not handled`);
  const { chunks, wide } = trackChunks(inStbl, handler);

  const parts = (moved: Map<number, number>) => {
    const offsets = Buffer.alloc(8 + chunks.length * (wide ? 8 : 4));
    offsets.writeUInt32BE(chunks.length, 4);
    chunks.forEach((c, n) => {
      const at = moved.get(c.offset) ?? 0;
      if (wide) offsets.writeBigUInt64BE(BigInt(at), 8 + n * 8);
      else offsets.writeUInt32BE(at, 8 + n * 4);
    });
    const stblOut = box(
      'stbl',
      ...inStbl.flatMap((b) => {
        if (b.type === 'stsd') return [cleanStsd(b, handler)];
        if (b.type === 'stco' || b.type === 'co64') return [box(b.type, offsets)];
        return STBL_KEEP.has(b.type) || b.type === 'stsz' || b.type === 'stsc'
          ? [box(b.type, b.payload)]
          : [];
      }),
    );
    const minfOut = box(
      'minf',
      ...inMinf.flatMap((b) => {
        if (b.type === 'vmhd' || b.type === 'smhd' || b.type === 'gmhd') return [box(b.type, b.payload)];
        if (b.type === 'hdlr') return [blankHandler(b)];
        if (b.type === 'dinf') return [selfContainedDinf(b)];
        if (b.type === 'stbl') return [stblOut];
        return [];
      }),
    );
    const mdiaOut = box(
      'mdia',
      ...inMdia.flatMap((b) => {
        if (b.type === 'mdhd') return [withoutTimes(b)];
        if (b.type === 'hdlr') return [blankHandler(b)];
        if (b.type === 'minf') return [minfOut];
        return [];
      }),
    );
    return box(
      'trak',
      ...inTrak.flatMap((b) => {
        if (b.type === 'tkhd') return [withoutTimes(b)];
        if (b.type === 'edts') return [box(b.type, b.payload)];
        if (b.type === 'mdia') return [mdiaOut];
        return [];
      }),
    );
  };
  return { parts, chunks };
}

export function stripIsoMediaMetadata(src: Buffer): Buffer {
  const top = readBoxes(src);
  if (top.some((b) => b.type === 'moof' || b.type === 'mfra' || b.type === 'sidx')) {
    throw new SanitiseError('fragmented file');
  }
  const ftyp = only(top, 'ftyp');
  if (ftyp && top[0] !== ftyp) throw new SanitiseError('ftyp not first');
  const moov = one(top, 'moov');
  const mdats = top.filter((b) => b.type === 'mdat');
  const inMoov = readBoxes(moov.payload);
  if (inMoov.some((b) => b.type === 'mvex')) throw new SanitiseError('fragmented file');
  const mvhd = one(inMoov, 'mvhd');
  const tracks = inMoov
    .filter((b) => b.type === 'trak')
    .map(readTrack)
    .filter((t): t is Track => t !== null);
  if (tracks.length === 0) throw new SanitiseError('no video or sound track');

  // Every chunk the kept tracks use, once each, in file order; each must lie inside an mdat.
  const unique = new Map<number, number>();
  for (const c of tracks.flatMap((t) => t.chunks)) {
    const known = unique.get(c.offset);
    if (known !== undefined && known !== c.size) throw new SanitiseError('chunks overlap');
    unique.set(c.offset, c.size);
  }
  const ordered = [...unique.entries()].sort((a, b) => a[0] - b[0]);
  let previousEnd = 0;
  for (const [offset, size] of ordered) {
    if (offset < previousEnd) throw new SanitiseError('chunks overlap');
    const inside = mdats.some((m) => offset >= m.dataStart && offset + size <= m.end);
    if (!inside) throw new SanitiseError('chunk outside media data');
    previousEnd = offset + size;
  }
  const mediaLength = ordered.reduce((n, [, size]) => n + size, 0);
  if (mediaLength + 16 > 0xffffffff) throw new SanitiseError('too large');

  const head = ftyp ? box('ftyp', ftyp.payload) : Buffer.alloc(0);
  const buildMoov = (moved: Map<number, number>) =>
    box(
      'moov',
      ...inMoov.flatMap((b) => {
        if (b === mvhd) return [withoutTimes(b)];
        if (b.type === 'iods') return [box(b.type, b.payload)];
        return [];
      }),
      ...tracks.map((t) => t.parts(moved)),
    );
  // Offsets do not change the size of the moov, so it is built once to measure and once for real.
  const mediaStart = head.length + buildMoov(new Map()).length + 8;
  const moved = new Map<number, number>();
  let at = mediaStart;
  for (const [offset, size] of ordered) {
    moved.set(offset, at);
    at += size;
  }
  const media = ordered.map(([offset, size]) => src.subarray(offset, offset + size));
  return Buffer.concat([head, buildMoov(moved), box('mdat', ...media)]);
}
