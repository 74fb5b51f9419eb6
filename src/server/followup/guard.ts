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
 * Runs one follow-up act under the public limits (platform/http/rate-limit.ts): refused with a 429 when
 * this source has made too many requests; slowed when it guessed too many receipts; a receipt that opens
 * nothing counts as a guess. Public pages wrap their follow-up calls in this too, passing the receipt from
 * the posted form.
 */
export async function withReceiptAttempt<T>(
  deps: Pick<AppDeps, 'runtime'>,
  req: FastifyRequest,
  receipt: string | null | undefined,
  act: (receipt: string) => Promise<T>,
): Promise<T> {
  await deps.runtime.limits.beforeFollowup(req, receipt);
  try {
    if (!receipt) throw receiptNotFound();
    const result = await act(receipt);
    deps.runtime.limits.noteReceiptUse(receipt);
    return result;
  } catch (err) {
    if (isReceiptNotFound(err)) deps.runtime.limits.noteReceiptFailure(req);
    throw err;
  }
}
