/**
 * The table of `focalpoint` commands. Its own module, so that feature modules can register commands
 * without importing the CLI's entry point (which would be an import cycle).
 */
export type Command = {
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; description: string }>;
  run: (values: Record<string, string | boolean | undefined>) => Promise<number>;
};

export const commands: Record<string, Command> = {};

export function registerCommand(name: string, command: Command) {
  commands[name] = command;
}
