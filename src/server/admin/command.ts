/**
 * A `focalpoint` command, as a feature describes it: its options, and how it turns them into an operation
 * and the operation's result into words. The CLI (src/cli) runs it and hands it the tools it needs, so no
 * server module imports the CLI.
 */
export type CommandValues = Record<string, string | boolean | undefined>;

export type OperationOutcome = { ok: true; data: unknown } | { ok: false; error: string };

export type CommandTools = {
  /** Runs an operation where the data lives (in the running server, or in this process), with progress. */
  operate: (operation: string, args: unknown, opts?: { rate?: boolean }) => Promise<OperationOutcome>;
  /** Standard output (results), one line. */
  out: (text: string) => void;
  /** Standard error (problems), one line. */
  err: (text: string) => void;
  /** Resolves a path given on the command line against the current directory. */
  resolvePath: (file: string) => string;
};

export type Command = {
  /** The words that name it: `user create`, `backup`. */
  name: string;
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; description: string }>;
  run: (values: CommandValues, tools: CommandTools) => Promise<number>;
  /**
   * Whether it may make a new installation where there is none (`restore` fills an empty one). Any other
   * command pointed at a directory with no installation is refused rather than create one with a new key.
   */
  createsInstallation?: boolean;
};
