import type { Db } from '../platform/db/db.ts';

/**
 * Intake pressure: how the background work of this process (indexing, notification and dashboard sweeps)
 * knows that people are reporting in numbers right now, so that it can step aside for a while.
 *
 * A flood is when at least BUSY_SUBMISSIONS reports are being written at once, or BUSY_ARRIVALS_PER_SECOND
 * have started within a second (the rate is what shows a flood on PGlite, where statements run one at a
 * time and the count of reports being written stays low). It lasts until neither has been seen for
 * CALM_AFTER_MS: a flood momentarily dips below the thresholds many times a second (a pause for garbage
 * collection is enough), and background work that started at every dip would take the CPU back from the
 * people it was meant to leave it to. Measured at 32 clients on PostgreSQL: a dashboard rebuild of 0.8 s or
 * a notification claim of 0.3 s during a flood each made a half-second of answers slow enough to set the
 * 99th percentile.
 *
 * Per database and per process: two instances each see their own intake.
 */
export const BUSY_SUBMISSIONS = 4;
export const BUSY_ARRIVALS_PER_SECOND = 20;
export const CALM_AFTER_MS = 1_000;

type Pressure = { inFlight: number; busyAt: number; secondStart: number; arrivals: number };
const pressures = new WeakMap<Db, Pressure>();

const pressureOf = (db: Db): Pressure => {
  let p = pressures.get(db);
  if (!p) {
    p = { inFlight: 0, busyAt: Number.NEGATIVE_INFINITY, secondStart: 0, arrivals: 0 };
    pressures.set(db, p);
  }
  return p;
};

/** Intake calls this as it starts writing a report, and the function it returns when it is done. */
export function intakeUnderWay(db: Db, now = Date.now()): () => void {
  const p = pressureOf(db);
  p.inFlight++;
  if (now - p.secondStart >= 1_000) {
    p.secondStart = now;
    p.arrivals = 0;
  }
  p.arrivals++;
  if (p.inFlight >= BUSY_SUBMISSIONS || p.arrivals >= BUSY_ARRIVALS_PER_SECOND) p.busyAt = now;
  let ended = false;
  return () => {
    if (!ended) p.inFlight--;
    ended = true;
  };
}

/** True during a flood of reports, and for CALM_AFTER_MS after it. */
export function intakeIsBusy(db: Db, now = Date.now()): boolean {
  const p = pressureOf(db);
  return p.inFlight >= BUSY_SUBMISSIONS || now - p.busyAt < CALM_AFTER_MS;
}

/**
 * Waits until intake is calm, but never longer than `maxWaitMs`: background work steps aside for a flood,
 * yet still makes progress if the flood does not end. Stops waiting early once `keepWaiting` says no
 * (the app is closing).
 */
export async function untilIntakeCalm(
  db: Db,
  maxWaitMs: number,
  keepWaiting: () => boolean = () => true,
): Promise<void> {
  const until = Date.now() + maxWaitMs;
  while (intakeIsBusy(db) && keepWaiting() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
