import type { Command } from '../admin/command.ts';

/** `focalpoint demo seed`: synthetic reports to look around or to measure. */
export const demoCommands: readonly Command[] = [
  {
    name: 'demo seed',
    summary: 'Fill this installation with synthetic reports (marked synthetic) to look around, or to measure',
    usage: 'focalpoint demo seed --reports N [--seed S] [--json]',
    options: {
      reports: { type: 'string', description: 'how many reports (e.g. 200; up to 1,000,000 in minutes)' },
      seed: { type: 'string', description: 'random seed, for the same data again' },
      json: { type: 'boolean', description: 'print the summary as JSON' },
    },
    async run(v, { operate, out, err }) {
      const reports = Number(v.reports);
      if (!Number.isInteger(reports) || reports < 1 || reports > 1_000_000) {
        err('--reports must be a whole number from 1 to 1,000,000. See: focalpoint demo seed --help');
        return 2;
      }
      const result = await operate(
        'demo.seed',
        { reports, ...(v.seed ? { seed: Number(v.seed) } : {}) },
        { rate: true },
      );
      if (!result.ok) {
        err(`Seeding failed: ${result.error}`);
        return 1;
      }
      const r = result.data as { reports: number; campaigns: number; seconds: number };
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `Added ${r.reports} synthetic reports in ${Math.round(r.seconds)} s; ${r.campaigns} campaigns. Open the console to look around.`,
        );
      return 0;
    },
  },
];
