/**
 * One piece of work at a time (in this process), in arrival order — e.g. refreshes of the dashboard rollup,
 * whether a request or the background sweep asks. Work marked `long` (a rebuild) is counted while queued or
 * running, so a request can choose to answer without waiting behind it.
 */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #long = 0;

  /** True while long work is queued or running. */
  get longUnderWay(): boolean {
    return this.#long > 0;
  }

  run<T>(fn: () => Promise<T>, opts: { long?: boolean } = {}): Promise<T> {
    if (opts.long) this.#long++;
    const next = this.#tail.then(fn, fn);
    this.#tail = next.catch(() => undefined);
    return opts.long ? next.finally(() => this.#long--) : next;
  }
}
