import type { Command } from '../admin/command.ts';

/** `focalpoint export cases --format csv|json --out FILE`. */
export const exportCommands: readonly Command[] = [
  {
    name: 'export cases',
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
    async run(v, { operate, out, err, resolvePath }) {
      if ((v.format !== 'csv' && v.format !== 'json') || typeof v.out !== 'string' || !v.out) {
        err('Both --format csv|json and --out FILE are required. See: focalpoint export cases --help');
        return 2;
      }
      const result = await operate('export.cases', {
        format: v.format,
        out: resolvePath(v.out),
        ...(typeof v.from === 'string' ? { from: v.from } : {}),
        ...(typeof v.to === 'string' ? { to: v.to } : {}),
      });
      if (!result.ok) {
        err(`Could not export cases: ${result.error}`);
        return 1;
      }
      const r = result.data as { file: string; cases: number; format: string };
      if (v.json) out(JSON.stringify(r));
      else out(`Wrote ${r.cases} de-identified cases to ${r.file} (${r.format}).`);
      return 0;
    },
  },
];
