import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import {
  decodePDFRawStream,
  PDFArray,
  type PDFDict,
  PDFName,
  type PDFObject,
  type PDFRawStream,
} from 'pdf-lib';
import { forEachInflatedChunk, InflateBudget, InflateLimitError, inflateWithin } from './inflate.ts';

/**
 * Every byte decoded out of a PDF's streams — by pdf-lib while it parses, and by the sanitiser while it
 * checks the copy — is charged to the file's decompression budget (inflate.ts).
 *
 * pdf-lib inflates object and cross-reference streams while it parses, in JavaScript, with no limit: a
 * few kilobytes can ask for gigabytes. Its one door for that, `ByteStream.fromPDFRawStream`, is replaced
 * (once, when this module loads) by a bounded decoder; the budget it charges is the one of the file being
 * read, carried by AsyncLocalStorage across pdf-lib's pauses between objects.
 */

const budgets = new AsyncLocalStorage<InflateBudget>();

/** Object and cross-reference streams hold object syntax: a few megabytes in the largest real files. */
const OBJECT_STREAM_CAP = 64 * 1024 * 1024;
/** Chains other than plain Flate (LZW, run-length, hex then Flate…) are decoded by pdf-lib in memory. */
const OTHER_CHAIN_CAP = 32 * 1024 * 1024;
const PDF_LIB_FILTERS = new Set([
  'FlateDecode',
  'LZWDecode',
  'ASCII85Decode',
  'ASCIIHexDecode',
  'RunLengthDecode',
]);
const STEP = 1024 * 1024;

type ByteStreamClass = { of(bytes: Uint8Array): unknown; fromPDFRawStream(raw: PDFRawStream): unknown };
const ByteStream = (
  createRequire(import.meta.url)('pdf-lib/cjs/core/parser/ByteStream.js') as { default: ByteStreamClass }
).default;
ByteStream.fromPDFRawStream = (raw) =>
  ByteStream.of(
    decodeWhole(raw, budgets.getStore() ?? new InflateBudget(OBJECT_STREAM_CAP), OBJECT_STREAM_CAP),
  );

/** Runs `fn` (which parses PDFs with pdf-lib) with every stream pdf-lib decodes charged to `budget`. */
export function withDecodeBudget<T>(budget: InflateBudget, fn: () => Promise<T>): Promise<T> {
  return budgets.run(budget, fn);
}

export function filterNames(dict: PDFDict): string[] {
  const filter = dict.get(PDFName.of('Filter'));
  if (filter instanceof PDFArray) return filter.asArray().map((f) => nameOf(f) ?? '?');
  const single = nameOf(filter);
  return single ? [single] : [];
}

export function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

/** The decoded content of a stream, whole, at most `cap` bytes: what pdf-lib's own decoder would give. */
function decodeWhole(raw: PDFRawStream, budget: InflateBudget, cap: number): Uint8Array {
  const filters = filterNames(raw.dict);
  if (filters.length === 0) return raw.contents;
  if (filters.length === 1 && filters[0] === 'FlateDecode') return inflateWithin(raw.contents, budget, cap);
  return Buffer.concat(decodeInSteps(raw, budget, cap));
}

/** pdf-lib's decoder chain read a megabyte at a time, stopping at the cap. Throws on filters it lacks. */
function decodeInSteps(raw: PDFRawStream, budget: InflateBudget, cap: number): Buffer[] {
  const stream = decodePDFRawStream(raw);
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const step = stream.getBytes(STEP);
    if (step.length === 0) return parts;
    total += step.length;
    if (total > cap) throw new InflateLimitError();
    budget.charge(step.length);
    parts.push(Buffer.from(step));
  }
}

/**
 * Hands the decoded content of a stream to `onChunk` in pieces, for a search. Plain Flate (nearly every
 * stream) is inflated incrementally by zlib, whatever its size, within the budget; other chains pdf-lib
 * can decode are decoded in memory up to a cap; a stream whose filters need a decoder of images
 * (DCT, JPX, JBIG2, CCITT) is searched as it is stored.
 */
export async function forEachDecodedChunk(
  raw: PDFRawStream,
  budget: InflateBudget,
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  const filters = filterNames(raw.dict);
  const contents = Buffer.from(raw.contents);
  if (filters.length === 1 && filters[0] === 'FlateDecode') {
    if (!(await forEachInflatedChunk(contents, budget, onChunk))) onChunk(contents);
    return;
  }
  if (filters.length > 0 && filters.every((f) => PDF_LIB_FILTERS.has(f))) {
    let parts: Buffer[];
    try {
      parts = decodeInSteps(raw, budget, OTHER_CHAIN_CAP);
    } catch (err) {
      if (err instanceof InflateLimitError) throw err;
      parts = [contents]; // damaged: searched as stored
    }
    for (const part of parts) onChunk(part);
    return;
  }
  onChunk(contents);
}
