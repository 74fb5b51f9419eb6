/**
 * Time, injected. Everything that waits or measures time in the server — the scheduler, intake pressure,
 * rate limits — takes a Clock, so tests move time forward by hand instead of sleeping and asserting
 * wall-clock bounds.
 */
export type TimerHandle = { readonly id: number } | NodeJS.Timeout;

export type Clock = {
  /** Now, as a Date (what rows record). */
  now: () => Date;
  /** Now, in milliseconds (what intervals compare). */
  ms: () => number;
  /** Calls `fn` once `delayMs` has passed on this clock. */
  setTimeout: (fn: () => void, delayMs: number) => TimerHandle;
  clearTimeout: (handle: TimerHandle | undefined) => void;
};

/** The machine's clock and Node's timers. Timers never keep the process alive on their own. */
export function systemClock(): Clock {
  return {
    now: () => new Date(),
    ms: () => Date.now(),
    setTimeout: (fn, delayMs) => {
      const t = setTimeout(fn, Math.max(0, delayMs));
      t.unref();
      return t;
    },
    clearTimeout: (handle) => {
      if (handle) clearTimeout(handle as NodeJS.Timeout);
    },
  };
}

type ManualTimer = { id: number; at: number; fn: () => void };

/**
 * A clock that moves only when told: `advance(ms)` runs, in order, every timer that falls due, letting the
 * promises each one starts settle before the next (so a job that awaits the database finishes its turn).
 */
export class ManualClock implements Clock {
  #now: number;
  #timers: ManualTimer[] = [];
  #nextId = 1;

  constructor(start: Date | number = Date.UTC(2026, 0, 15, 12)) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now = (): Date => new Date(this.#now);
  ms = (): number => this.#now;

  setTimeout = (fn: () => void, delayMs: number): TimerHandle => {
    const timer = { id: this.#nextId++, at: this.#now + Math.max(0, delayMs), fn };
    this.#timers.push(timer);
    return { id: timer.id };
  };

  clearTimeout = (handle: TimerHandle | undefined): void => {
    if (!handle || !('id' in handle)) return;
    this.#timers = this.#timers.filter((t) => t.id !== handle.id);
  };

  /**
   * Puts the clock at `at`, forwards or back, without firing timers: for tests about dates (a time-out, a
   * statistics year) rather than about background work, which `advance` drives.
   */
  set(at: Date | number): void {
    this.#now = typeof at === 'number' ? at : at.getTime();
  }

  /** Timers waiting to fire (tests check that nothing was left behind). */
  get pending(): number {
    return this.#timers.length;
  }

  /**
   * Moves time forward by `ms`, firing due timers in time order. `settle` is awaited after each timer so
   * that work it started (database round trips included) runs before time moves on.
   */
  async advance(ms: number, settle: () => Promise<unknown> = idle): Promise<void> {
    const until = this.#now + ms;
    for (;;) {
      await settle();
      const due = this.#timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.#now = Math.max(this.#now, due.at);
      due.fn();
    }
    // A timer's work may itself have moved the clock on (a job that takes time): never move it back.
    this.#now = Math.max(this.#now, until);
    await settle();
  }
}

/** Lets every promise already started run until it waits on real I/O or a timer. */
const idle = () => new Promise<void>((resolve) => setImmediate(resolve));
