/**
 * A progress bar on standard error, so `--json` output on standard output stays clean. With `rate`, it
 * also shows how many items a second and the time left, measured from the first update of each label.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, opts: { rate?: boolean } = {}) {
  let last = 0;
  let started: { label: string; at: number; done: number } | undefined;
  const rateOf = (label: string, done: number, total: number, now: number): string => {
    if (!opts.rate) return '';
    if (started?.label !== label) started = { label, at: now, done };
    const seconds = (now - started.at) / 1000;
    // The first second says too little about the pace (the end is always worth a figure).
    if ((seconds < 1 && done < total) || seconds <= 0 || done <= started.done) return '';
    const perSecond = (done - started.done) / seconds;
    const left = Math.max(0, (total - done) / perSecond);
    const eta =
      left >= 60 ? `${Math.floor(left / 60)} min ${Math.round(left % 60)} s` : `${Math.round(left)} s`;
    return ` ${Math.round(perSecond)}/s, ${done >= total ? `${Math.round(seconds)} s in all` : `about ${eta} left`}`;
  };
  return {
    update(label: string, done: number, total: number) {
      const now = Date.now();
      const rate = rateOf(label, done, total, now);
      if (now - last < 100 && done < total) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const width = 30;
      const filled = Math.round(ratio * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${Math.round(ratio * 100)}%)${rate}`;
      if (stream.isTTY) stream.write(`\r${line}\x1b[K`);
      else if (done >= total || opts.rate) stream.write(`${line}\n`);
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
