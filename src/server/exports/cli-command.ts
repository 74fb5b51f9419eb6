import path from 'node:path';
import { progressBar } from '../../cli/progress.ts';
import { registerCommand } from '../../cli/registry.ts';
import { runWhereDataLives } from '../../cli/run-operation.ts';
import { loadConfig } from '../config.ts';
import './operations.ts';

/**
 * `focalpoint export cases --format csv|json --out FILE`, registered in the CLI's command table when
 * src/cli/main.ts imports this module.
 */
registerCommand('export cases', {
  summary: 'Write de-identified case data (CSV with BOM, or JSON) to a file, with progress',
  usage:
    'focalpoint export cases --format csv|json --out FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]',
  options: {
    format: { type: 'string', description: 'csv (UTF-8 with BOM, for spreadsheets) or json' },
    out: { type: 'string', description: 'the file to write (replaced if it exists)' },
    from: { type: 'string', description: 'only cases opened on or after this day' },
    to: { type: 'string', description: 'only cases opened before this day' },
    json: { type: 'boolean', description: 'print {"file","cases","format"} as JSON' },
  },
  async run(v) {
    if ((v.format !== 'csv' && v.format !== 'json') || typeof v.out !== 'string' || !v.out) {
      process.stderr.write(
        'Both --format csv|json and --out FILE are required. See: focalpoint export cases --help\n',
      );
      return 2;
    }
    const config = loadConfig();
    const bar = progressBar();
    const result = await runWhereDataLives(
      config,
      'export.cases',
      {
        format: v.format,
        out: path.resolve(v.out),
        ...(typeof v.from === 'string' ? { from: v.from } : {}),
        ...(typeof v.to === 'string' ? { to: v.to } : {}),
      },
      (e) => {
        if (e.type === 'progress') bar.update(e.label, e.done, e.total);
      },
    );
    bar.finish();
    if (!result.ok) {
      process.stderr.write(`Could not export cases: ${result.error}\n`);
      return 1;
    }
    const r = result.data as { file: string; cases: number; format: string };
    if (v.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else process.stdout.write(`Wrote ${r.cases} de-identified cases to ${r.file} (${r.format}).\n`);
    return 0;
  },
});
