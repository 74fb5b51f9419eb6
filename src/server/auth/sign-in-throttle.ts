import { createHmac, createSecretKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { AppError } from '../platform/http/errors.ts';
import { networkOf } from '../platform/http/rate-limit.ts';
import type { Clock } from '../platform/jobs/clock.ts';
import { ARGON2_OPTIONS } from '../users/create-user.ts';

/**
 * What one process remembers of failed sign-ins, in memory only (the runtime owns it; nothing reaches the
 * database, and a restart forgets it). Three counts, so that someone who knows an address cannot lock its
 * owner out:
 *
 *   per address and source   five failures in 15 minutes pause that source for that address, 15 minutes.
 *                            Failures from other places never pause the person at their own computer.
 *   per source               thirty failures in 15 minutes, whatever the addresses, pause the source for
 *                            every address (one machine spraying many addresses).
 *   per address              every failure in the last 15 minutes, from anywhere, holds back each answer
 *                            for that address by 200 ms more, up to 2 s: a distributed guess is slowed,
 *                            never turned into a lock-out.
 *
 * A source is a keyed hash of its network (IPv4 address, IPv6 /64) under a random key replaced every hour;
 * an address is a keyed hash under a key of this process. Neither is an address, and neither can be tied
 * back to one once the process or the hour has passed. Replacing the source key forgets the per-source
 * counts (a pause may end early, once an hour).
 *
 * An attempt is counted when it starts, not when it fails, so that many attempts sent at once from one
 * source cannot all slip past the count; a success takes its own count back.
 */
export type SignInThrottleSettings = {
  failuresPerAddressAndSource: number;
  failuresPerSource: number;
  windowMs: number;
  pauseMs: number;
  slowdownStepMs: number;
  slowdownCapMs: number;
};

export const SIGN_IN_THROTTLE: SignInThrottleSettings = {
  failuresPerAddressAndSource: 5,
  failuresPerSource: 30,
  windowMs: 15 * 60_000,
  pauseMs: 15 * 60_000,
  slowdownStepMs: 200,
  slowdownCapMs: 2_000,
};

const ROTATE_MS = 3_600_000;
// Beyond this many remembered addresses, sources or pairs, the quiet ones are forgotten first.
const MAX_KEYS = 50_000;

/** Times of recent failures, newest last, never more than `max` of them. */
class FailureTimes {
  readonly times: number[] = [];
  /** Set when the count reached its limit: attempts are refused until then. */
  pausedUntil = 0;
  readonly max: number;
  constructor(max: number) {
    this.max = max;
  }

  recent(now: number, windowMs: number): number {
    while (this.times.length && this.times[0]! <= now - windowMs) this.times.shift();
    return this.times.length;
  }

  add(at: number): void {
    this.times.push(at);
    if (this.times.length > this.max) this.times.shift();
  }

  /** Takes back one failure counted at `at` (the attempt succeeded). */
  remove(at: number): void {
    const i = this.times.lastIndexOf(at);
    if (i >= 0) this.times.splice(i, 1);
  }
}

/** One sign-in attempt under way: refused now, or allowed after `delayMs`. */
export type SignInAttempt =
  | { refusedForMs: number }
  | {
      refusedForMs: 0;
      delayMs: number;
      /** The password and code were right: this attempt no longer counts as a failure. */
      succeeded: () => void;
    };

export class SignInThrottle {
  readonly #clock: Clock;
  readonly #settings: SignInThrottleSettings;
  readonly #accountKey: KeyObject = createSecretKey(randomBytes(32));
  #sourceKey: KeyObject = createSecretKey(randomBytes(32));
  #sourceKeyAt: number;
  readonly #accounts = new Map<string, FailureTimes>();
  readonly #sources = new Map<string, FailureTimes>();
  readonly #pairs = new Map<string, FailureTimes>();
  #dummyHash: Promise<string> | undefined;
  #held = 0;

  constructor(clock: Clock, settings: SignInThrottleSettings = SIGN_IN_THROTTLE) {
    this.#clock = clock;
    this.#settings = settings;
    this.#sourceKeyAt = clock.ms();
  }

  /** The short-lived keyed hash that stands for a request's source (the per-source request limit uses it). */
  sourceOf(address: string): string {
    const now = this.#clock.ms();
    if (now - this.#sourceKeyAt >= ROTATE_MS) {
      this.#sourceKey = createSecretKey(randomBytes(32));
      this.#sourceKeyAt = now;
      this.#sources.clear();
      this.#pairs.clear();
    }
    return createHmac('sha256', this.#sourceKey).update(networkOf(address)).digest('base64url').slice(0, 22);
  }

  #account(email: string): string {
    return createHmac('sha256', this.#accountKey)
      .update(email.trim().toLowerCase())
      .digest('base64url')
      .slice(0, 22);
  }

  /**
   * Starts an attempt for the address typed (known or not: both are treated alike) from a source address.
   * Counts it as a failure until `succeeded()` says otherwise.
   */
  begin(email: string, sourceAddress: string): SignInAttempt {
    const s = this.#settings;
    const now = this.#clock.ms();
    const source = this.sourceOf(sourceAddress);
    const account = this.#account(email);
    const pairKey = `${account}|${source}`;
    const pair = this.#pairs.get(pairKey);
    if (pair && pair.pausedUntil > now) return { refusedForMs: pair.pausedUntil - now };
    const bySource = this.#sources.get(source);
    if (bySource && bySource.recent(now, s.windowMs) >= s.failuresPerSource) {
      return { refusedForMs: Math.max(1, bySource.times[0]! + s.windowMs - now) };
    }
    const byAccount = this.#times(this.#accounts, account, Math.ceil(s.slowdownCapMs / s.slowdownStepMs));
    const delayMs = Math.min(s.slowdownCapMs, s.slowdownStepMs * byAccount.recent(now, s.windowMs));
    byAccount.add(now);
    this.#times(this.#sources, source, s.failuresPerSource).add(now);
    const byPair = this.#times(this.#pairs, pairKey, s.failuresPerAddressAndSource);
    byPair.add(now);
    if (byPair.recent(now, s.windowMs) >= s.failuresPerAddressAndSource) byPair.pausedUntil = now + s.pauseMs;
    return {
      refusedForMs: 0,
      delayMs,
      succeeded: () => {
        this.#pairs.delete(pairKey);
        this.#accounts.get(account)?.remove(now);
        this.#sources.get(source)?.remove(now);
      },
    };
  }

  /** Holds an answer back for `ms` on the app's clock. */
  async hold(ms: number): Promise<void> {
    if (ms <= 0) return;
    this.#held++;
    try {
      await new Promise<void>((resolve) => this.#clock.setTimeout(resolve, ms));
    } finally {
      this.#held--;
    }
  }

  /** Answers being held back right now (tests move the clock on when there are some). */
  get held(): number {
    return this.#held;
  }

  /** Failed sign-ins for this address in the window, from every source (the admins' user list shows it). */
  recentFailures(email: string): number {
    return this.#accounts.get(this.#account(email))?.recent(this.#clock.ms(), this.#settings.windowMs) ?? 0;
  }

  /** Forgets every failure for this address, from every source (an admin reset its credentials). */
  forget(email: string): void {
    const account = this.#account(email);
    this.#accounts.delete(account);
    for (const key of this.#pairs.keys()) if (key.startsWith(`${account}|`)) this.#pairs.delete(key);
  }

  /**
   * A hash of a random password, verified when no account has the address, so that an unknown address
   * costs the same Argon2id work as a known one. Made once per process, on first need.
   */
  dummyHash(): Promise<string> {
    this.#dummyHash ??= hash(randomUUID(), ARGON2_OPTIONS);
    return this.#dummyHash;
  }

  #times(map: Map<string, FailureTimes>, key: string, max: number): FailureTimes {
    let times = map.get(key);
    if (!times) {
      if (map.size >= MAX_KEYS) this.#prune(map);
      times = new FailureTimes(max);
      map.set(key, times);
    }
    return times;
  }

  #prune(map: Map<string, FailureTimes>): void {
    const now = this.#clock.ms();
    for (const [key, times] of map)
      if (times.pausedUntil <= now && times.recent(now, this.#settings.windowMs) === 0) map.delete(key);
    // Still full of recent entries (a flood of addresses or sources): forget the oldest quarter. A
    // forgotten entry starts afresh, which errs towards letting people in; the other counts still hold.
    let drop = map.size >= MAX_KEYS ? MAX_KEYS / 4 : 0;
    for (const key of map.keys()) {
      if (drop-- <= 0) break;
      map.delete(key);
    }
  }
}

/** 429 while failures from this source pause attempts (sign-in, or checks of one's own password). */
export function pausedError(ms: number): AppError {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return new AppError(429, 'error.signInLocked', {
    params: { minutes: Math.ceil(seconds / 60) },
    headers: { 'retry-after': String(seconds) },
  });
}
