import fc from 'fast-check';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../platform/jobs/clock.ts';
import { type Examination, FileWorkers } from './file-workers.ts';
import {
  exifWithGps,
  makeGif,
  makeIccProfile,
  makeJpeg,
  makePng,
  makeWebp,
  pngColourChunks,
} from './testing/fixtures.ts';
import { makeMp3, makeMp4, makePdf, makeWav } from './testing/media-fixtures.ts';

/**
 * Property-based fuzzing of every sanitiser, through the file workers as at intake (each file in a worker
 * thread with a time limit — a real one here, 30 s, as a hang detector — and a decompression budget).
 *
 * 1. Files of every sanitised type are generated with metadata planted in every place that type can
 *    hold it (author, GPS, XMP, comments, ICC profile names, palette names, ©xyz, tags), each a random
 *    canary; then left whole, cut short or given trailing bytes. Whatever copy is made holds none of
 *    the canaries.
 * 2. The same files with random bytes overwritten, and random bytes behind each type's signature: the
 *    examination always ends (never the time limit), never kills its worker, and no sanitiser throws
 *    anything but its own refusal.
 * fast-check prints the seed and path of any counterexample; each one found is kept below as a fixed case.
 */

const RUNS = Number(process.env.FOCALPOINT_FUZZ_RUNS ?? 20);
const MB = 1024 * 1024;
const pool = new FileWorkers({
  settings: { threads: 2, heapMb: 256, timeLimitMs: 30_000 },
  clock: systemClock(),
  log: pino({ level: 'silent' }),
});
afterAll(() => pool.close());

type Sample = { mediaType: string; file: Buffer; canaries: string[] };

const canary = fc.stringMatching(/^[A-Za-z0-9]{6,12}$/).map((s) => `Cnry${s}`);
const canaries = (n: number) => fc.array(canary, { minLength: n, maxLength: n });

const samples: Record<string, fc.Arbitrary<Promise<Sample>>> = {
  jpeg: fc.tuple(canaries(3), fc.nat(89)).map(async ([[artist, xmp, comment], lat]) => ({
    mediaType: 'image/jpeg',
    file: makeJpeg({
      exif: exifWithGps({ latitude: [lat, 7, 3], artist: artist as string }),
      xmp: `<x:xmpmeta>${xmp}</x:xmpmeta>`,
      comment: comment as string,
      trailer: makeJpeg({ exif: exifWithGps({ latitude: [1, 2, 3], artist: artist as string }) }),
    }),
    canaries: [artist, xmp, comment] as string[],
  })),
  png: canaries(7).map(async ([text, artist, name, desc, copyright, device, palette]) => ({
    mediaType: 'image/png',
    file: makePng({
      text,
      exif: exifWithGps({ latitude: [10, 20, 30], artist: artist as string }),
      extra: pngColourChunks({
        profileName: name as string,
        profile: makeIccProfile({
          description: desc as string,
          copyright: copyright as string,
          device: device as string,
        }),
        paletteName: palette as string,
      }),
    }),
    canaries: [text, artist, name, desc, copyright, device, palette] as string[],
  })),
  webp: canaries(4).map(async ([artist, xmp, desc, device]) => ({
    mediaType: 'image/webp',
    file: makeWebp({
      exif: exifWithGps({ latitude: [10, 20, 30], artist: artist as string }),
      xmp: `<x:xmpmeta>${xmp}</x:xmpmeta>`,
      icc: makeIccProfile({ description: desc as string, copyright: 'c', device: device as string }),
    }),
    canaries: [artist, xmp, desc, device] as string[],
  })),
  gif: canaries(3).map(async ([comment, xmp, trailer]) => ({
    mediaType: 'image/gif',
    file: makeGif({ comment: comment as string, xmp: xmp as string, trailer }).file,
    canaries: [comment, xmp, trailer] as string[],
  })),
  pdf: fc.tuple(canaries(3), fc.integer({ min: 1, max: 3 })).map(async ([[info, key, hexXmp], pages]) => {
    const doc = await PDFDocument.load(
      await makePdf({
        canary: info as string,
        pages,
        jpeg: makeJpeg({ exif: exifWithGps({ latitude: [5, 6, 7], artist: info as string }) }),
        attachment: info,
      }),
      { updateMetadata: false },
    );
    const page = doc.getPage(0).node;
    page.set(PDFName.of('AcmePrivate'), PDFString.of(key as string));
    const xmp = Buffer.from(`<x:xmpmeta>${hexXmp}</x:xmpmeta>`).toString('hex');
    page.set(
      PDFName.of('AcmeXmp'),
      doc.context.register(doc.context.stream(`${xmp}>`, { Filter: 'ASCIIHexDecode' })),
    );
    return {
      mediaType: 'application/pdf',
      file: Buffer.from(await doc.save({ useObjectStreams: pages > 1 })),
      canaries: [info, key, hexXmp] as string[],
    };
  }),
  mp4: fc
    .tuple(canary, fc.integer({ min: 0, max: 89 }), fc.integer({ min: 0, max: 179 }), fc.boolean())
    .map(async ([name, lat, lon, inSampleEntry]) => {
      const place = `+${String(lat).padStart(2, '0')}.4217+${String(lon).padStart(3, '0')}.5531/`;
      return {
        // The fixture is a QuickTime file (ftyp "qt  "), as an iPhone writes it.
        mediaType: 'video/quicktime',
        file: makeMp4({ canary: name, iso6709: place, inSampleEntry }).file,
        canaries: [name, place],
      };
    }),
  mp3: canaries(2).map(async ([title, artist]) => ({
    mediaType: 'audio/mpeg',
    file: makeMp3({ title: title as string, artist: artist as string }),
    canaries: [title, artist] as string[],
  })),
  wav: canary.map(async (artist) => ({
    mediaType: 'audio/wav',
    file: makeWav({ artist }).file,
    canaries: [artist],
  })),
};

/** Cut short, or followed by other bytes: the sanitiser must still not copy what it would drop. */
const shape = fc.oneof(
  fc.constant((b: Buffer) => b),
  fc
    .double({ min: 0.05, max: 0.999, noNaN: true })
    .map((f) => (b: Buffer) => b.subarray(0, Math.floor(b.length * f))),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((tail) => (b: Buffer) => Buffer.concat([b, tail])),
);
/** Random bytes written over the file at random places. */
const damage = fc
  .array(
    fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.uint8Array({ minLength: 1, maxLength: 8 })),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((writes) => (b: Buffer) => {
    const out = Buffer.from(b);
    for (const [at, bytes] of writes)
      out.set(bytes.subarray(0, out.length - Math.floor(at * out.length)), Math.floor(at * out.length));
    return out;
  });

/** The examination ended by itself, with no worker lost and no sanitiser failing on something unforeseen. */
function expectOrderly(result: Examination, what: string) {
  expect(['examined', 'refusedType', 'tooMuchData'], what).toContain(result.outcome);
  if (result.outcome === 'examined') expect(result.noCopy, what).not.toBe('failed');
}

describe('sanitisers under property-based fuzzing', () => {
  for (const [type, sample] of Object.entries(samples)) {
    const runs = type === 'pdf' ? Math.max(3, Math.ceil(RUNS / 3)) : RUNS;

    it(`${type}: no copy holds a planted canary, whole, cut short or with bytes after it`, async () => {
      await fc.assert(
        fc.asyncProperty(sample, shape, async (made, reshape) => {
          const { mediaType, file, canaries: planted } = await made;
          const whole = await pool.examine(file, { maxInflateBytes: 64 * MB });
          // The generated file is sound: it gets a copy of its own type (so the property tests something).
          expect(whole).toMatchObject({ outcome: 'examined', mediaType, noCopy: null });
          for (const input of [file, reshape(file)]) {
            const result = await pool.examine(input, { maxInflateBytes: 64 * MB });
            expectOrderly(result, type);
            if (result.outcome !== 'examined' || !result.sanitised) continue;
            const copy = Buffer.from(result.sanitised);
            for (const c of planted)
              expect(copy.includes(Buffer.from(c)), `${c} in the ${type} copy`).toBe(false);
          }
        }),
        { numRuns: runs },
      );
    });

    it(`${type}: damaged or random bytes never hang, never kill a worker, never fail unforeseen`, async () => {
      await fc.assert(
        fc.asyncProperty(sample, damage, fc.uint8Array({ maxLength: 4096 }), async (made, hurt, noise) => {
          const { file } = await made;
          expectOrderly(await pool.examine(hurt(file), { maxInflateBytes: 64 * MB }), `${type}, damaged`);
          const random = Buffer.concat([file.subarray(0, 16), noise]);
          expectOrderly(await pool.examine(random, { maxInflateBytes: 64 * MB }), `${type}, random`);
        }),
        { numRuns: runs },
      );
    });
  }
});
