import type { Command } from '../admin/command.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `focalpoint report`: the periodic report for senior officials. */
export const periodicReportCommands: readonly Command[] = [
  {
    name: 'report',
    summary:
      'Write the periodic report (summary, trends, tactics, communities, campuses, campaigns, referrals)',
    usage:
      'focalpoint report --from YYYY-MM-DD --to YYYY-MM-DD [--lang en|fr] [--format pdf|html] [--out FILE] [--json]',
    options: {
      from: { type: 'string', description: 'first day of the period (UTC)' },
      to: { type: 'string', description: 'last day of the period (UTC), included' },
      lang: { type: 'string', description: 'en (default) or fr' },
      format: { type: 'string', description: 'pdf (default) or html' },
      out: {
        type: 'string',
        description: 'the file to write; default focalpoint-report-FROM-TO-LANG.FORMAT',
      },
      json: { type: 'boolean', description: 'print {"file","bytes","format"} as JSON' },
    },
    async run(v, { operate, out, err, resolvePath }) {
      const lang = v.lang ?? 'en';
      const format = v.format ?? 'pdf';
      if (
        typeof v.from !== 'string' ||
        typeof v.to !== 'string' ||
        !DAY.test(v.from) ||
        !DAY.test(v.to) ||
        (lang !== 'en' && lang !== 'fr') ||
        (format !== 'pdf' && format !== 'html')
      ) {
        err(
          'Give --from and --to as YYYY-MM-DD, --lang en|fr and --format pdf|html. See: focalpoint report --help',
        );
        return 2;
      }
      const file = resolvePath(
        typeof v.out === 'string' && v.out ? v.out : `focalpoint-report-${v.from}-${v.to}-${lang}.${format}`,
      );
      const result = await operate('report.periodic', { from: v.from, to: v.to, lang, format, out: file });
      if (!result.ok) {
        err(`Could not write the report: ${result.error}`);
        return 1;
      }
      const r = result.data as { file: string; bytes: number; format: string };
      if (v.json) out(JSON.stringify(r));
      else out(`Wrote the periodic report to ${r.file} (${r.format}, ${r.bytes} bytes).`);
      return 0;
    },
  },
];
