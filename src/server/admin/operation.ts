import type { z } from 'zod';
import type { AppDeps } from '../deps.ts';

/**
 * Operations the CLI can run: in its own process when no server holds the data directory, or inside the
 * running server through the admin socket. One implementation for both paths; each feature contributes its
 * own in its `operations.ts`, and src/server/features.ts lists them.
 */
export type AdminEvent =
  | { type: 'progress'; label: string; done: number; total: number }
  | { type: 'result'; ok: true; data: unknown }
  | { type: 'result'; ok: false; error: string };

export type Progress = (event: AdminEvent) => void;

export type Operation = {
  args: z.ZodType;
  run: (deps: AppDeps, args: never, progress: Progress) => Promise<unknown>;
};

export type Operations = Readonly<Record<string, Operation>>;

/** An operation whose `run` is typed by its arguments' schema. */
export function defineOperation<S extends z.ZodType>(op: {
  args: S;
  run: (deps: AppDeps, args: z.infer<S>, progress: Progress) => Promise<unknown>;
}): Operation {
  return op as Operation;
}

/** Reports progress through an operation's event stream as (label, done, total). */
export const progressTo =
  (progress: Progress) =>
  (label: string, done: number, total: number): void =>
    progress({ type: 'progress', label, done, total });

export async function runOperation(
  deps: AppDeps,
  operations: Operations,
  name: string,
  rawArgs: unknown,
  progress: Progress,
): Promise<AdminEvent & { type: 'result' }> {
  const op = operations[name];
  if (!op) return { type: 'result', ok: false, error: `unknown operation ${name}` };
  const args = op.args.safeParse(rawArgs ?? {});
  if (!args.success) {
    return {
      type: 'result',
      ok: false,
      error: args.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; '),
    };
  }
  try {
    return { type: 'result', ok: true, data: await op.run(deps, args.data as never, progress) };
  } catch (err) {
    // Operation errors are written for the operator (UserError and friends); unexpected ones say little.
    return { type: 'result', ok: false, error: (err as Error).message };
  }
}
