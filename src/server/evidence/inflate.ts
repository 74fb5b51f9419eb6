import { constants, createInflate, inflateSync } from 'node:zlib';

/**
 * Decompression, bounded. A hostile file can hold a few kilobytes that inflate to gigabytes (a
 * "decompression bomb"): every byte a sanitiser inflates is charged to a budget — per file and per
 * submission (config: FOCALPOINT_EVIDENCE_MAX_EXPANDED_MB…) — and the file is refused once the budget is
 * spent. Scanning inflates incrementally, so memory stays at one chunk whatever the stream holds.
 */

/** The file needs more decompressed bytes than its budget allows: it is refused, the report kept. */
export class InflateLimitError extends Error {
  constructor() {
    super('decompressed data over the limit');
    this.name = 'InflateLimitError';
  }
}

export class InflateBudget {
  readonly limit: number;
  #used = 0;
  constructor(limit: number) {
    this.limit = limit;
  }
  get used(): number {
    return this.#used;
  }
  get remaining(): number {
    return Math.max(0, this.limit - this.#used);
  }
  /** Counts `bytes` more inflated; throws once the total is over the limit. */
  charge(bytes: number): void {
    this.#used += bytes;
    if (this.#used > this.limit) throw new InflateLimitError();
  }
}

/**
 * The whole inflated content of a zlib stream, at most `cap` bytes (and what the budget has left). zlib
 * stops as soon as the output passes the cap, so nothing larger is ever allocated. A stream cut short is
 * read as far as it goes, as PDF readers do.
 */
export function inflateWithin(data: Uint8Array, budget: InflateBudget, cap = budget.remaining): Buffer {
  const max = Math.min(cap, budget.remaining);
  let out: Buffer;
  try {
    out = inflateSync(data, { maxOutputLength: max + 1, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError();
    throw err;
  }
  if (out.length > max) throw new InflateLimitError();
  budget.charge(out.length);
  return out;
}

/**
 * Feeds the inflated content of a zlib stream to `onChunk` piece by piece (never all of it in memory),
 * charging the budget as it goes. A stream that is not zlib data, or is cut short, ends the reading
 * there: `false` when nothing could be read at all.
 */
export async function forEachInflatedChunk(
  data: Uint8Array,
  budget: InflateBudget,
  onChunk: (chunk: Buffer) => void,
): Promise<boolean> {
  const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 256 * 1024 });
  let any = false;
  const done = new Promise<void>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      try {
        budget.charge(chunk.length);
        any = true;
        onChunk(chunk);
      } catch (err) {
        inflate.destroy();
        reject(err);
      }
    });
    inflate.on('end', resolve);
    inflate.on('close', resolve);
    // Not zlib, or damaged: read no further (a viewer cannot show more than this either).
    inflate.on('error', () => resolve());
  });
  inflate.end(data);
  await done;
  return any;
}
