import { SanitiseError } from './sanitise-error.ts';

/** A chunk of a RIFF file (WebP, WAV): its four-letter type and its bytes, header and padding included. */
export type RiffChunk = { type: string; bytes: Buffer };

/**
 * The chunks of a RIFF file of this form ('WEBP', 'WAVE'). A chunk that runs past the RIFF size is
 * refused; the RIFF size itself may overstate the file by the last chunk's padding byte.
 */
export function readRiff(src: Buffer, form: string): RiffChunk[] {
  if (
    src.length < 12 ||
    src.subarray(0, 4).toString('latin1') !== 'RIFF' ||
    src.subarray(8, 12).toString('latin1') !== form
  ) {
    throw new SanitiseError(`not a RIFF ${form}`);
  }
  const riffEnd = Math.min(src.length, 8 + src.readUInt32LE(4));
  const chunks: RiffChunk[] = [];
  let i = 12;
  while (i + 8 <= riffEnd) {
    const type = src.subarray(i, i + 4).toString('latin1');
    const size = src.readUInt32LE(i + 4);
    if (i + 8 + size > riffEnd) throw new SanitiseError(`${form} chunk overruns`);
    const bytes = Buffer.from(src.subarray(i, i + 8 + size));
    chunks.push({ type, bytes: size % 2 ? Buffer.concat([bytes, Buffer.alloc(1)]) : bytes });
    i += 8 + size + (size % 2);
  }
  return chunks;
}

/** A RIFF file of this form holding these chunks, its size field counted again. */
export function writeRiff(form: string, chunks: readonly RiffChunk[]): Buffer {
  const body = Buffer.concat(chunks.map((c) => c.bytes));
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length + 4, 4);
  head.write(form, 8, 'latin1');
  return Buffer.concat([head, body]);
}
