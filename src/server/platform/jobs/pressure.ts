import type { Clock } from './clock.ts';

/**
 * Intake pressure: how the background work of this process (indexing, notification and dashboard sweeps)
 * knows that people are reporting in numbers right now, so that it can step aside for a while.
 *
 * A flood is when at least `busySubmissions` reports are being written at once, or `busyArrivalsPerSecond`
 * have started within a second (the rate is what shows a flood on PGlite, where statements run one at a
 * time and the count of reports being written stays low). It lasts until neither has been seen for
 * `calmAfterMs`: a flood momentarily dips below the thresholds many times a second (a pause for garbage
 * collection is enough), and background work that started at every dip would take the CPU back from the
 * people it was meant to leave it to. Measured at 32 clients on PostgreSQL: a dashboard rebuild of 0.8 s or
 * a notification claim of 0.3 s during a flood each made a half-second of answers slow enough to set the
 * 99th percentile.
 *
 * One per process (the runtime's): two instances each see their own intake.
 */
export type PressureSettings = {
  busySubmissions: number;
  busyArrivalsPerSecond: number;
  calmAfterMs: number;
};

export const DEFAULT_PRESSURE: PressureSettings = {
  busySubmissions: 4,
  busyArrivalsPerSecond: 20,
  calmAfterMs: 1_000,
};

export class IntakePressure {
  readonly settings: PressureSettings;
  readonly #clock: Pick<Clock, 'ms'>;
  #inFlight = 0;
  #busyAt = Number.NEGATIVE_INFINITY;
  #secondStart = Number.NEGATIVE_INFINITY;
  #arrivals = 0;

  constructor(clock: Pick<Clock, 'ms'>, settings: PressureSettings = DEFAULT_PRESSURE) {
    this.#clock = clock;
    this.settings = settings;
  }

  /** Intake calls this as it starts writing a report, and the function it returns when it is done. */
  underWay(): () => void {
    const now = this.#clock.ms();
    this.#inFlight++;
    if (now - this.#secondStart >= 1_000) {
      this.#secondStart = now;
      this.#arrivals = 0;
    }
    this.#arrivals++;
    if (
      this.#inFlight >= this.settings.busySubmissions ||
      this.#arrivals >= this.settings.busyArrivalsPerSecond
    )
      this.#busyAt = now;
    let ended = false;
    return () => {
      if (!ended) this.#inFlight--;
      ended = true;
    };
  }

  /** True during a flood of reports, and for `calmAfterMs` after it. */
  isBusy(): boolean {
    return (
      this.#inFlight >= this.settings.busySubmissions ||
      this.#clock.ms() - this.#busyAt < this.settings.calmAfterMs
    );
  }
}
