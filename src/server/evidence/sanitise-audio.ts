import { readRiff, writeRiff } from './riff.ts';
import { SanitiseError } from './sanitise-error.ts';

// ---------------------------------------------------------------------------------------------------
// MP3: tags (ID3v2 at the start or end, ID3v1, APEv2, Lyrics3 at the end) hold title, artist, comments,
// pictures and sometimes the recording app or place. The copy keeps only MPEG audio frames: the file is
// walked frame by frame from the first to the last, so nothing between frames survives either. A file
// that is not frames from end to end once its tags are off (free-format bitrate, junk) gets no copy.

const BITRATES: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
};

/** The length in bytes of the MPEG audio frame whose header starts at `i`, or 0 if there is none. */
export function mpegFrameLength(buf: Buffer, i: number): number {
  if (i + 4 > buf.length) return 0;
  const b1 = buf[i + 1] ?? 0;
  const b2 = buf[i + 2] ?? 0;
  if (buf[i] !== 0xff || (b1 & 0xe0) !== 0xe0) return 0;
  const version = (b1 >> 3) & 3;
  const layer = 4 - ((b1 >> 1) & 3); // 1, 2 or 3; 4 is reserved
  const rates = SAMPLE_RATES[version];
  if (!rates || layer === 4) return 0;
  const bitrate = BITRATES[`${version === 3 ? 1 : 2}-${layer}`]?.[b2 >> 4];
  const sampleRate = rates[(b2 >> 2) & 3];
  if (!bitrate || !sampleRate) return 0; // free format, bad index or reserved rate
  const padding = (b2 >> 1) & 1;
  if (layer === 1) return (Math.floor((12 * bitrate * 1000) / sampleRate) + padding) * 4;
  const perFrame = layer === 3 && version !== 3 ? 72 : 144;
  return Math.floor((perFrame * bitrate * 1000) / sampleRate) + padding;
}

const syncsafe = (buf: Buffer, at: number) =>
  ((buf[at] ?? 0) << 21) | ((buf[at + 1] ?? 0) << 14) | ((buf[at + 2] ?? 0) << 7) | (buf[at + 3] ?? 0);

export function stripMp3Metadata(src: Buffer): Buffer {
  let start = 0;
  while (src.subarray(start, start + 3).toString('latin1') === 'ID3') {
    if (start + 10 > src.length) throw new SanitiseError('ID3 header truncated');
    const footer = ((src[start + 5] ?? 0) & 0x10) !== 0 ? 10 : 0;
    start += 10 + syncsafe(src, start + 6) + footer;
  }
  let end = src.length;
  for (let changed = true; changed; ) {
    changed = false;
    const tail = (n: number, text: string) =>
      end - n >= start && src.subarray(end - n, end - n + text.length).toString('latin1') === text;
    if (tail(128, 'TAG')) {
      end -= 128;
      changed = true;
    } else if (tail(32, 'APETAGEX')) {
      const size = src.readUInt32LE(end - 32 + 12);
      const header = (src.readUInt32LE(end - 32 + 20) & 0x80000000) !== 0 ? 32 : 0;
      end -= size + header;
      changed = true;
    } else if (tail(9, 'LYRICS200')) {
      end -= Number(src.subarray(end - 15, end - 9).toString('latin1')) + 15;
      changed = true;
    } else if (tail(10, '3DI')) {
      end -= syncsafe(src, end - 4) + 20;
      changed = true;
    }
    if (Number.isNaN(end) || end < start) throw new SanitiseError('MP3 tag sizes do not add up');
  }
  const frames: Buffer[] = [];
  let i = start;
  while (end - i >= 4) {
    const length = mpegFrameLength(src, i);
    if (length === 0) throw new SanitiseError('not an MPEG audio frame');
    if (i + length > end) break; // a last frame cut short is left out
    frames.push(src.subarray(i, i + length));
    i += length;
  }
  if (frames.length === 0) throw new SanitiseError('MP3 without audio frames');
  return Buffer.concat(frames);
}

// ---------------------------------------------------------------------------------------------------
// WAV: a RIFF container. Only the format, the sample count and the samples are kept; LIST/INFO (artist,
// software, date), bext (originator, date, time, coding history), iXML, id3, cue points and padding
// chunks are dropped.

const WAV_KEEP = new Set(['fmt ', 'fact', 'data']);

export function stripWavMetadata(src: Buffer): Buffer {
  const chunks = readRiff(src, 'WAVE').filter((c) => WAV_KEEP.has(c.type));
  const types = new Set(chunks.map((c) => c.type));
  if (!types.has('fmt ') || !types.has('data')) throw new SanitiseError('WAV without format or data');
  return writeRiff('WAVE', chunks);
}
