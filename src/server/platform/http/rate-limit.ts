import { createHmac, createSecretKey, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../jobs/clock.ts';
import { AppError } from './errors.ts';

/**
 * Limits of the public endpoints (report intake and follow-up), in memory, designed so that no stranger can
 * drain a budget that real people share (ARCHITECTURE.md, "Public limits under a flood"):
 *
 * - **Per source only refuses.** A source that sends too much gets a 429 ("try again in N minutes"); nothing
 *   a flood does from other sources refuses anyone. A source is a keyed hash of its address under a random
 *   key that lives only in this process and is replaced every hour (no IP address is kept, not even here);
 *   IPv6 addresses count by their /64; behind Tor's onion service, each circuit is its own source (the PROXY
 *   protocol, platform/http/proxy-protocol.ts).
 * - **Reports under a flood are held, not refused.** Past a rate (reports a minute, all sources, this
 *   instance), new reports are still accepted and answered with a receipt, but held apart for review
 *   instead of entering the triage queue and the notifications; staff release or discard them in bulk. The
 *   held queue is bounded (`maxHeldReports`): past it, reports without proof of work get the 429 — at the
 *   default limits, ~1,000 sources at their own limit need many hours to fill it. The proof-of-work
 *   difficulty rises with the rate of verified reports.
 * - **Receipt guessing is slowed per source, never refused for everyone.** A receipt has at least 80 bits
 *   of entropy: guessing is hopeless at any rate a server answers, so there is no global bucket of wrong
 *   receipts for a crowd to drain. After `receiptGuessesFree` wrong receipts a source waits before each
 *   answer (doubling, up to a cap), with a bound on how many of its requests may wait at once. A genuine
 *   receipt is limited per receipt, never by what others do.
 */

export type Bucket = { capacity: number; windowSeconds: number };

export type PublicLimitSettings = {
  /** Reports from one source, proof of work solved. */
  reportPerSourceVerified: Bucket;
  /** Reports from one source without proof of work (no JavaScript): tighter. */
  reportPerSourceUnverified: Bucket;
  /** Past this many reports without proof of work a minute (all sources, this instance), new ones are held. */
  holdUnverifiedAbovePerMinute: number;
  /** Past this many reports with proof of work a minute, new ones are held and the difficulty rises. */
  holdVerifiedAbovePerMinute: number;
  /** The held queue's bound: past it, reports without proof of work are refused (429). */
  maxHeldReports: number;
  /** Any follow-up request from one source. */
  followupPerSource: Bucket;
  /** Follow-up requests with one genuine receipt. */
  followupPerReceipt: Bucket;
  /** Wrong receipts a source may send before its answers are slowed. */
  receiptGuessesFree: number;
  /** The longest wait imposed on a guessing source, in seconds. */
  receiptGuessDelayMaxSeconds: number;
  /** Requests of one slowed source that may wait at once; more are refused (that source only). */
  receiptGuessWaitingPerSource: number;
  /** Proof-of-work difficulty in leading zero bits; 0 turns the challenge into a formality (tests). */
  powDifficulty: number;
  /** The most the difficulty rises to under a flood of verified reports. */
  powDifficultyMax: number;
};

export const DEFAULT_PUBLIC_LIMITS: PublicLimitSettings = {
  reportPerSourceVerified: { capacity: 30, windowSeconds: 3600 },
  reportPerSourceUnverified: { capacity: 10, windowSeconds: 3600 },
  holdUnverifiedAbovePerMinute: 20,
  holdVerifiedAbovePerMinute: 60,
  maxHeldReports: 100_000,
  followupPerSource: { capacity: 120, windowSeconds: 600 },
  followupPerReceipt: { capacity: 120, windowSeconds: 600 },
  receiptGuessesFree: 10,
  receiptGuessDelayMaxSeconds: 60,
  receiptGuessWaitingPerSource: 4,
  powDifficulty: 18,
  powDifficultyMax: 24,
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
  sourceOf(address: string, opts: { exact?: boolean } = {}): string {
    const now = this.#clock();
    if (now - this.#sourceKeyAt >= ROTATE_MS) {
      // A new key makes every source a stranger: counts by source restart, which bounds nothing worse
      // than one window, and the old hashes can no longer be tied to an address.
      this.#sourceKey = createSecretKey(randomBytes(32));
      this.#sourceKeyAt = now;
      for (const key of this.#buckets.keys()) if (key.startsWith('s:')) this.#buckets.delete(key);
    }
    return createHmac('sha256', this.#sourceKey)
      .update(opts.exact ? address : networkOf(address))
      .digest('base64url')
      .slice(0, 22);
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

/** Events per minute over the last minute, in one-second slots (memory: 60 numbers). */
export class MinuteRate {
  readonly #slots = new Array<number>(60).fill(0);
  #slotAt = 0;
  readonly #clock: Pick<Clock, 'ms'>;
  constructor(clock: Pick<Clock, 'ms'>) {
    this.#clock = clock;
  }
  #advance(): number {
    const second = Math.floor(this.#clock.ms() / 1000);
    const gap = second - this.#slotAt;
    if (gap > 0) {
      for (let i = 1; i <= Math.min(gap, 60); i++) this.#slots[(this.#slotAt + i) % 60] = 0;
      this.#slotAt = second;
    }
    return second % 60;
  }
  note(): void {
    this.#slots[this.#advance()]!++;
  }
  perMinute(): number {
    this.#advance();
    return this.#slots.reduce((a, b) => a + b, 0);
  }
}

/** What the limits decided for a report that may be accepted. */
export type ReportAdmission = { held: boolean };

type Guesses = { failures: number; at: number; waiting: number };

/**
 * The public limits of one running process (the runtime's): settings from configuration, a limiter, the
 * rates of reports, each guessing source's record, and each request's source hashed once — a report is
 * checked twice (before its body is read and after validation), and each HMAC was ~2% of the server's main
 * thread during a flood.
 */
export class PublicLimits {
  readonly limiter: RateLimiter;
  settings: PublicLimitSettings;
  readonly #clock: Clock;
  readonly #sources = new WeakMap<FastifyRequest, string>();
  readonly #unverified: MinuteRate;
  readonly #verified: MinuteRate;
  readonly #guesses = new Map<string, Guesses>();
  readonly #receiptKey = createSecretKey(randomBytes(32));

  /**
   * `exactSources`: behind an onion service, sources are Tor circuits written as addresses in one /64
   * (fc00:dead:beef:4dad::/64): each whole address is a source, never grouped by its network.
   */
  readonly #exactSources: boolean;

  constructor(
    clock: Clock,
    settings: PublicLimitSettings = DEFAULT_PUBLIC_LIMITS,
    opts: { exactSources?: boolean } = {},
  ) {
    this.#clock = clock;
    this.#exactSources = opts.exactSources ?? false;
    this.limiter = new RateLimiter(clock.ms);
    this.settings = settings;
    this.#unverified = new MinuteRate(clock);
    this.#verified = new MinuteRate(clock);
  }

  /** Changes some limits of this process (tests use small ones; the benchmark large ones). */
  configure(settings: Partial<PublicLimitSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  /** The source of a request as an opaque, short-lived hash (honours FOCALPOINT_TRUST_PROXY via req.ip). */
  sourceOf(req: FastifyRequest): string {
    let source = this.#sources.get(req);
    if (source === undefined) {
      source = this.limiter.sourceOf(req.ip ?? 'unknown', { exact: this.#exactSources });
      this.#sources.set(req, source);
    }
    return source;
  }

  /**
   * Call before accepting a report: throws the 429 when this source has sent too many; otherwise says
   * whether the report is held for review (a flood is on). `heldReports` counts the held queue (asked only
   * during a flood).
   */
  async admitReport(
    req: FastifyRequest,
    opts: { verified: boolean; heldReports: () => Promise<number> },
  ): Promise<ReportAdmission> {
    const { limiter, settings } = this;
    const source = this.sourceOf(req);
    limiter.consume([
      opts.verified
        ? { key: `s:rv:${source}`, bucket: settings.reportPerSourceVerified }
        : { key: `s:ru:${source}`, bucket: settings.reportPerSourceUnverified },
    ]);
    const rate = opts.verified ? this.#verified : this.#unverified;
    rate.note();
    const above = opts.verified ? settings.holdVerifiedAbovePerMinute : settings.holdUnverifiedAbovePerMinute;
    if (rate.perMinute() <= above) return { held: false };
    if (!opts.verified && (await this.#heldCount(opts.heldReports)) >= settings.maxHeldReports) {
      // The held queue is full: only proof of work gets in now. A minute, then the rate tells again.
      throw rateLimited(60);
    }
    return { held: true };
  }

  #held: { n: number; at: number } | undefined;
  /** The held queue's size, counted at most every ten seconds (only during a flood). */
  async #heldCount(count: () => Promise<number>): Promise<number> {
    const now = this.#clock.ms();
    if (!this.#held || now - this.#held.at > 10_000) this.#held = { n: await count(), at: now };
    else this.#held.n++;
    return this.#held.n;
  }

  /** The proof-of-work difficulty now: one more bit for each doubling of verified reports past the rate. */
  powDifficulty(): number {
    const { settings } = this;
    const over = this.#verified.perMinute() / Math.max(1, settings.holdVerifiedAbovePerMinute);
    const extra = over > 1 ? Math.ceil(Math.log2(over)) : 0;
    return Math.min(settings.powDifficultyMax, settings.powDifficulty + extra);
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

  /**
   * Call before any follow-up request. Refuses (429) a source that asked too often, or that already has
   * as many slowed requests waiting as it may; makes a source that guessed wrong receipts wait before its
   * answer; refuses a receipt used more than its own limit.
   */
  async beforeFollowup(req: FastifyRequest, receipt: string | null | undefined): Promise<void> {
    const { limiter, settings } = this;
    const source = this.sourceOf(req);
    limiter.consume([{ key: `s:f:${source}`, bucket: settings.followupPerSource }]);
    const guesses = this.#guessesOf(source);
    const over = (guesses?.failures ?? 0) - settings.receiptGuessesFree;
    if (guesses && over >= 0) {
      if (guesses.waiting >= settings.receiptGuessWaitingPerSource)
        throw rateLimited(settings.receiptGuessDelayMaxSeconds);
      const delayMs = Math.min(settings.receiptGuessDelayMaxSeconds * 1000, 1000 * 2 ** Math.min(over, 20));
      guesses.waiting++;
      try {
        await new Promise<void>((resolve) => this.#clock.setTimeout(resolve, delayMs));
      } finally {
        guesses.waiting--;
      }
    }
    if (receipt) {
      // Checked here, charged once the receipt opened something (noteReceiptUse): a guess costs no genuine
      // holder anything, even when a crowd guesses the same string.
      const wait = limiter.wait(this.#receiptBucket(receipt), settings.followupPerReceipt);
      if (wait > 0) throw rateLimited(wait);
    }
  }

  /** Call when a receipt opened a report: its own use counts against its own limit. */
  noteReceiptUse(receipt: string): void {
    this.limiter.take(this.#receiptBucket(receipt), this.settings.followupPerReceipt);
  }

  #receiptBucket(receipt: string): string {
    const key = createHmac('sha256', this.#receiptKey)
      .update(receipt.trim().toUpperCase())
      .digest('base64url');
    return `r:${key.slice(0, 22)}`;
  }

  /** Call when a receipt opened nothing: the source's guesses count, and are forgotten after an hour. */
  noteReceiptFailure(req: FastifyRequest): void {
    const source = this.sourceOf(req);
    const now = this.#clock.ms();
    const guesses = this.#guessesOf(source) ?? { failures: 0, at: now, waiting: 0 };
    guesses.failures++;
    guesses.at = now;
    if (!this.#guesses.has(source)) {
      // Bounded like the buckets: under a flood of sources, forget the oldest record first.
      if (this.#guesses.size >= MAX_KEYS) this.#guesses.delete(this.#guesses.keys().next().value!);
      this.#guesses.set(source, guesses);
    }
  }

  #guessesOf(source: string): Guesses | undefined {
    const g = this.#guesses.get(source);
    if (g && this.#clock.ms() - g.at > GUESS_MEMORY_MS && g.waiting === 0) {
      this.#guesses.delete(source);
      return undefined;
    }
    return g;
  }
}

/** How long a source's wrong receipts are remembered after its last one. */
const GUESS_MEMORY_MS = 3600_000;
