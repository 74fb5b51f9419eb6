import { z } from 'zod';
import { createBackup } from '../backup/backup.ts';
import { restoreBackup } from '../backup/restore.ts';
import { recomputeCampaigns } from '../campaigns/linking.ts';
import { seedDemo } from '../demo/seed.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit, verifyAuditChain } from '../platform/audit/audit.ts';
import { CreateUserInput, createUser } from '../users/create-user.ts';

/**
 * Operations the CLI can run: in its own process when no server holds the data directory, or inside the
 * running server through the admin socket. One implementation for both paths.
 */
export type AdminEvent =
  | { type: 'progress'; label: string; done: number; total: number }
  | { type: 'result'; ok: true; data: unknown }
  | { type: 'result'; ok: false; error: string };

type Progress = (event: AdminEvent) => void;
type Operation = {
  args: z.ZodType;
  run: (deps: AppDeps, args: never, progress: Progress) => Promise<unknown>;
};

const progressTo =
  (progress: Progress) =>
  (label: string, done: number, total: number): void =>
    progress({ type: 'progress', label, done, total });

const operations: Record<string, Operation> = {
  'backup.create': {
    args: z.object({ file: z.string().min(1) }),
    run: (deps, args: { file: string }, progress) =>
      createBackup(deps, { file: args.file, onProgress: progressTo(progress) }),
  },
  'campaigns.recompute': {
    args: z.object({}),
    run: async (deps) => {
      const result = await recomputeCampaigns(deps.db, { now: deps.clock() });
      await deps.db.transaction((tx) =>
        appendAudit(tx, {
          actor: { type: 'cli' },
          action: 'campaigns.recomputed',
          meta: { campaigns: result.campaigns },
        }),
      );
      return result;
    },
  },
  'demo.seed': {
    args: z.object({ reports: z.number().int().min(1).max(1_000_000), seed: z.number().int().optional() }),
    run: (deps, args: { reports: number; seed?: number }, progress) =>
      seedDemo(deps, {
        reports: args.reports,
        ...(args.seed === undefined ? {} : { seed: args.seed }),
        onProgress: (done, total) => progress({ type: 'progress', label: 'Synthetic reports', done, total }),
      }),
  },
  'backup.restore': {
    args: z.object({ file: z.string().min(1) }),
    run: (deps, args: { file: string }, progress) =>
      restoreBackup(deps, { file: args.file, onProgress: progressTo(progress) }),
  },
  'user.create': {
    args: CreateUserInput,
    run: (deps, args: z.infer<typeof CreateUserInput>) => createUser(deps, args, { type: 'cli' }),
  },
  'audit.verify': {
    args: z.object({}),
    run: (deps) => verifyAuditChain(deps.db),
  },
  'keys.rotate': {
    args: z.object({}),
    run: async (deps, _args, progress) => {
      const onProgress = progressTo(progress);
      const result = await deps.vault.rotate(deps.db, (done, total) =>
        onProgress('Re-wrapping data keys', done, total),
      );
      await deps.db.transaction((tx) =>
        appendAudit(tx, {
          actor: { type: 'cli' },
          action: 'keys.rotated',
          target: { type: 'key_encryption_key', id: result.kekId },
          meta: { rewrapped: result.rewrapped },
        }),
      );
      return result;
    },
  },
};

export function registerOperation(name: string, op: Operation) {
  operations[name] = op;
}

export async function runOperation(
  deps: AppDeps,
  name: string,
  rawArgs: unknown,
  progress: Progress,
): Promise<AdminEvent> {
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
