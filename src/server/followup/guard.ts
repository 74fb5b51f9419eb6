import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../deps.ts';
import { isReceiptNotFound, receiptNotFound } from './service.ts';

/** The receipt of `Authorization: Receipt <receipt>`, or null. */
export function receiptFromHeader(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Receipt\s+(.{1,100})$/i.exec(header.trim());
  return m?.[1] ?? null;
}

/**
 * Runs one follow-up act under the rate limits: refused with a 429 when this source has made too many
 * requests or guessed too many receipts; a receipt that opens nothing counts as a guess. Public pages
 * (H2) wrap their follow-up calls in this too, passing the receipt from the posted form.
 */
export async function withReceiptAttempt<T>(
  deps: Pick<AppDeps, 'runtime'>,
  req: FastifyRequest,
  receipt: string | null | undefined,
  act: (receipt: string) => Promise<T>,
): Promise<T> {
  deps.runtime.limits.guardFollowup(req);
  try {
    if (!receipt) throw receiptNotFound();
    return await act(receipt);
  } catch (err) {
    if (isReceiptNotFound(err)) deps.runtime.limits.noteReceiptFailure(req);
    throw err;
  }
}
