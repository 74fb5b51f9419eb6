import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectMediaType } from './detect.ts';
import { makeSanitisedCopy, sanitisedCopy } from './sanitise.ts';
import { mpegFrameLength, stripMp3Metadata, stripWavMetadata } from './sanitise-audio.ts';
import { stripIsoMediaMetadata } from './sanitise-media.ts';
import { MP4_CREATION_TIME, makeMp3, makeMp4, makeWav, mp3Frames } from './testing/media-fixtures.ts';

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

describe('MP3', () => {
  it('keeps the audio frames and drops ID3v2, ID3v1 and APE tags', () => {
    const audio = mp3Frames(5);
    expect(mpegFrameLength(audio, 0)).toBe(417);
    const file = makeMp3({ title: `Title ${CANARY}`, artist: CANARY, frames: 5 });
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
    const { file, fmt, samples } = makeWav({ artist: CANARY });
    const copy = stripWavMetadata(file);
    expect(copy.includes(Buffer.from(CANARY))).toBe(false);
    expect(copy.includes(Buffer.from('LIST'))).toBe(false);
    expect(copy.includes(samples)).toBe(true);
    expect(copy.readUInt32LE(4)).toBe(copy.length - 8);
    expect(copy.length).toBe(12 + 8 + fmt.length + 8 + samples.length);
  });
});
