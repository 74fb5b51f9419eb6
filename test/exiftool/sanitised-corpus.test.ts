import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examineFile } from '../../src/server/evidence/examine.ts';
import { plantedCorpus } from './corpus.ts';

/**
 * An outside judge of the sanitised copies: ExifTool (Debian's libimage-exiftool-perl; `npm test` and
 * .ci/run install it) reads every tag it knows from a copy of each sanitised type, made from a file
 * carrying the metadata phones, cameras and editors add. Any tag outside the structural ones below —
 * or a structural one whose value could identify (a date, a profile's name) — fails the test.
 */

type Tags = Record<string, unknown>;
const ZERO_DATE = '0000:00:00 00:00:00';
const anything = () => true;
const is = (value: unknown) => (v: unknown) => v === value;

/** "Group:Tag" (with Track1, Track2… read as Track) → what its value may be. */
const STRUCTURAL: Record<string, (v: unknown) => boolean> = Object.fromEntries([
  ...[
    'ExifTool:ExifToolVersion',
    'File:FileType',
    'File:FileTypeExtension',
    'File:MIMEType',
    'File:ImageWidth',
    'File:ImageHeight',
    'File:EncodingProcess',
    'File:BitsPerSample',
    'File:ColorComponents',
    'File:YCbCrSubSampling',
    'Composite:ImageSize',
    'Composite:Megapixels',
    'Composite:Duration',
    'Composite:AvgBitrate',
    'JFIF:JFIFVersion',
    'JFIF:ResolutionUnit',
    'JFIF:XResolution',
    'JFIF:YResolution',
    ...['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace'].map(
      (t) => `PNG:${t}`,
    ),
    'PNG-pHYs:PixelUnits',
    'PNG-pHYs:PixelsPerUnitX',
    'PNG-pHYs:PixelsPerUnitY',
    ...['GIFVersion', 'ImageWidth', 'ImageHeight', 'HasColorMap', 'ColorResolutionDepth', 'BitsPerPixel'].map(
      (t) => `GIF:${t}`,
    ),
    'GIF:BackgroundColor',
    'GIF:AnimationIterations',
    ...['ImageWidth', 'ImageHeight', 'WebP_Flags', 'Encoding', 'NumChannels', 'SampleRate'].map(
      (t) => `RIFF:${t}`,
    ),
    'RIFF:AvgBytesPerSec',
    'RIFF:BitsPerSample',
    ...['CMMFlags', 'ColorSpaceData', 'ConnectionSpaceIlluminant', 'DeviceAttributes', 'ProfileClass'].map(
      (t) => `ICC-header:${t}`,
    ),
    'ICC-header:ProfileConnectionSpace',
    'ICC-header:ProfileFileSignature',
    'ICC-header:ProfileVersion',
    'ICC-header:RenderingIntent',
    ...['Red', 'Green', 'Blue'].flatMap((c) => [`ICC_Profile:${c}MatrixColumn`, `ICC_Profile:${c}TRC`]),
    'ICC_Profile:MediaWhitePoint',
    ...['MPEGAudioVersion', 'AudioLayer', 'AudioBitrate', 'SampleRate', 'ChannelMode', 'MSStereo'].map(
      (t) => `MPEG:${t}`,
    ),
    'MPEG:IntensityStereo',
    'MPEG:CopyrightFlag',
    'MPEG:OriginalMedia',
    'MPEG:Emphasis',
    'PDF:PDFVersion',
    'PDF:Linearized',
    'PDF:PageCount',
    ...['MajorBrand', 'MinorVersion', 'CompatibleBrands', 'MovieHeaderVersion', 'TimeScale', 'Duration'].map(
      (t) => `QuickTime:${t}`,
    ),
    ...['PreferredRate', 'PreferredVolume', 'MatrixStructure', 'PreviewTime', 'PreviewDuration'].map(
      (t) => `QuickTime:${t}`,
    ),
    ...['PosterTime', 'SelectionTime', 'SelectionDuration', 'CurrentTime', 'NextTrackID'].map(
      (t) => `QuickTime:${t}`,
    ),
    'QuickTime:MediaDataSize',
    'QuickTime:MediaDataOffset',
    ...['TrackHeaderVersion', 'TrackID', 'TrackDuration', 'TrackLayer', 'TrackVolume', 'MatrixStructure'].map(
      (t) => `Track:${t}`,
    ),
    ...['MediaHeaderVersion', 'MediaTimeScale', 'MediaDuration', 'MediaLanguageCode', 'HandlerType'].map(
      (t) => `Track:${t}`,
    ),
    ...[
      'GraphicsMode',
      'OpColor',
      'CompressorID',
      'SourceImageWidth',
      'SourceImageHeight',
      'XResolution',
    ].map((t) => `Track:${t}`),
    'Track:YResolution',
    'Track:BitDepth',
    'Track:PixelAspectRatio',
    'Track:VideoFrameRate',
  ].map((k) => [k, anything]),
  // Structural, but their values must say nothing.
  ...['QuickTime:CreateDate', 'QuickTime:ModifyDate', 'ICC-header:ProfileDateTime'].map((k) => [
    k,
    is(ZERO_DATE),
  ]),
  ...['TrackCreateDate', 'TrackModifyDate', 'MediaCreateDate', 'MediaModifyDate'].map((t) => [
    `Track:${t}`,
    is(ZERO_DATE),
  ]),
  ...['ProfileCMMType', 'DeviceManufacturer', 'DeviceModel', 'ProfileCreator'].map((t) => [
    `ICC-header:${t}`,
    is(''),
  ]),
  ['ICC-header:PrimaryPlatform', is('Unknown ()')],
  ['ICC-header:ProfileID', is(0)],
  ['ICC_Profile:ProfileDescription', is('ICC profile')],
  ['ICC_Profile:ProfileCopyright', is('')],
  ['PNG:ProfileName', is('ICC profile')],
]);

async function exiftool(files: string[]): Promise<Tags[]> {
  const { stdout } = await promisify(execFile)('exiftool', ['-j', '-a', '-G1', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as Tags[];
}

/** The tags of one file that are neither the file system's nor on the structural list. */
function unexpected(tags: Tags): string[] {
  return Object.entries(tags).flatMap(([key, value]) => {
    if (key === 'SourceFile' || key.startsWith('System:')) return [];
    const allowed = STRUCTURAL[key.replace(/^Track\d+:/, 'Track:')];
    return allowed?.(value) ? [] : [`${key} = ${JSON.stringify(value)}`];
  });
}

const CANARY = 'Exiftool-Canary-5150';
let dir: string;
let corpus: { name: string; original: string; copy: string }[];
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'fp-exiftool-'));
  corpus = [];
  for (const { name, file } of await plantedCorpus(CANARY)) {
    const examined = await examineFile(file, { maxInflateBytes: 64 * 1024 * 1024 });
    if (examined.outcome !== 'examined' || !examined.sanitised) throw new Error(`${name}: no sanitised copy`);
    const original = path.join(dir, `original-${name}`);
    const copy = path.join(dir, `copy-${name}`);
    await writeFile(original, file);
    await writeFile(copy, examined.sanitised);
    corpus.push({ name, original, copy });
  }
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('ExifTool on the sanitised copies', () => {
  it('finds the planted metadata in every original (the corpus tests something)', async () => {
    const originals = await exiftool(corpus.map((c) => c.original));
    expect(originals).toHaveLength(8);
    for (const [i, tags] of originals.entries()) {
      expect(unexpected(tags).length, corpus[i]?.name).toBeGreaterThan(0);
    }
    const all = JSON.stringify(originals);
    for (const marker of [
      'GPSLatitude',
      'GPSCoordinates',
      'XMP',
      'Artist',
      'Comment',
      'ProfileName',
      CANARY,
    ]) {
      expect(all, marker).toContain(marker);
    }
  });

  it('finds only structural tags in every copy, and no canary anywhere', async () => {
    const copies = await exiftool(corpus.map((c) => c.copy));
    expect(copies).toHaveLength(8);
    const found = copies.flatMap((tags, i) => unexpected(tags).map((t) => `${corpus[i]?.name}: ${t}`));
    expect(found).toEqual([]);
    expect(JSON.stringify(copies)).not.toContain(CANARY);
  });
});
