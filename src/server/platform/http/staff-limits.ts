import type { Clock } from '../jobs/clock.ts';
import { type Bucket, RateLimiter } from './rate-limit.ts';

/**
 * Limits on what one signed-in member of staff may ask, per user id, in memory (the runtime's). A
 * legitimate account is the insider's way in: search answers whether reports match, so its pace is
 * bounded per person (each search is also audited), and one person's pace never slows anyone else.
 */
export type StaffLimitSettings = {
  /** Searches by one user, refused ones included (FOCALPOINT_LIMIT_SEARCH_PER_USER). */
  searchPerUser: Bucket;
};

export const DEFAULT_STAFF_LIMITS: StaffLimitSettings = {
  searchPerUser: { capacity: 60, windowSeconds: 600 },
};

export class StaffLimits {
  readonly #limiter: RateLimiter;
  settings: StaffLimitSettings;

  constructor(clock: Pick<Clock, 'ms'>, settings: StaffLimitSettings = DEFAULT_STAFF_LIMITS) {
    this.#limiter = new RateLimiter(clock.ms);
    this.settings = settings;
  }

  /** Changes some limits of this process (tests use small ones). */
  configure(settings: Partial<StaffLimitSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  /** Counts one search by `userId`; throws the localised 429 (with Retry-After) past the limit. */
  search(userId: string): void {
    this.#limiter.consume([{ key: `u:search:${userId}`, bucket: this.settings.searchPerUser }]);
  }
}
