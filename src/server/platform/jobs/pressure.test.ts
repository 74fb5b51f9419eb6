import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.ts';
import { DEFAULT_PRESSURE, IntakePressure } from './pressure.ts';

const { busySubmissions, busyArrivalsPerSecond, calmAfterMs } = DEFAULT_PRESSURE;

describe('intake pressure', () => {
  it('is a flood while enough reports are written at once, and for a second after', () => {
    const clock = new ManualClock(0);
    const pressure = new IntakePressure(clock);
    expect(pressure.isBusy()).toBe(false);
    const writing = Array.from({ length: busySubmissions - 1 }, () => pressure.underWay());
    expect(pressure.isBusy()).toBe(false);
    writing.push(pressure.underWay());
    expect(pressure.isBusy()).toBe(true);
    for (const done of writing) done();
    clock.set(calmAfterMs - 1);
    expect(pressure.isBusy()).toBe(true);
    clock.set(calmAfterMs);
    expect(pressure.isBusy()).toBe(false);
  });

  it('is a flood when many reports start within a second, even one at a time (PGlite)', () => {
    const clock = new ManualClock(0);
    const pressure = new IntakePressure(clock);
    for (let i = 0; i < busyArrivalsPerSecond - 1; i++) {
      clock.set(i * 50);
      pressure.underWay()();
    }
    clock.set(5_000);
    expect(pressure.isBusy()).toBe(false);
    for (let i = 0; i < busyArrivalsPerSecond; i++) {
      clock.set(10_000 + i * 10);
      pressure.underWay()();
    }
    expect(pressure.isBusy()).toBe(true);
    clock.set(10_000 + busyArrivalsPerSecond * 10 + calmAfterMs);
    expect(pressure.isBusy()).toBe(false);
  });

  it('counts a finished report once, however often it says so', () => {
    const clock = new ManualClock(0);
    const pressure = new IntakePressure(clock);
    const writing = Array.from({ length: busySubmissions }, () => pressure.underWay());
    writing[0]!();
    writing[0]!();
    clock.set(60_000);
    expect(pressure.isBusy()).toBe(false);
    pressure.underWay(); // three still written plus this one
    expect(pressure.isBusy()).toBe(true);
  });
});
