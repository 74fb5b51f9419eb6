import type { Logger } from 'pino';
import type { InstanceLock } from '../db/instance-lock.ts';
import type { Clock, TimerHandle } from './clock.ts';
import type { IntakePressure } from './pressure.ts';

/**
 * The one scheduler of background work in a process: the indexer, the notification and dashboard sweeps,
 * and every job to come run through it, on the injected clock. It owns the timing rules that each loop
 * used to reimplement: a period, a nudge that runs a job soon after something happened, stepping aside
 * for a flood of reports (up to a bound), spacing a job out when its runs get long, draining a backlog in
 * back-to-back runs, one run of a job at a time, and a clean stop that lets the run under way finish.
 *
 * It also keeps what supervisors and admins see of each job: last run, how late it started, how long it
 * took, its backlog and its last error (a code, never content).
 */

export type JobContext = {
  now: Date;
  /** People are reporting in numbers right now: do a small share of the work. */
  busy: boolean;
  /** The process is stopping: finish what is under way and return. */
  stopping: () => boolean;
  log: Logger;
};

export type JobRunResult = {
  /** More work waits: run again at once (still stepping aside for a flood). */
  more?: boolean;
  /** How much waits, for the status page (e.g. reports not yet indexed). */
  backlog?: number;
};

export type Job = {
  name: string;
  /** Period between runs when nothing nudges the job. */
  everyMs: number;
  /** The first run, after start; default `everyMs`. */
  firstAfterMs?: number;
  /** A nudge runs the job this long after it (gathering what arrives meanwhile). Default 0. */
  nudgeDelayMs?: number;
  /**
   * During a flood (intake pressure) a due run waits, but never more than this long after the job last
   * started: background work steps aside for people, yet still makes progress if the flood does not end.
   */
  yieldToIntakeMs?: number;
  /**
   * When runs get long, space them out so the job takes at most this share of the time (0.02 = 2%), but
   * never more than `maxEveryMs` apart.
   */
  maxDuty?: number;
  maxEveryMs?: number;
  /**
   * Several instances on one PostgreSQL run this job one at a time: a run finds another instance's run
   * under way (its advisory lock) and is skipped, and the job comes round again at its period. For work
   * that must happen once (an e-mail, an audit entry) or that would only contend (a rollup).
   */
  onceAcrossInstances?: boolean;
  run: (ctx: JobContext) => Promise<JobRunResult | undefined>;
};

export type JobStatus = {
  name: string;
  running: boolean;
  runs: number;
  failures: number;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
  lastDurationMs: number | null;
  /** How late the last run started after it was due (stepping aside for a flood shows here). */
  lastLagMs: number | null;
  nextRunAt: string | null;
  backlog: number | null;
  lastError: { code: string; at: string } | null;
  /** Runs skipped because another instance was running the job (onceAcrossInstances). */
  heldElsewhere: number;
};

/** How often a deferred job looks again whether the flood is over. */
const DEFER_POLL_MS = 50;

type JobState = {
  job: Job;
  timer: TimerHandle | undefined;
  dueAt: number | null;
  running: Promise<void> | null;
  again: boolean;
  lastStartedAt: number | null;
  lastFinishedAt: number | null;
  lastDurationMs: number | null;
  lastLagMs: number | null;
  backlog: number | null;
  runs: number;
  failures: number;
  heldElsewhere: number;
  lastError: { code: string; at: number } | null;
};

const codeOf = (err: unknown): string => {
  const e = err as { code?: unknown; name?: unknown } | undefined;
  if (typeof e?.code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(e.code)) return e.code;
  return typeof e?.name === 'string' ? e.name : 'Error';
};

export class Scheduler {
  readonly #clock: Clock;
  readonly #pressure: IntakePressure;
  readonly #log: Logger;
  readonly #instanceLock: InstanceLock | undefined;
  readonly #jobs = new Map<string, JobState>();
  #started = false;
  #stopping = false;

  /** `instanceLock`: how jobs that run once across instances take their turn (none: every job runs here). */
  constructor(deps: { clock: Clock; pressure: IntakePressure; log: Logger; instanceLock?: InstanceLock }) {
    this.#clock = deps.clock;
    this.#pressure = deps.pressure;
    this.#log = deps.log;
    this.#instanceLock = deps.instanceLock;
  }

  add(job: Job): void {
    if (this.#jobs.has(job.name)) throw new Error(`a job named ${job.name} is already scheduled`);
    const state: JobState = {
      job,
      timer: undefined,
      dueAt: null,
      running: null,
      again: false,
      lastStartedAt: null,
      lastFinishedAt: null,
      lastDurationMs: null,
      lastLagMs: null,
      backlog: null,
      runs: 0,
      failures: 0,
      heldElsewhere: 0,
      lastError: null,
    };
    this.#jobs.set(job.name, state);
    if (this.#started) this.#arm(state, job.firstAfterMs ?? job.everyMs);
  }

  get started(): boolean {
    return this.#started && !this.#stopping;
  }

  /** Starts every job's timer. Before this (the CLI, tests that drive jobs by hand) nothing runs alone. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    for (const state of this.#jobs.values()) this.#arm(state, state.job.firstAfterMs ?? state.job.everyMs);
  }

  /**
   * Stops the timers and waits for the runs under way to finish (they see `stopping()`). A later `start`
   * (the same process serving again) picks up where the jobs left off.
   */
  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#stopping = true;
    for (const state of this.#jobs.values()) {
      this.#clock.clearTimeout(state.timer);
      state.timer = undefined;
      state.dueAt = null;
    }
    await Promise.all([...this.#jobs.values()].map((s) => s.running?.catch(() => undefined)));
    this.#started = false;
    this.#stopping = false;
  }

  /** Something happened that the job handles (a report was saved): run it soon. No-op when not started. */
  nudge(name: string): void {
    const state = this.#jobs.get(name);
    if (!state || !this.started) return;
    if (state.running) {
      state.again = true;
      return;
    }
    const at = this.#clock.ms() + (state.job.nudgeDelayMs ?? 0);
    if (state.dueAt === null || state.dueAt > at) this.#arm(state, state.job.nudgeDelayMs ?? 0);
  }

  /**
   * Runs the job now, again and again while it says more work waits, after any run under way, and resolves
   * once it is idle. Tests wait on this instead of sleeping; the CLI uses it where no server runs.
   */
  async runUntilIdle(name: string): Promise<void> {
    const state = this.#state(name);
    for (;;) {
      await state.running?.catch(() => undefined);
      if (state.running) continue;
      let more = false;
      state.running = this.#execute(state, { busy: false }).then((r) => {
        more = r.more === true && r.ok;
        if (!r.ok) throw r.error;
      });
      try {
        await state.running;
      } finally {
        state.running = null;
      }
      if (!more) return;
    }
  }

  /** Resolves once no job is running (tests moving a manual clock wait on it after each timer). */
  async idle(): Promise<void> {
    for (;;) {
      const running = [...this.#jobs.values()].flatMap((s) => (s.running ? [s.running] : []));
      if (running.length === 0) return;
      await Promise.all(running.map((r) => r.catch(() => undefined)));
    }
  }

  status(): JobStatus[] {
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    return [...this.#jobs.values()].map((s) => ({
      name: s.job.name,
      running: s.running !== null,
      runs: s.runs,
      failures: s.failures,
      lastStartedAt: iso(s.lastStartedAt),
      lastFinishedAt: iso(s.lastFinishedAt),
      lastDurationMs: s.lastDurationMs,
      lastLagMs: s.lastLagMs,
      nextRunAt: iso(s.dueAt),
      backlog: s.backlog,
      lastError: s.lastError ? { code: s.lastError.code, at: iso(s.lastError.at) ?? '' } : null,
      heldElsewhere: s.heldElsewhere,
    }));
  }

  #state(name: string): JobState {
    const state = this.#jobs.get(name);
    if (!state) throw new Error(`no job named ${name}`);
    return state;
  }

  #arm(state: JobState, delayMs: number): void {
    this.#clock.clearTimeout(state.timer);
    state.dueAt = this.#clock.ms() + Math.max(0, delayMs);
    state.timer = this.#clock.setTimeout(() => this.#fire(state), Math.max(0, delayMs));
  }

  #fire(state: JobState): void {
    state.timer = undefined;
    if (!this.started) return;
    if (state.running) {
      state.again = true;
      return;
    }
    const { job } = state;
    const busy = this.#pressure.isBusy();
    const dueAt = state.dueAt ?? this.#clock.ms();
    if (busy && job.yieldToIntakeMs !== undefined && this.#clock.ms() - dueAt < job.yieldToIntakeMs) {
      // Look again shortly; dueAt stays, so how late the run finally starts shows as its lag.
      state.timer = this.#clock.setTimeout(() => this.#fire(state), DEFER_POLL_MS);
      return;
    }
    state.running = this.#execute(state, { busy }).then((r) => {
      state.running = null;
      if (!this.started) return;
      if ((r.ok && r.more) || state.again) {
        const immediate = r.ok && r.more;
        state.again = false;
        this.#arm(state, immediate ? 0 : (job.nudgeDelayMs ?? 0));
        return;
      }
      this.#arm(state, this.#spacing(state));
    });
  }

  #spacing(state: JobState): number {
    const { job } = state;
    if (!job.maxDuty || state.lastDurationMs === null) return job.everyMs;
    const spaced = state.lastDurationMs / job.maxDuty;
    return Math.max(job.everyMs, Math.min(spaced, job.maxEveryMs ?? job.everyMs));
  }

  async #execute(
    state: JobState,
    opts: { busy: boolean },
  ): Promise<{ ok: true; more: boolean } | { ok: false; more: false; error: unknown }> {
    const lock = state.job.onceAcrossInstances ? this.#instanceLock : undefined;
    if (!lock) return this.#runHere(state, opts);
    try {
      const turn = await lock(state.job.name, () => this.#runHere(state, opts));
      if (turn.ran) return turn.value;
      // Another instance is running it: nothing to record but that, and no run again at once.
      state.heldElsewhere++;
      return { ok: true, more: false };
    } catch (error) {
      // The lock itself failed (the database is away): like a failed run, with its code.
      state.failures++;
      state.lastError = { code: codeOf(error), at: this.#clock.ms() };
      this.#log.warn(
        { code: 'job.failed', job: state.job.name, errorCode: state.lastError.code },
        'background job failed',
      );
      return { ok: false, more: false, error };
    }
  }

  async #runHere(
    state: JobState,
    opts: { busy: boolean },
  ): Promise<{ ok: true; more: boolean } | { ok: false; more: false; error: unknown }> {
    const started = this.#clock.ms();
    state.lastLagMs = state.dueAt === null ? 0 : Math.max(0, started - state.dueAt);
    state.lastStartedAt = started;
    state.runs++;
    const log = this.#log.child({ job: state.job.name });
    try {
      const result =
        (await state.job.run({
          now: this.#clock.now(),
          busy: opts.busy,
          stopping: () => this.#stopping,
          log,
        })) ?? {};
      if (result.backlog !== undefined) state.backlog = result.backlog;
      return { ok: true, more: result.more === true && !this.#stopping };
    } catch (error) {
      state.failures++;
      state.lastError = { code: codeOf(error), at: this.#clock.ms() };
      // A code and an error type only: a job's error may quote what it was working on.
      log.warn({ code: 'job.failed', errorCode: state.lastError.code }, 'background job failed');
      return { ok: false, more: false, error };
    } finally {
      state.lastFinishedAt = this.#clock.ms();
      state.lastDurationMs = state.lastFinishedAt - started;
    }
  }
}
