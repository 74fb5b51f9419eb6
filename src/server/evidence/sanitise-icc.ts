import { SanitiseError } from './sanitise-error.ts';

/**
 * ICC colour profiles, as PNG (iCCP) and WebP (ICCP) embed them. A profile says how to show colours, but
 * it also names itself (a camera's, a monitor's — "Jane's MacBook Pro"), its maker and device, its
 * creation date and the program that made it. The profile kept in a copy holds only the tags that
 * describe colour, with a neutral description and copyright (required tags), and a header with the
 * date, platform, maker, model, creator and profile ID emptied. Anything that does not parse is refused.
 */

/** Tags that describe colour and nothing else (ICC.1:2022 section 9). */
const COLOUR_TAGS = new Set([
  'rXYZ',
  'gXYZ',
  'bXYZ',
  'wtpt',
  'bkpt',
  'lumi',
  'rTRC',
  'gTRC',
  'bTRC',
  'kTRC',
  'chad',
  'chrm',
  'cicp',
  'clro',
  'gamt',
  'meas',
  'view',
  'rig0',
  'rig2',
  ...['A2B', 'B2A', 'D2B', 'B2D'].flatMap((p) => [0, 1, 2, 3].map((n) => `${p}${n}`)),
  'pre0',
  'pre1',
  'pre2',
]);
/** Header bytes emptied: preferred CMM, date, platform, maker, model, attributes, creator, ID, reserved. */
const EMPTIED: [number, number][] = [
  [4, 8],
  [24, 36],
  [40, 44],
  [48, 64],
  [80, 128],
];

const tag = (type: string, body: Buffer) =>
  Buffer.concat([Buffer.from(type, 'latin1'), Buffer.alloc(4), body]);

/** A neutral text of the type the profile's version expects (multiLocalizedUnicode from version 4). */
function neutralText(version: number, kind: 'desc' | 'cprt', text: string): Buffer {
  if (version >= 4) {
    const utf16 = Buffer.from(text, 'utf16le').swap16();
    const head = Buffer.alloc(20);
    head.writeUInt32BE(1, 0);
    head.writeUInt32BE(12, 4);
    head.write('enUS', 8, 'latin1');
    head.writeUInt32BE(utf16.length, 12);
    head.writeUInt32BE(28, 16);
    return tag('mluc', Buffer.concat([head, utf16]));
  }
  const ascii = Buffer.from(`${text}\0`, 'latin1');
  if (kind === 'cprt') return tag('text', ascii);
  const count = Buffer.alloc(4);
  count.writeUInt32BE(ascii.length, 0);
  return tag('desc', Buffer.concat([count, ascii, Buffer.alloc(8), Buffer.alloc(3 + 67)]));
}

const pad4 = (b: Buffer) => (b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b);

export function sanitiseIccProfile(src: Buffer): Buffer {
  if (src.length < 132) throw new SanitiseError('ICC profile too short');
  const size = src.readUInt32BE(0);
  if (size < 132 || size > src.length) throw new SanitiseError('ICC profile size');
  if (src.subarray(36, 40).toString('latin1') !== 'acsp') throw new SanitiseError('not an ICC profile');
  const version = src[8] ?? 0;
  const count = src.readUInt32BE(128);
  if (132 + count * 12 > size || count > 1000) throw new SanitiseError('ICC tag table');

  const kept: { sig: string; data: Buffer; key: string }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 132 + i * 12;
    const sig = src.subarray(at, at + 4).toString('latin1');
    const offset = src.readUInt32BE(at + 4);
    const length = src.readUInt32BE(at + 8);
    if (offset + length > size || length < 8) throw new SanitiseError('ICC tag overruns');
    if (COLOUR_TAGS.has(sig))
      kept.push({ sig, data: src.subarray(offset, offset + length), key: `${offset}:${length}` });
  }
  kept.push({ sig: 'desc', data: neutralText(version, 'desc', 'ICC profile'), key: 'desc' });
  kept.push({ sig: 'cprt', data: neutralText(version, 'cprt', ''), key: 'cprt' });

  // Tags that shared data (rTRC = gTRC = bTRC) share it again.
  const table = Buffer.alloc(4 + kept.length * 12);
  table.writeUInt32BE(kept.length, 0);
  const blocks: Buffer[] = [];
  const placed = new Map<string, { offset: number; length: number }>();
  let next = 128 + table.length;
  kept.forEach((t, i) => {
    let where = placed.get(t.key);
    if (!where) {
      where = { offset: next, length: t.data.length };
      placed.set(t.key, where);
      const block = pad4(Buffer.from(t.data));
      blocks.push(block);
      next += block.length;
    }
    table.write(t.sig, 4 + i * 12, 'latin1');
    table.writeUInt32BE(where.offset, 8 + i * 12);
    table.writeUInt32BE(where.length, 12 + i * 12);
  });
  const header = Buffer.from(src.subarray(0, 128));
  for (const [from, to] of EMPTIED) header.fill(0, from, to);
  const out = Buffer.concat([header, table, ...blocks]);
  out.writeUInt32BE(out.length, 0);
  return out;
}
