/**
 * Single-use tokens of this process (proof-of-work challenges): each is accepted once until it expires.
 * Expired entries are forgotten when the cache grows, so memory stays bounded by what is still valid.
 */
export class ReplayCache {
  readonly #seen = new Map<string, number>();
  readonly #pruneAbove: number;

  constructor(pruneAbove = 50_000) {
    this.#pruneAbove = pruneAbove;
  }

  /** True the first time `id` is offered before `expiresAtMs`; false on every replay. */
  accept(id: string, expiresAtMs: number, nowMs: number): boolean {
    if (this.#seen.has(id)) return false;
    if (this.#seen.size > this.#pruneAbove) {
      for (const [seen, expiry] of this.#seen) if (expiry < nowMs) this.#seen.delete(seen);
    }
    this.#seen.set(id, expiresAtMs);
    return true;
  }
}
