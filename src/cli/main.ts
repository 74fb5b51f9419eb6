import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, CommandTools, OperationOutcome } from '../server/admin/command.ts';
import { installationExists, openContext } from '../server/boot.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { allCommands } from '../server/features.ts';
import { MASTER_KEY_FILE } from '../server/platform/crypto/keyring.ts';
import { lockHolder } from '../server/platform/db/data-dir-lock.ts';
import { t } from '../shared/i18n/translate.ts';
import { progressBar } from './progress.ts';
import { NoInstallationError, runWhereDataLives } from './run-operation.ts';

/**
 * `focalpoint` — administration from the shell. Every command works whether or not the server is
 * running on the same data directory (see run-operation.ts).
 */

const commands: Record<string, Command> = Object.fromEntries(allCommands().map((c) => [c.name, c]));

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

const toolsFor = (command: Command): CommandTools => ({
  async operate(operation, args, opts = {}): Promise<OperationOutcome> {
    const config = loadConfig();
    const bar = progressBar(process.stderr, opts);
    const result = await runWhereDataLives(
      config,
      operation,
      args,
      (e) => {
        if (e.type === 'progress') bar.update(e.label, e.done, e.total);
      },
      { mayCreate: command.createsInstallation === true },
    );
    bar.finish();
    return result.ok ? { ok: true, data: result.data } : { ok: false, error: result.error };
  },
  out,
  err,
  resolvePath: (file) => path.resolve(file),
});

/**
 * `focalpoint init`: makes an installation (master key, database, migrations) where there is none, as the
 * server's first start would — the one command besides `restore` that may. Says so when one exists.
 */
async function init(): Promise<number> {
  const config = loadConfig();
  const dir = config.dataDir;
  if ((await lockHolder(dir)) !== null || (await installationExists(config))) {
    out(t(config.locale, 'operator.init.exists', { dir }));
    return 0;
  }
  const context = await openContext(config, { logTo: 'stderr' });
  await context.close();
  out(t(config.locale, 'operator.init.done', { dir, keyFile: path.join(dir, MASTER_KEY_FILE) }));
  return 0;
}

function help() {
  out('focalpoint — administration of a FocalPoint installation\n');
  out('Commands:');
  out(
    `  ${'init'.padEnd(16)} Create an installation in the data directory (the server's first start does too)`,
  );
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
  if (!name && words[0] === 'init' && words.length === 1) return runGuarded(init);
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
  return runGuarded(() => command.run(values, toolsFor(command)));
}

/** Runs a command, turning what went wrong into a sentence and an exit code. */
async function runGuarded(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ConfigError) {
      err(e.message);
      return 1;
    }
    if (e instanceof NoInstallationError) {
      err(t(loadConfig().locale, 'operator.noInstallation', { dir: e.dataDir }));
      return 1;
    }
    err(`focalpoint: ${(e as Error).message}`);
    return 1;
  }
}

process.exitCode = await cli(process.argv.slice(2));
