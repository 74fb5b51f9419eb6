import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

/**
 * Rate limits for the public endpoints (report intake and follow-up), in memory.
 *
 * No IP address is kept, not even here: a source is named by a keyed hash of its address under a random
 * key that lives only in this process and is replaced every hour, so a memory dump cannot be matched to
 * an address after the hour has passed, and nothing survives a restart. IPv6 addresses are grouped by
 * their /64 (one household or host usually holds a whole /64).
 *
 * Limits are token buckets: `capacity` attempts at once, refilled at `capacity` per `windowSeconds`.
 * When one is empty the answer is a 429 with Retry-After and the localised "try again in N minutes".
 * One instance's limits apply to that instance; behind a load balancer each instance counts alone, which
 * keeps the process stateless (DESIGN.md, "Scaling out") at the cost of a looser global bound.
 */

export type Bucket = { capacity: number; windowSeconds: number };

export type PublicLimitSettings = {
  /** Reports from one source, proof of work solved. */
  reportPerSourceVerified: Bucket;
  /** Reports from one source without proof of work (no JavaScript): tighter. */
  reportPerSourceUnverified: Bucket;
  /** Reports from everyone together. */
  reportGlobal: Bucket;
  /** Unverified reports from everyone together: a flood without JavaScript cannot crowd out the rest. */
  reportGlobalUnverified: Bucket;
  /** Any follow-up request from one source. */
  followupPerSource: Bucket;
  /** Any follow-up request from everyone together. */
  followupGlobal: Bucket;
  /** Receipts that open nothing, from one source. */
  receiptFailuresPerSource: Bucket;
  /** Receipts that open nothing, from everyone together (a distributed guess). */
  receiptFailuresGlobal: Bucket;
  /** Proof-of-work difficulty in leading zero bits; 0 turns the challenge into a formality (tests). */
  powDifficulty: number;
};

export const DEFAULT_PUBLIC_LIMITS: PublicLimitSettings = {
  reportPerSourceVerified: { capacity: 30, windowSeconds: 3600 },
  reportPerSourceUnverified: { capacity: 10, windowSeconds: 3600 },
  reportGlobal: { capacity: 3000, windowSeconds: 3600 },
  reportGlobalUnverified: { capacity: 600, windowSeconds: 3600 },
  followupPerSource: { capacity: 120, windowSeconds: 600 },
  followupGlobal: { capacity: 20_000, windowSeconds: 600 },
  receiptFailuresPerSource: { capacity: 10, windowSeconds: 900 },
  receiptFailuresGlobal: { capacity: 500, windowSeconds: 900 },
  powDifficulty: 18,
};

type State = { tokens: number; at: number };

const MAX_KEYS = 200_000;
const ROTATE_MS = 3600_000;

export class RateLimiter {
  readonly #buckets = new Map<string, State>();
  readonly #clock: () => number;
  // A KeyObject: imported once per rotation rather than on every request's HMAC.
  #sourceKey = createSecretKey(randomBytes(32));
  #sourceKeyAt: number;

  constructor(clock: () => number = Date.now) {
    this.#clock = clock;
    this.#sourceKeyAt = clock();
  }

  /** The short-lived keyed hash that stands for a source address. */
  sourceOf(address: string): string {
    const now = this.#clock();
    if (now - this.#sourceKeyAt >= ROTATE_MS) {
      // A new key makes every source a stranger: counts by source restart, which bounds nothing worse
      // than one window, and the old hashes can no longer be tied to an address.
      this.#sourceKey = createSecretKey(randomBytes(32));
      this.#sourceKeyAt = now;
      for (const key of this.#buckets.keys()) if (key.startsWith('s:')) this.#buckets.delete(key);
    }
    return createHmac('sha256', this.#sourceKey).update(networkOf(address)).digest('base64url').slice(0, 22);
  }

  /** Seconds until one token is back, or 0 when there is one now. Does not take it. */
  wait(key: string, bucket: Bucket): number {
    const state = this.#refill(key, bucket);
    if (state.tokens >= 1) return 0;
    const perSecond = bucket.capacity / bucket.windowSeconds;
    return Math.max(1, Math.ceil((1 - state.tokens) / perSecond));
  }

  take(key: string, bucket: Bucket): void {
    const state = this.#refill(key, bucket);
    state.tokens = Math.max(0, state.tokens - 1);
    this.#buckets.set(key, state);
  }

  #refill(key: string, bucket: Bucket): State {
    const now = this.#clock();
    const state = this.#buckets.get(key) ?? { tokens: bucket.capacity, at: now };
    const perMs = bucket.capacity / (bucket.windowSeconds * 1000);
    state.tokens = Math.min(bucket.capacity, state.tokens + (now - state.at) * perMs);
    state.at = now;
    if (!this.#buckets.has(key)) {
      if (this.#buckets.size >= MAX_KEYS) this.#prune(now);
      this.#buckets.set(key, state);
    }
    return state;
  }

  #prune(now: number) {
    // Under a flood of sources, forget the oldest; a forgotten source starts full, which errs open for
    // that source while the global bucket still holds.
    let n = 0;
    for (const [key, state] of this.#buckets) {
      if (n++ > MAX_KEYS / 4 && now - state.at < ROTATE_MS) break;
      this.#buckets.delete(key);
    }
  }

  /**
   * All buckets must have a token, or none is taken: a refused request costs the caller nothing.
   * Throws the localised 429 with Retry-After otherwise.
   */
  consume(entries: readonly { key: string; bucket: Bucket }[]): void {
    const wait = Math.max(0, ...entries.map((e) => this.wait(e.key, e.bucket)));
    if (wait > 0) throw rateLimited(wait);
    for (const e of entries) this.take(e.key, e.bucket);
  }
}

export function rateLimited(seconds: number): AppError {
  return new AppError(429, 'error.rateLimited', {
    params: { minutes: Math.max(1, Math.ceil(seconds / 60)) },
    headers: { 'retry-after': String(Math.max(1, Math.ceil(seconds))) },
  });
}

/** IPv4 as is; IPv6 by its /64; IPv4-mapped IPv6 as IPv4. */
export function networkOf(address: string): string {
  const a = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(':')) return a;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const full = a.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${full
    .slice(0, 4)
    .map((h) => h.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

// ---------------------------------------------------------------------------------------------------
// The public limits of one running process (the runtime's): settings from configuration, a limiter, and
// each request's source hashed once — a report is checked twice (before its body is read and after
// validation), and each HMAC was ~2% of the server's main thread during a flood.

export class PublicLimits {
  readonly limiter: RateLimiter;
  settings: PublicLimitSettings;
  readonly #sources = new WeakMap<FastifyRequest, string>();

  constructor(clock: { ms: () => number }, settings: PublicLimitSettings = DEFAULT_PUBLIC_LIMITS) {
    this.limiter = new RateLimiter(clock.ms);
    this.settings = settings;
  }

  /** Changes some limits of this process (tests use small ones; the benchmark large ones). */
  configure(settings: Partial<PublicLimitSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  /** The source of a request as an opaque, short-lived hash (honours FOCALPOINT_TRUST_PROXY via req.ip). */
  sourceOf(req: FastifyRequest): string {
    let source = this.#sources.get(req);
    if (source === undefined) {
      source = this.limiter.sourceOf(req.ip ?? 'unknown');
      this.#sources.set(req, source);
    }
    return source;
  }

  /** Call before accepting a report; throws the 429 when this source or everyone has sent too many. */
  guardReportSubmission(req: FastifyRequest, opts: { verified: boolean }): void {
    const { limiter, settings } = this;
    const source = this.sourceOf(req);
    limiter.consume(
      opts.verified
        ? [
            { key: `s:rv:${source}`, bucket: settings.reportPerSourceVerified },
            { key: 'g:r', bucket: settings.reportGlobal },
          ]
        : [
            { key: `s:ru:${source}`, bucket: settings.reportPerSourceUnverified },
            { key: 'g:ru', bucket: settings.reportGlobalUnverified },
            { key: 'g:r', bucket: settings.reportGlobal },
          ],
    );
  }

  /**
   * The cheap first check of a flood: before the body is even read, refuse a source whose report buckets
   * are both empty (no submission from it could be accepted now, verified or not). The full check still
   * runs after validation; this one only saves the parsing of bodies that would be refused anyway.
   */
  refuseExhaustedSource(req: FastifyRequest): void {
    const { limiter, settings } = this;
    const source = this.sourceOf(req);
    const wait = Math.min(
      limiter.wait(`s:rv:${source}`, settings.reportPerSourceVerified),
      limiter.wait(`s:ru:${source}`, settings.reportPerSourceUnverified),
    );
    if (wait > 0) throw rateLimited(wait);
  }

  /** Call before any follow-up request: throws the 429 when this source asked too often or guessed too much. */
  guardFollowup(req: FastifyRequest): void {
    const { limiter, settings } = this;
    const source = this.sourceOf(req);
    const failures = Math.max(
      limiter.wait(`s:rf:${source}`, settings.receiptFailuresPerSource),
      limiter.wait('g:rf', settings.receiptFailuresGlobal),
    );
    if (failures > 0) throw rateLimited(failures);
    limiter.consume([
      { key: `s:f:${source}`, bucket: settings.followupPerSource },
      { key: 'g:f', bucket: settings.followupGlobal },
    ]);
  }

  /** Call when a receipt opened nothing. */
  noteReceiptFailure(req: FastifyRequest): void {
    const { limiter, settings } = this;
    const source = this.sourceOf(req);
    limiter.take(`s:rf:${source}`, settings.receiptFailuresPerSource);
    limiter.take('g:rf', settings.receiptFailuresGlobal);
  }
}
