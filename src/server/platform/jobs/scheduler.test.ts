import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.ts';
import { DEFAULT_PRESSURE, IntakePressure } from './pressure.ts';
import { type Job, type JobContext, Scheduler } from './scheduler.ts';

/** A scheduler on a clock that moves only when the test moves it, and a log of every run. */
function setUp() {
  const clock = new ManualClock(0);
  const pressure = new IntakePressure(clock);
  const scheduler = new Scheduler({ clock, pressure, log: pino({ level: 'silent' }) });
  const runs: { job: string; at: number; busy: boolean }[] = [];
  const job = (name: string, opts: Partial<Job> & { work?: (ctx: JobContext) => unknown } = {}): Job => ({
    name,
    everyMs: 1_000,
    ...opts,
    run: async (ctx) => {
      runs.push({ job: name, at: clock.ms(), busy: ctx.busy });
      return (await opts.work?.(ctx)) as undefined;
    },
  });
  /** A flood of reports, held open until `end()`. */
  const flood = () => {
    const writing = Array.from({ length: DEFAULT_PRESSURE.busySubmissions }, () => pressure.underWay());
    return {
      end: () => {
        for (const done of writing) done();
      },
    };
  };
  return { clock, scheduler, runs, job, flood };
}

describe('the scheduler of background jobs', () => {
  it('runs each job at its period once started, never before', async () => {
    const { clock, scheduler, runs, job } = setUp();
    scheduler.add(job('sweep', { everyMs: 10_000 }));
    await clock.advance(30_000);
    expect(runs).toEqual([]);
    scheduler.start();
    await clock.advance(9_999);
    expect(runs).toHaveLength(0);
    await clock.advance(1);
    await clock.advance(20_000);
    expect(runs.map((r) => r.at)).toEqual([40_000, 50_000, 60_000]);
    await scheduler.stop();
    await clock.advance(60_000);
    expect(runs).toHaveLength(3);
    expect(clock.pending).toBe(0);
  });

  it('runs a nudged job after its short delay, once for many nudges', async () => {
    const { clock, scheduler, runs, job } = setUp();
    scheduler.add(job('indexing', { everyMs: 2_000, nudgeDelayMs: 100 }));
    scheduler.start();
    await clock.advance(50);
    scheduler.nudge('indexing');
    scheduler.nudge('indexing');
    await clock.advance(99);
    expect(runs).toHaveLength(0);
    await clock.advance(1);
    expect(runs.map((r) => r.at)).toEqual([150]);
    // Then its period again, counted from that run.
    await clock.advance(2_000);
    expect(runs.map((r) => r.at)).toEqual([150, 2_150]);
  });

  it('drains a backlog in back-to-back runs, then rests', async () => {
    const { clock, scheduler, runs, job } = setUp();
    let backlog = 3;
    scheduler.add(job('indexing', { everyMs: 2_000, work: () => ({ more: --backlog > 0 }) }));
    scheduler.start();
    await clock.advance(2_000);
    expect(runs.map((r) => r.at)).toEqual([2_000, 2_000, 2_000]);
    await clock.advance(1_999);
    expect(runs).toHaveLength(3);
  });

  it('steps aside for a flood of reports, but not beyond its bound, then does a small share', async () => {
    const { clock, scheduler, runs, job, flood } = setUp();
    scheduler.add(job('indexing', { everyMs: 2_000, yieldToIntakeMs: 2_000 }));
    scheduler.add(job('dashboards', { everyMs: 2_000 }));
    scheduler.start();
    const people = flood();
    await clock.advance(3_999);
    // The job that yields waited; the other ran at its time.
    expect(runs.filter((r) => r.job === 'indexing')).toEqual([]);
    expect(runs.filter((r) => r.job === 'dashboards').map((r) => r.at)).toEqual([2_000]);
    await clock.advance(100);
    const indexing = runs.filter((r) => r.job === 'indexing');
    expect(indexing).toHaveLength(1);
    expect(indexing[0]!.at).toBeGreaterThanOrEqual(4_000);
    expect(indexing[0]!.busy).toBe(true);
    const status = scheduler.status().find((s) => s.name === 'indexing')!;
    expect(status.lastLagMs).toBeGreaterThanOrEqual(2_000);
    people.end();
    await clock.advance(DEFAULT_PRESSURE.calmAfterMs + 2_000);
    expect(runs.filter((r) => r.job === 'indexing').at(-1)!.busy).toBe(false);
  });

  it('spaces out a job whose runs get long, within its bound', async () => {
    const { clock, scheduler, runs, job } = setUp();
    scheduler.add(
      job('rollup', {
        everyMs: 1_000,
        maxDuty: 0.1,
        maxEveryMs: 30_000,
        // Each run takes 2 s of the clock: the next waits 20 s (2 s is 10% of 20 s).
        work: () => clock.advance(2_000),
      }),
    );
    scheduler.start();
    await clock.advance(1_000); // runs from 1 s to 3 s
    await clock.advance(19_999);
    expect(runs).toHaveLength(1);
    await clock.advance(1);
    expect(runs).toHaveLength(2);
  });

  it('records a failure as a code and goes on at its period', async () => {
    const { clock, scheduler, runs, job } = setUp();
    let fail = true;
    scheduler.add(
      job('notifications', {
        everyMs: 1_000,
        work: () => {
          if (fail) throw Object.assign(new Error('refused: a quoted value'), { code: '23514' });
        },
      }),
    );
    scheduler.start();
    await clock.advance(1_000);
    let status = scheduler.status()[0]!;
    expect(status.failures).toBe(1);
    expect(status.lastError).toEqual({ code: '23514', at: new Date(1_000).toISOString() });
    expect(JSON.stringify(status)).not.toContain('quoted');
    fail = false;
    await clock.advance(1_000);
    status = scheduler.status()[0]!;
    expect(runs).toHaveLength(2);
    expect(status.runs).toBe(2);
    expect(status.nextRunAt).toBe(new Date(3_000).toISOString());
  });

  it('lets a run under way finish when stopping, and starts no other', async () => {
    const { clock, scheduler, runs, job } = setUp();
    let release!: () => void;
    let sawStopping = false;
    scheduler.add(
      job('indexing', {
        everyMs: 1_000,
        work: async (ctx) => {
          await new Promise<void>((resolve) => {
            release = resolve;
          });
          sawStopping = ctx.stopping();
          return { more: true };
        },
      }),
    );
    scheduler.start();
    await clock.advance(1_000);
    expect(runs).toHaveLength(1);
    const stopped = scheduler.stop();
    release();
    await stopped;
    expect(sawStopping).toBe(true);
    await clock.advance(10_000);
    expect(runs).toHaveLength(1);
    // Started again (the same process serving again), it goes on.
    scheduler.start();
    await clock.advance(1_000);
    expect(runs).toHaveLength(2);
    release();
  });

  it('runs a job until idle on request, after the run under way, without starting the timers', async () => {
    const { scheduler, runs, job } = setUp();
    let backlog = 250;
    scheduler.add(
      job('indexing', {
        everyMs: 2_000,
        work: () => {
          const n = Math.min(100, backlog);
          backlog -= n;
          return { more: n === 100 };
        },
      }),
    );
    await scheduler.runUntilIdle('indexing');
    expect(backlog).toBe(0);
    expect(runs).toHaveLength(3);
  });
  it('skips a job that runs once across instances while another instance holds it, and counts that', async () => {
    const clock = new ManualClock(0);
    const pressure = new IntakePressure(clock);
    // The lock as another instance's run makes it look: taken until the test lets go.
    let elsewhere = true;
    const scheduler = new Scheduler({
      clock,
      pressure,
      log: pino({ level: 'silent' }),
      instanceLock: async (_name, work) => (elsewhere ? { ran: false } : { ran: true, value: await work() }),
    });
    const runs: string[] = [];
    const add = (name: string, once: boolean) =>
      scheduler.add({
        name,
        everyMs: 1_000,
        onceAcrossInstances: once,
        run: async () => {
          runs.push(name);
          return {};
        },
      });
    add('sweep', true);
    add('local', false);
    scheduler.start();
    await clock.advance(2_000);
    expect(runs).toEqual(['local', 'local']);
    const sweep = () => scheduler.status().find((s) => s.name === 'sweep')!;
    expect(sweep()).toMatchObject({ runs: 0, heldElsewhere: 2, failures: 0 });
    elsewhere = false;
    await clock.advance(1_000);
    expect(runs.filter((r) => r === 'sweep')).toHaveLength(1);
    expect(sweep()).toMatchObject({ runs: 1, heldElsewhere: 2 });
    await scheduler.stop();
  });
});
