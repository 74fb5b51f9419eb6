import {
  formatDuration,
  parseDuration,
  type RetentionPlan,
  type RetentionSettingsView,
  SETTING_KEYS,
  type SettingKey,
} from '../../shared/contracts/retention.ts';
import type { Command } from '../admin/command.ts';

/** `focalpoint retention show | set | plan | run | tombstones`. */

const json = { json: { type: 'boolean', description: 'print the result as JSON' } } as const;

export const retentionCommands: readonly Command[] = [
  {
    name: 'retention show',
    summary: 'Show the retention schedule (durations after a case’s last activity; never = kept)',
    usage: 'focalpoint retention show [--json]',
    options: json,
    async run(v, { operate, out, err }) {
      const result = await operate('retention.settings', {});
      if (!result.ok) {
        err(`Could not read the schedule: ${result.error}`);
        return 1;
      }
      const view = result.data as RetentionSettingsView;
      if (v.json) {
        out(JSON.stringify(view));
        return 0;
      }
      for (const key of SETTING_KEYS) {
        const value = view.settings[key];
        const note = value === view.defaults[key] ? '' : `  (default ${formatDuration(view.defaults[key])})`;
        out(`${key.padEnd(48)} ${formatDuration(value)}${note}`);
      }
      return 0;
    },
  },
  {
    name: 'retention set',
    summary: 'Change one setting of the retention schedule (audited)',
    usage:
      'focalpoint retention set --rule closed.resolved.deidentify --after 730d   (units: m h d w y, or never)',
    options: {
      rule: { type: 'string', description: `one of: ${SETTING_KEYS.join(', ')}` },
      after: { type: 'string', description: 'a duration such as 730d, 2y, 12h, 5m, or never' },
      ...json,
    },
    async run(v, { operate, out, err }) {
      const rule = typeof v.rule === 'string' ? v.rule : '';
      if (!(SETTING_KEYS as readonly string[]).includes(rule)) {
        err(`--rule must be one of: ${SETTING_KEYS.join(', ')}`);
        return 2;
      }
      const minutes = typeof v.after === 'string' ? parseDuration(v.after) : undefined;
      if (minutes === undefined) {
        err('--after must be a duration such as 730d, 2y, 12h or 5m, or never');
        return 2;
      }
      const result = await operate('retention.set', { settings: { [rule as SettingKey]: minutes } });
      if (!result.ok) {
        err(`The schedule was not changed: ${result.error}`);
        return 1;
      }
      const view = result.data as RetentionSettingsView;
      if (v.json) out(JSON.stringify(view));
      else out(`${rule} is now ${formatDuration(view.settings[rule as SettingKey])}.`);
      return 0;
    },
  },
  {
    name: 'retention plan',
    summary: 'Dry run: what the next retention run would de-identify or destroy, by rule, with counts',
    usage: 'focalpoint retention plan [--json]',
    options: json,
    async run(v, { operate, out, err }) {
      const result = await operate('retention.plan', {});
      if (!result.ok) {
        err(`The plan could not be made: ${result.error}`);
        return 1;
      }
      const plan = result.data as RetentionPlan;
      if (v.json) {
        out(JSON.stringify(plan));
        return 0;
      }
      if (plan.rules.length === 0) out('Nothing is due.');
      for (const r of plan.rules) out(`${r.rule}: ${r.cases} cases, ${r.reports} reports`);
      for (const i of plan.items)
        out(`  ${i.action.padEnd(10)} ${i.reference.padEnd(14)} ${i.rule} (due ${i.dueAt})`);
      for (const r of plan.records) out(`  remove     ${r.reference.padEnd(14)} ${r.rule} (due ${r.dueAt})`);
      if (plan.held > 0) out(`${plan.held} cases due are under a legal hold and stay untouched.`);
      if (plan.upcoming.length > 0) out(`${plan.upcoming.length} more fall due within the notice period.`);
      if (plan.truncated) out('(The lists are cut short; --json gives the same.)');
      return 0;
    },
  },
  {
    name: 'retention run',
    summary: 'Run the retention schedule now (what the plan lists), audited',
    usage: 'focalpoint retention run [--json]',
    options: json,
    async run(v, { operate, out, err }) {
      const result = await operate('retention.run', {});
      if (!result.ok) {
        err(`The run failed: ${result.error}`);
        return 1;
      }
      const r = result.data as {
        cases: number;
        records: number;
        keysShredded: number;
        blobsDeleted: number;
        rules: Record<string, number>;
      };
      if (v.json) out(JSON.stringify(r));
      else {
        for (const [rule, n] of Object.entries(r.rules)) out(`${rule}: ${n} cases`);
        out(
          `${r.cases} cases disposed of, ${r.records} records removed, ${r.blobsDeleted} files deleted, ${r.keysShredded} data keys destroyed.`,
        );
      }
      return 0;
    },
  },
  {
    name: 'retention tombstones',
    summary: 'Write every tombstone (references and dates, no content) for a later restore to apply',
    usage: 'focalpoint retention tombstones --out FILE [--json]',
    options: { out: { type: 'string', description: 'the file to write' }, ...json },
    async run(v, { operate, out, err, resolvePath }) {
      if (typeof v.out !== 'string') {
        err('--out is required. See: focalpoint retention tombstones --help');
        return 2;
      }
      const result = await operate('retention.tombstones', { file: resolvePath(v.out) });
      if (!result.ok) {
        err(`Could not write the tombstones: ${result.error}`);
        return 1;
      }
      const r = result.data as { file: string; tombstones: number };
      if (v.json) out(JSON.stringify(r));
      else out(`${r.tombstones} tombstones written to ${r.file}.`);
      return 0;
    },
  },
];
