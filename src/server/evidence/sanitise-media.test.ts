import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectMediaType } from './detect.ts';
import { makeSanitisedCopy, sanitisedCopy } from './sanitise.ts';
import { mpegFrameLength, stripMp3Metadata, stripWavMetadata } from './sanitise-audio.ts';
import { stripIsoMediaMetadata } from './sanitise-media.ts';
import { MP4_CREATION_TIME, makeMp4 } from './testing/media-fixtures.ts';

const CANARY = 'Media-Canary-2209';
const PLACE = '+48.8577+002.2950+035.000/';
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The boxes of a buffer as [type, payload] pairs (for reading the copy back). */
function boxes(buf: Buffer): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (let i = 0; i + 8 <= buf.length; ) {
    const size = buf.readUInt32BE(i);
    out.push([buf.subarray(i + 4, i + 8).toString('latin1'), buf.subarray(i + 8, i + size)]);
    i += size;
  }
  return out;
}
const child = (buf: Buffer, ...path: string[]): Buffer => {
  let at = buf;
  for (const type of path) {
    const found = boxes(at).find(([t]) => t === type);
    if (!found) throw new Error(`no ${type}`);
    at = found[1];
  }
  return at;
};

describe('MP4 / MOV', () => {
  const { file, videoSamples } = makeMp4({ canary: CANARY, iso6709: PLACE });

  it('the fixture carries a place (udta ©xyz, Apple meta, a GPS track), XMP and names', () => {
    expect(file.toString('latin1').split(PLACE).length - 1).toBe(3);
    expect(file.includes(Buffer.from('\xa9xyz', 'latin1'))).toBe(true);
    expect(file.includes(Buffer.from(`xmpmeta>${CANARY}`))).toBe(true);
    expect(file.includes(Buffer.from(`Encoder-${CANARY}`))).toBe(true);
  });

  it('drops a place, a name or an ICC profile inside the sample description, keeping the codec boxes', () => {
    const { file: inEntry } = makeMp4({ canary: CANARY, iso6709: PLACE, inSampleEntry: true });
    const copy = stripIsoMediaMetadata(inEntry);
    for (const marker of [PLACE, CANARY, '\xa9xyz', 'udta', 'prof']) {
      expect(copy.includes(Buffer.from(marker, 'latin1')), marker).toBe(false);
    }
    const avc1 = child(copy, 'moov', 'trak', 'mdia', 'minf', 'stbl', 'stsd').subarray(8);
    expect(boxes(avc1).map(([t]) => t)).toEqual(['avc1']);
    expect(boxes(child(avc1, 'avc1').subarray(78)).map(([t]) => t)).toEqual(['avcC', 'pasp']);
  });

  it('keeps the video samples and drops every place, name, date and unreferenced byte', async () => {
    const digest = sha256(file);
    const copy = (await makeSanitisedCopy('video/mp4', file)) as Buffer;
    expect(copy).not.toBeNull();
    expect(sha256(file)).toBe(digest);
    for (const marker of [PLACE, CANARY, '+48.8577', '\xa9xyz', 'udta', 'meta', 'uuid', 'free', 'mebx']) {
      expect(copy.includes(Buffer.from(marker, 'latin1')), marker).toBe(false);
    }
    const creation = Buffer.alloc(4);
    creation.writeUInt32BE(MP4_CREATION_TIME);
    expect(copy.includes(creation)).toBe(false);

    // One track is left and its chunk offset points at the same sample bytes, in a single mdat.
    expect(boxes(copy).map(([t]) => t)).toEqual(['ftyp', 'moov', 'mdat']);
    const moov = child(copy, 'moov');
    expect(boxes(moov).filter(([t]) => t === 'trak')).toHaveLength(1);
    const stco = child(moov, 'trak', 'mdia', 'minf', 'stbl', 'stco');
    const offset = stco.readUInt32BE(8);
    expect(copy.subarray(offset, offset + 147)).toEqual(Buffer.concat(videoSamples));
    expect(child(copy, 'mdat')).toEqual(Buffer.concat(videoSamples));
    expect(child(moov, 'trak', 'mdia', 'hdlr').subarray(8, 12).toString('latin1')).toBe('vide');

    expect(await detectMediaType(copy)).toBe('video/quicktime');
    expect(stripIsoMediaMetadata(copy)).toEqual(copy); // a copy of the copy changes nothing
  });

  it('gives no copy for fragmented, truncated or external-media files', () => {
    expect(sanitisedCopy('video/mp4', file.subarray(0, 200))).toBeNull();
    const fragmented = Buffer.concat([file, Buffer.from([0, 0, 0, 8, 0x6d, 0x6f, 0x6f, 0x66])]);
    expect(sanitisedCopy('video/mp4', fragmented)).toBeNull();
    const external = Buffer.from(file);
    const url = external.indexOf(Buffer.from('url '));
    external.writeUInt32BE(0, url + 4); // flag 0: the media is in another file
    expect(sanitisedCopy('video/mp4', external)).toBeNull();
  });
});

/** An MPEG-1 Layer III frame header (128 kbit/s, 44.1 kHz): frames of 417 bytes. */
function mp3Frames(count: number): Buffer {
  const frame = Buffer.alloc(417, 0x55);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat(Array.from({ length: count }, () => frame));
}

function id3v2(text: string): Buffer {
  const frame = Buffer.concat([
    Buffer.from('TIT2'),
    Buffer.alloc(4),
    Buffer.from([0, 0, 3]),
    Buffer.from(text),
  ]);
  frame.writeUInt32BE(text.length + 1, 4);
  const head = Buffer.from([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, frame.length]);
  return Buffer.concat([head, frame]);
}

describe('MP3', () => {
  it('keeps the audio frames and drops ID3v2, ID3v1 and APE tags', () => {
    const audio = mp3Frames(5);
    expect(mpegFrameLength(audio, 0)).toBe(417);
    const id3v1 = Buffer.alloc(128);
    id3v1.write(`TAG${CANARY}`, 0, 'latin1');
    const apeItems = Buffer.from(`Artist\0${CANARY}`);
    const apeFooter = Buffer.alloc(32);
    apeFooter.write('APETAGEX', 0, 'latin1');
    apeFooter.writeUInt32LE(2000, 8);
    apeFooter.writeUInt32LE(apeItems.length + 32, 12);
    const file = Buffer.concat([id3v2(`Title ${CANARY}`), audio, apeItems, apeFooter, id3v1]);
    expect(file.includes(Buffer.from(CANARY))).toBe(true);
    const copy = sanitisedCopy('audio/mpeg', file) as Buffer;
    expect(copy).toEqual(audio);
    expect(stripMp3Metadata(copy)).toEqual(copy);
  });

  it('gives no copy when something that is not a frame sits between frames', () => {
    const file = Buffer.concat([mp3Frames(2), Buffer.from(`hidden ${CANARY}`), mp3Frames(2)]);
    expect(sanitisedCopy('audio/mpeg', file)).toBeNull();
  });
});

describe('WAV', () => {
  it('keeps format and samples and drops LIST/INFO and bext', () => {
    const chunk = (type: string, data: Buffer) => {
      const head = Buffer.alloc(8);
      head.write(type, 0, 'latin1');
      head.writeUInt32LE(data.length, 4);
      return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
    };
    const fmt = Buffer.from([1, 0, 1, 0, 0x40, 0x1f, 0, 0, 0x80, 0x3e, 0, 0, 2, 0, 16, 0]);
    const samples = Buffer.alloc(64, 7);
    const info = chunk(
      'LIST',
      Buffer.concat([Buffer.from('INFOIART'), Buffer.from([16, 0, 0, 0]), Buffer.from(CANARY.padEnd(16))]),
    );
    const bext = chunk('bext', Buffer.from(`Originator ${CANARY}`));
    const body = Buffer.concat([chunk('fmt ', fmt), info, bext, chunk('data', samples)]);
    const head = Buffer.alloc(12);
    head.write('RIFF', 0, 'latin1');
    head.writeUInt32LE(body.length + 4, 4);
    head.write('WAVE', 8, 'latin1');
    const file = Buffer.concat([head, body]);
    const copy = stripWavMetadata(file);
    expect(copy.includes(Buffer.from(CANARY))).toBe(false);
    expect(copy.includes(Buffer.from('LIST'))).toBe(false);
    expect(copy.includes(samples)).toBe(true);
    expect(copy.readUInt32LE(4)).toBe(copy.length - 8);
    expect(copy.length).toBe(12 + 8 + fmt.length + 8 + samples.length);
  });
});
