import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Clock, TimerHandle } from '../platform/jobs/clock.ts';
import type { Examined } from './examine.ts';

/**
 * Untrusted files are parsed in isolation: a few worker threads (`node:worker_threads`) detect each
 * file's type, make its sanitised copy and take its digests (examine.ts), so a hostile file can cost a
 * worker, never the server's main thread, which keeps answering everyone else meanwhile.
 *
 * Each worker has a heap limit (`resourceLimits`); a file is given a time limit, counted from when a
 * worker starts on it (not from when it joined the queue), after which the worker is terminated and
 * replaced; and a decompression budget (inflate.ts). A file over any of them is refused with a reason,
 * and the report is kept.
 *
 * A pool of our own rather than a library's: piscina and tinypool time a task from when it is queued, so
 * files waiting behind a slow one would run out of time without having started. Workers start when
 * needed and stop after a minute unused, so an idle server carries none.
 */
export type FileWorkerSettings = {
  /** At most this many files are examined at once (one per worker thread). */
  threads: number;
  /** Each worker's V8 heap limit (resourceLimits.maxOldGenerationSizeMb). */
  heapMb: number;
  /** Time one file may take once a worker has started on it. */
  timeLimitMs: number;
};

export type Examination =
  | Examined
  /** The worker ran past the time limit and was terminated. */
  | { outcome: 'tooSlow' }
  /** The worker ran out of memory, or crashed, on this file. */
  | { outcome: 'tooComplex' };

type Job = { bytes: Uint8Array; maxInflateBytes: number; settle: (e: Examination) => void };
type Slot = { worker: Worker; job: Job | undefined; idleTimer: TimerHandle | undefined };

const IDLE_MS = 60_000;
const WORKER_SCRIPT = new URL('./file-worker.ts', import.meta.url);

export class FileWorkers {
  readonly #settings: FileWorkerSettings;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #slots = new Set<Slot>();
  readonly #queue: Job[] = [];
  #closed = false;

  constructor(opts: { settings: FileWorkerSettings; clock: Clock; log: Logger }) {
    this.#settings = opts.settings;
    this.#clock = opts.clock;
    this.#log = opts.log;
  }

  /** Examines one file in a worker; never throws for anything the file does. */
  examine(bytes: Buffer, opts: { maxInflateBytes: number }): Promise<Examination> {
    if (this.#closed) return Promise.reject(new Error('file workers are closed'));
    return new Promise((settle) => {
      this.#queue.push({ bytes, maxInflateBytes: opts.maxInflateBytes, settle });
      this.#pump();
    });
  }

  /** Workers running now (tests and the benchmark watch this). */
  get busy(): number {
    return [...this.#slots].filter((s) => s.job).length;
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.settle({ outcome: 'tooComplex' });
    await Promise.all([...this.#slots].map((slot) => this.#retire(slot)));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const slot = [...this.#slots].find((s) => !s.job) ?? this.#spawn();
      if (!slot) return;
      this.#run(slot, this.#queue.shift() as Job);
    }
  }

  #spawn(): Slot | undefined {
    if (this.#slots.size >= this.#settings.threads) return undefined;
    const worker = new Worker(WORKER_SCRIPT, {
      resourceLimits: { maxOldGenerationSizeMb: this.#settings.heapMb, maxYoungGenerationSizeMb: 16 },
      stdout: true,
      stderr: true,
    });
    worker.unref();
    // What the parsers print (pdf-lib warns about every odd object) is dropped, not logged: it is noise,
    // and it could quote the file.
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, job: undefined, idleTimer: undefined };
    worker.on('message', (result: Examination) => this.#done(slot, result));
    worker.on('error', (err: Error & { code?: string }) => {
      // Out of memory (ERR_WORKER_OUT_OF_MEMORY) or a crash: the file is refused, the worker replaced.
      this.#log.warn({ code: err.code ?? err.name }, 'file worker stopped on a file');
      this.#fail(slot);
    });
    worker.on('exit', () => this.#fail(slot));
    this.#slots.add(slot);
    return slot;
  }

  #run(slot: Slot, job: Job): void {
    this.#clock.clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    slot.job = job;
    const timer = this.#clock.setTimeout(() => {
      if (slot.job !== job) return;
      this.#log.warn({ limitMs: this.#settings.timeLimitMs }, 'file worker over its time limit');
      this.#finish(slot, { outcome: 'tooSlow' });
      void this.#retire(slot);
    }, this.#settings.timeLimitMs);
    const settle = job.settle;
    job.settle = (e) => {
      this.#clock.clearTimeout(timer);
      settle(e);
    };
    slot.worker.postMessage({ bytes: job.bytes, maxInflateBytes: job.maxInflateBytes });
  }

  #done(slot: Slot, result: Examination | { outcome: 'failed' }): void {
    if (result.outcome === 'failed') {
      this.#log.warn('file worker could not examine a file');
      this.#finish(slot, { outcome: 'tooComplex' });
    } else {
      const { sanitised } = result as { sanitised?: Uint8Array | null };
      this.#finish(
        slot,
        sanitised ? ({ ...result, sanitised: Buffer.from(sanitised.buffer) } as Examination) : result,
      );
    }
    slot.idleTimer = this.#clock.setTimeout(() => {
      if (!slot.job) void this.#retire(slot);
    }, IDLE_MS);
    this.#pump();
  }

  #fail(slot: Slot): void {
    if (!this.#slots.has(slot)) return;
    this.#finish(slot, { outcome: 'tooComplex' });
    void this.#retire(slot);
  }

  #finish(slot: Slot, result: Examination): void {
    const job = slot.job;
    slot.job = undefined;
    job?.settle(result);
  }

  async #retire(slot: Slot): Promise<void> {
    if (!this.#slots.delete(slot)) return;
    this.#clock.clearTimeout(slot.idleTimer);
    await slot.worker.terminate();
    this.#pump();
  }
}
