/** A progress bar on standard error, so `--json` output on standard output stays clean. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = 0;
  return {
    update(label: string, done: number, total: number) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const width = 30;
      const filled = Math.round(ratio * width);
      const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} (${Math.round(ratio * 100)}%)`;
      if (stream.isTTY) stream.write(`\r${line}`);
      else if (done >= total) stream.write(`${line}\n`);
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
