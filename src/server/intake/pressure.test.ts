import { describe, expect, it } from 'vitest';
import type { Db } from '../platform/db/db.ts';
import {
  BUSY_ARRIVALS_PER_SECOND,
  BUSY_SUBMISSIONS,
  CALM_AFTER_MS,
  intakeIsBusy,
  intakeUnderWay,
  untilIntakeCalm,
} from './pressure.ts';

// The pressure is kept per database object; these tests need no database behind it.
const aDatabase = () => ({}) as Db;

describe('intake pressure', () => {
  it('is calm until reports are written at once, and stays busy for a moment after', () => {
    const db = aDatabase();
    const t = 1_000_000;
    expect(intakeIsBusy(db, t)).toBe(false);
    const writing = Array.from({ length: BUSY_SUBMISSIONS - 1 }, () => intakeUnderWay(db, t));
    expect(intakeIsBusy(db, t)).toBe(false);
    writing.push(intakeUnderWay(db, t));
    expect(intakeIsBusy(db, t)).toBe(true);
    for (const done of writing) done();
    // A flood dips below the threshold many times a second: background work must not start at each dip.
    expect(intakeIsBusy(db, t + CALM_AFTER_MS - 1)).toBe(true);
    expect(intakeIsBusy(db, t + CALM_AFTER_MS)).toBe(false);
  });

  it('sees a flood of reports written one after the other (as on PGlite) by their rate', () => {
    const db = aDatabase();
    const t = 2_000_000;
    // Spread over two seconds: a busy afternoon, not a flood.
    for (let i = 0; i < BUSY_ARRIVALS_PER_SECOND - 1; i++) intakeUnderWay(db, t + i * 100)();
    expect(intakeIsBusy(db, t + 2_000)).toBe(false);
    // All within one second: a flood, although never more than one is written at a time.
    const later = t + 10_000;
    for (let i = 0; i < BUSY_ARRIVALS_PER_SECOND; i++) intakeUnderWay(db, later + i * 10)();
    expect(intakeIsBusy(db, later + 500)).toBe(true);
  });

  it('counts a report once, however often its end is signalled', () => {
    const db = aDatabase();
    const writing = Array.from({ length: BUSY_SUBMISSIONS }, () => intakeUnderWay(db, 0));
    writing[0]!();
    writing[0]!();
    // Three still being written: not a flood by their number (the moment of the flood is long past).
    expect(intakeIsBusy(db, 10_000)).toBe(false);
    intakeUnderWay(db, 10_000);
    expect(intakeIsBusy(db, 10_000)).toBe(true);
  });

  it('lets background work wait for calm, but never longer than it allows', async () => {
    const calm = aDatabase();
    let started = Date.now();
    await untilIntakeCalm(calm, 5_000);
    expect(Date.now() - started).toBeLessThan(1_000);

    const flooded = aDatabase();
    const writing = Array.from({ length: BUSY_SUBMISSIONS }, () => intakeUnderWay(flooded));
    started = Date.now();
    await untilIntakeCalm(flooded, 300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(intakeIsBusy(flooded)).toBe(true);

    started = Date.now();
    await untilIntakeCalm(flooded, 5_000, () => false); // the app is closing
    expect(Date.now() - started).toBeLessThan(1_000);
    for (const done of writing) done();
  });
});
