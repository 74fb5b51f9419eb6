import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.ts';
import { ROLES } from '../shared/roles.ts';
import { progressBar } from './progress.ts';
import { type Command, commands, registerCommand } from './registry.ts';
import { runWhereDataLives } from './run-operation.ts';
// Feature commands register themselves in the registry when imported.
import '../server/exports/cli-command.ts';
import '../server/periodic-reports/cli-command.ts';

/**
 * `focalpoint` — administration from the shell. Every command works whether or not the server is
 * running on the same data directory (see run-operation.ts).
 */

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function operate(
  operation: string,
  args: unknown,
  opts: { rate?: boolean } = {},
): Promise<{ ok: boolean; data?: unknown; error?: string }> {
  const config = loadConfig();
  const bar = progressBar(process.stderr, opts);
  const result = await runWhereDataLives(config, operation, args, (e) => {
    if (e.type === 'progress') bar.update(e.label, e.done, e.total);
  });
  bar.finish();
  return result.ok ? { ok: true, data: result.data } : { ok: false, error: result.error };
}

const builtIn: Record<string, Command> = {
  'user create': {
    summary: 'Create a staff or partner user with a one-time password and a TOTP secret',
    usage: 'focalpoint user create --email E --role R [--org ORG] [--name NAME] [--json]',
    options: {
      email: { type: 'string', description: 'the user’s work e-mail address' },
      role: { type: 'string', description: `one of: ${ROLES.join(', ')}` },
      org: { type: 'string', description: 'partner organisation id or exact name (partner users only)' },
      name: { type: 'string', description: 'display name' },
      json: { type: 'boolean', description: 'print {"email","password","totpSecret"} as JSON' },
    },
    async run(v) {
      if (!v.email || !v.role) {
        err('Both --email and --role are required. See: focalpoint user create --help');
        return 2;
      }
      const result = await operate('user.create', {
        email: v.email,
        role: v.role,
        org: v.org,
        displayName: v.name,
      });
      if (!result.ok) {
        err(`Could not create the user: ${result.error}`);
        return 1;
      }
      const user = result.data as { email: string; password: string; totpSecret: string; role: string };
      if (v.json) {
        out(JSON.stringify({ email: user.email, password: user.password, totpSecret: user.totpSecret }));
      } else {
        out(`Created ${user.role} ${user.email}`);
        out(`  one-time password: ${user.password}   (to be changed at first sign-in)`);
        out(`  TOTP secret:       ${user.totpSecret}   (add it to an authenticator app)`);
        out('Give both to the person over a channel you trust; they are not shown again.');
      }
      return 0;
    },
  },
  'audit verify': {
    summary: 'Check the audit log’s hash chain; exit 1 naming the first bad entry',
    usage: 'focalpoint audit verify [--json]',
    options: { json: { type: 'boolean', description: 'print the result as JSON' } },
    async run(v) {
      const result = await operate('audit.verify', {});
      if (!result.ok) {
        err(`Could not verify the audit log: ${result.error}`);
        return 1;
      }
      const r = result.data as { ok: boolean; entries: number; firstBadSeq?: number; problem?: string };
      if (v.json) out(JSON.stringify(r));
      else if (r.ok) out(`Audit log intact: ${r.entries} entries verified.`);
      else
        err(
          `Audit log BROKEN at entry ${r.firstBadSeq}: ${r.problem} (${r.entries} entries verified before it).`,
        );
      return r.ok ? 0 : 1;
    },
  },
  'keys rotate': {
    summary: 'Make a new key-encryption key and re-wrap every data key under it (safe while running)',
    usage: 'focalpoint keys rotate [--json]',
    options: { json: { type: 'boolean', description: 'print the result as JSON' } },
    async run(v) {
      const result = await operate('keys.rotate', {});
      if (!result.ok) {
        err(`Could not rotate keys: ${result.error}`);
        return 1;
      }
      const r = result.data as { kekId: string; rewrapped: number; retired: string[] };
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `New key-encryption key ${r.kekId}; ${r.rewrapped} data keys re-wrapped; retired: ${r.retired.join(', ') || 'none'}.`,
        );
      return 0;
    },
  },
};

builtIn.backup = {
  summary: 'Write a backup (one file; everything sealed stays sealed; the master key is NOT in it)',
  usage: 'focalpoint backup --out FILE [--json]',
  options: {
    out: { type: 'string', description: 'the file to write (e.g. focalpoint-2026-11-22.fpb)' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  async run(v) {
    if (typeof v.out !== 'string') {
      err('--out is required. See: focalpoint backup --help');
      return 2;
    }
    const result = await operate('backup.create', { file: path.resolve(v.out) });
    if (!result.ok) {
      err(`Backup failed: ${result.error}`);
      return 1;
    }
    const r = result.data as { file: string; rows: number; blobs: number; bytes: number };
    if (v.json) out(JSON.stringify(r));
    else
      out(
        `Backup written to ${r.file}: ${r.rows} rows, ${r.blobs} files, ${r.bytes} bytes. Keep the master key apart from it.`,
      );
    return 0;
  },
};

builtIn['demo seed'] = {
  summary: 'Fill this installation with synthetic reports (marked synthetic) to look around, or to measure',
  usage: 'focalpoint demo seed --reports N [--seed S] [--json]',
  options: {
    reports: { type: 'string', description: 'how many reports (e.g. 200; up to 1,000,000 in minutes)' },
    seed: { type: 'string', description: 'random seed, for the same data again' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  async run(v) {
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
};

builtIn['campaigns recompute'] = {
  summary: 'Rebuild every campaign from the links between cases (confirmed and rejected decisions kept)',
  usage: 'focalpoint campaigns recompute [--json]',
  options: { json: { type: 'boolean', description: 'print the result as JSON' } },
  async run(v) {
    const result = await operate('campaigns.recompute', {});
    if (!result.ok) {
      err(`Recomputation failed: ${result.error}`);
      return 1;
    }
    const r = result.data as { campaigns: number; created: number; removed: number; members: number };
    if (v.json) out(JSON.stringify(r));
    else
      out(`${r.campaigns} campaigns (${r.created} new, ${r.removed} gone), ${r.members} case memberships.`);
    return 0;
  },
};

builtIn.restore = {
  summary: 'Restore a backup into an empty installation (readable only with the original master key)',
  usage: 'focalpoint restore --from FILE [--json]',
  options: {
    from: { type: 'string', description: 'a file written by focalpoint backup' },
    json: { type: 'boolean', description: 'print the summary as JSON' },
  },
  async run(v) {
    if (typeof v.from !== 'string') {
      err('--from is required. See: focalpoint restore --help');
      return 2;
    }
    const result = await operate('backup.restore', { file: path.resolve(v.from) });
    if (!result.ok) {
      err(`Restore failed: ${result.error}`);
      return 1;
    }
    const r = result.data as { rows: number; blobs: number };
    if (v.json) out(JSON.stringify(r));
    else out(`Restored ${r.rows} rows and ${r.blobs} files.`);
    return 0;
  },
};

for (const [name, command] of Object.entries(builtIn)) registerCommand(name, command);

function help() {
  out('focalpoint — administration of a FocalPoint installation\n');
  out('Commands:');
  for (const [name, c] of Object.entries(commands)) out(`  ${name.padEnd(16)} ${c.summary}`);
  out('\nRun `focalpoint <command> --help` for a command’s options.');
  out('Configuration comes from the same environment variables as the server (see README).');
}

function commandHelp(c: Command) {
  out(`${c.summary}\n\nUsage: ${c.usage}\n\nOptions:`);
  for (const [opt, o] of Object.entries(c.options)) out(`  --${opt.padEnd(12)} ${o.description}`);
  out('  --help         show this help');
}

export async function cli(argv: string[]): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const name = Object.keys(commands)
    .sort((a, b) => b.split(' ').length - a.split(' ').length)
    .find((n) => n.split(' ').every((w, i) => words[i] === w));
  if (!name) {
    if (argv.length && !argv.includes('--help') && !argv.includes('-h'))
      err(`Unknown command: ${words.join(' ') || argv.join(' ')}\n`);
    help();
    return argv.length === 0 || argv.includes('--help') || argv.includes('-h') ? 0 : 2;
  }
  const command = commands[name]!;
  const rest = argv.slice(name.split(' ').length);
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }) as { values: Record<string, string | boolean | undefined> });
  } catch (e) {
    err(`${(e as Error).message}\n`);
    commandHelp(command);
    return 2;
  }
  if (values.help) {
    commandHelp(command);
    return 0;
  }
  try {
    return await command.run(values);
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return 1;
    }
    err(`focalpoint: ${(e as Error).message}`);
    return 1;
  }
}

process.exitCode = await cli(process.argv.slice(2));
