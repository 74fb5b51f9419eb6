import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command, CommandTools, OperationOutcome } from '../server/admin/command.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { allCommands } from '../server/features.ts';
import { progressBar } from './progress.ts';
import { runWhereDataLives } from './run-operation.ts';

/**
 * `focalpoint` — administration from the shell. Every command works whether or not the server is
 * running on the same data directory (see run-operation.ts).
 */

const commands: Record<string, Command> = Object.fromEntries(allCommands().map((c) => [c.name, c]));

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

async function operate(
  operation: string,
  args: unknown,
  opts: { rate?: boolean } = {},
): Promise<OperationOutcome> {
  const config = loadConfig();
  const bar = progressBar(process.stderr, opts);
  const result = await runWhereDataLives(config, operation, args, (e) => {
    if (e.type === 'progress') bar.update(e.label, e.done, e.total);
  });
  bar.finish();
  return result.ok ? { ok: true, data: result.data } : { ok: false, error: result.error };
}

const tools: CommandTools = { operate, out, err, resolvePath: (file) => path.resolve(file) };

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
    return await command.run(values, tools);
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
