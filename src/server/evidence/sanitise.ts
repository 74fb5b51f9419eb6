/**
 * Sanitised copies: the same picture, document, sound or video without the data a camera, phone or
 * program hides in it (GPS position, device, owner, author, dates, edit history, thumbnails that may
 * show what a crop removed, attachments). Staff view this copy and partners receive it by default; the
 * original is kept sealed for chain of custody.
 *
 * Conservative by design: parts are kept only when known to carry pixels, pages, sound or colour, and
 * anything unexpected makes the whole copy fail (null) rather than risk a copy that still leaks.
 *
 * What each accepted type gets:
 * - JPEG, PNG, WebP, GIF: rewritten container (sanitise-image.ts), no decoder runs on the bytes.
 * - PDF: a new document built from the pages only, scrubbed and checked again (sanitise-pdf.ts).
 * - MP4, MOV, M4A: moov rebuilt from video and sound tracks, mdat from their samples (sanitise-media.ts).
 * - MP3, WAV: audio frames or format and samples only (sanitise-audio.ts).
 * - Plain text: the text itself.
 * - No copy (null): HEIC/HEIF (EXIF and XMP are items in `mdat` located through `iloc`, and the image
 *   itself is a grid of items: rewriting it is a HEIF muxer, not a filter), Ogg (comments sit in a
 *   header packet that shares pages with the codec setup: they would have to be re-paged with new
 *   checksums), WebM (EBML tags, titles and dates with seek and cue offsets to rewrite), and any file a
 *   sanitiser above refuses. Staff tooling treats a null copy as "original only, its metadata intact".
 */

import { InflateBudget } from './inflate.ts';
import { stripMp3Metadata, stripWavMetadata } from './sanitise-audio.ts';
import { SanitiseError } from './sanitise-error.ts';
import {
  stripGifMetadata,
  stripJpegMetadata,
  stripPngMetadata,
  stripWebpMetadata,
} from './sanitise-image.ts';
import { stripIsoMediaMetadata } from './sanitise-media.ts';
import { stripPdfMetadata } from './sanitise-pdf.ts';

export { SanitiseError } from './sanitise-error.ts';
export {
  stripGifMetadata,
  stripJpegMetadata,
  stripPngMetadata,
  stripWebpMetadata,
} from './sanitise-image.ts';

/** Without a budget of its own, a copy may inflate this much (intake passes the configured one). */
const DEFAULT_BUDGET = 256 * 1024 * 1024;

/** Media types that get a copy when the file is well formed; for every other type the copy is null. */
export const SANITISED_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'application/pdf',
  'video/mp4',
  'video/quicktime',
  'audio/mp4',
  'audio/mpeg',
  'audio/wav',
  'text/plain',
];

/**
 * The sanitised copy of a file of this media type, or null when there is no safe way to make one.
 * Decompression is charged to `budget`: a file that needs more throws InflateLimitError (the caller
 * refuses it). Any other error is a bug the caller reports as "no copy". Runs in a file worker at intake
 * (file-workers.ts); asynchronous because the PDF checks inflate incrementally.
 */
export async function makeSanitisedCopy(
  mediaType: string,
  bytes: Buffer,
  budget: InflateBudget = new InflateBudget(DEFAULT_BUDGET),
): Promise<Buffer | null> {
  if (mediaType !== 'application/pdf') return sanitisedCopy(mediaType, bytes, budget);
  try {
    return await stripPdfMetadata(bytes, budget);
  } catch (err) {
    if (err instanceof SanitiseError) return null;
    throw err;
  }
}

/** The same for every type but PDF (which gets null here: use makeSanitisedCopy). */
export function sanitisedCopy(
  mediaType: string,
  bytes: Buffer,
  budget: InflateBudget = new InflateBudget(DEFAULT_BUDGET),
): Buffer | null {
  try {
    switch (mediaType) {
      case 'image/jpeg':
        return stripJpegMetadata(bytes);
      case 'image/png':
        return stripPngMetadata(bytes, budget);
      case 'image/webp':
        return stripWebpMetadata(bytes);
      case 'image/gif':
        return stripGifMetadata(bytes);
      case 'video/mp4':
      case 'video/quicktime':
      case 'audio/mp4':
        return stripIsoMediaMetadata(bytes);
      case 'audio/mpeg':
        return stripMp3Metadata(bytes);
      case 'audio/wav':
        return stripWavMetadata(bytes);
      case 'text/plain':
        // Plain text has no container and so no hidden metadata: the copy is the text itself.
        return Buffer.from(bytes);
      default:
        return null;
    }
  } catch (err) {
    // A read past the end of a truncated box or block is the same as a refused file: no copy.
    if (err instanceof SanitiseError || err instanceof RangeError) return null;
    throw err;
  }
}
