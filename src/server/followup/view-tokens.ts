import { createHmac, randomBytes } from 'node:crypto';
import { keyObjectOf } from '../platform/crypto/key-object.ts';
import type { KeyRing } from '../platform/crypto/keyring.ts';
import type { Db } from '../platform/db/db.ts';
import type { Clock } from '../platform/jobs/clock.ts';
import { insertViewToken, markViewTokenUsed, type ViewTokenPurpose } from './repo.ts';

/**
 * One-time tokens for the reporter's follow-up pages (migration 0017). A posted receipt is answered with a
 * redirect to an address holding a `view` token, good for one GET within minutes; the page it opens holds
 * an `act` token in its forms (write, add, consents, delete, switch language), good for one post within the
 * hour; the page that shows a new receipt holds a `confirmation` token for its language switcher. So a
 * reload, or Back after a quick exit, finds a used token and says the page has expired: nothing a
 * reporter saw comes back, and the receipt never sits in an address or in the browser's history of posts.
 *
 * A token is 32 random bytes; the database keeps only HMAC(receipt key, "followup-view" ‖ token). It is no
 * receipt: it opens one page once, then nothing.
 */
export type { ViewTokenPurpose };

const LIFETIME_MS: Record<ViewTokenPurpose, number> = {
  view: 5 * 60_000,
  act: 60 * 60_000,
  confirmation: 60 * 60_000,
  // The printable slip of a report staff recorded for someone (assisted-intake/): minutes, to print it now.
  slip: 15 * 60_000,
};

/** The shape of a token in a form or an address: what `issueViewToken` makes (43 base64url characters). */
export const VIEW_TOKEN = /^[A-Za-z0-9_-]{43}$/;

type TokenDeps = { db: Db; keys: Pick<KeyRing, 'receipt'>; clock: Pick<Clock, 'now'> };

function tokenHash(receiptKey: Buffer, token: string): Buffer {
  return createHmac('sha256', keyObjectOf(receiptKey)).update('followup-view\u0000').update(token).digest();
}

/** A new token for one page of the report; `notice` is a code for what the reporter just did. */
export async function issueViewToken(
  deps: TokenDeps,
  opts: { reportId: string; purpose: ViewTokenPurpose; notice?: string | undefined },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  await insertViewToken(deps.db, {
    hash: tokenHash(deps.keys.receipt, token),
    reportId: opts.reportId,
    purpose: opts.purpose,
    notice: opts.notice ?? null,
    expiresAt: new Date(now.getTime() + LIFETIME_MS[opts.purpose]),
    now,
  });
  return token;
}

/** Uses a token once: the report it opens (and the notice), or null when it is unknown, used or expired. */
export async function spendViewToken(
  deps: TokenDeps,
  opts: { token: string | undefined; purpose: ViewTokenPurpose },
): Promise<{ reportId: string; notice: string | null } | null> {
  if (!opts.token || !VIEW_TOKEN.test(opts.token)) return null;
  const row = await markViewTokenUsed(deps.db, {
    hash: tokenHash(deps.keys.receipt, opts.token),
    purpose: opts.purpose,
    now: deps.clock.now(),
  });
  return row ? { reportId: row.report_id, notice: row.notice } : null;
}
