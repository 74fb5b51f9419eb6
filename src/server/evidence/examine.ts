import { detectMediaType } from './detect.ts';
import { InflateBudget, InflateLimitError } from './inflate.ts';
import { makeSanitisedCopy, SANITISED_MEDIA_TYPES } from './sanitise.ts';
import { sha256Of } from './sealing.ts';

/**
 * Everything done to an untrusted file's bytes before it is stored: its type judged from its content,
 * its sanitised copy made, both digests taken. It runs in a file worker (file-workers.ts), never on the
 * server's main thread, within a decompression budget.
 */
export type Examined =
  /** Not a kind of file we accept (judged by content): the submission answers 400 on this file. */
  | { outcome: 'refusedType' }
  /** Opening it needs more decompressed bytes than its budget: refused, the report kept. */
  | { outcome: 'tooMuchData'; inflated: number }
  | {
      outcome: 'examined';
      mediaType: string;
      sanitised: Uint8Array | null;
      /** Why there is no copy: no sanitiser for the type, the sanitiser refused the file, or it failed. */
      noCopy: 'unsupported' | 'refused' | 'failed' | null;
      digests: { original: Uint8Array; sanitised: Uint8Array | null };
      inflated: number;
    };

export async function examineFile(bytes: Buffer, opts: { maxInflateBytes: number }): Promise<Examined> {
  const budget = new InflateBudget(opts.maxInflateBytes);
  const mediaType = await detectMediaType(bytes);
  if (!mediaType) return { outcome: 'refusedType' };
  let sanitised: Buffer | null;
  let failed = false;
  try {
    sanitised = await makeSanitisedCopy(mediaType, bytes, budget);
  } catch (err) {
    if (err instanceof InflateLimitError) return { outcome: 'tooMuchData', inflated: budget.used };
    // A sanitiser that throws anything else met a case it does not handle: no copy, as for a refusal.
    failed = true;
    sanitised = null;
  }
  return {
    outcome: 'examined',
    mediaType,
    sanitised,
    noCopy: sanitised ? null : failed ? 'failed' : hasSanitiser(mediaType) ? 'refused' : 'unsupported',
    digests: { original: sha256Of(bytes), sanitised: sanitised ? sha256Of(sanitised) : null },
    inflated: budget.used,
  };
}

const hasSanitiser = (mediaType: string) => SANITISED_MEDIA_TYPES.includes(mediaType);
