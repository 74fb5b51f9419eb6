import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { defineOperation, type Operations } from '../admin/operation.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { countCases, exportChunks } from './cases-export.ts';

export const ExportCasesArgs = z.object({
  format: z.enum(['csv', 'json']),
  /** Absolute path, resolved by the CLI. The server and the CLI run as the same user on one machine. */
  out: z.string().refine((p) => path.isAbsolute(p), 'must be an absolute path'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type ExportCasesArgs = z.infer<typeof ExportCasesArgs>;

/**
 * `focalpoint export cases`: the file is written by whoever holds the data — the running server (through
 * the admin socket) or the CLI's own process — straight from the database cursor to disk, so the admin
 * socket carries only progress and a small result, never the export itself. Written to `<out>.part`
 * (mode 0600) and renamed when complete, so a half-written file is never mistaken for an export.
 */
export async function writeCasesExport(
  deps: Pick<AppDeps, 'db' | 'keys'>,
  args: ExportCasesArgs,
  onProgress: (done: number, total: number) => void,
): Promise<{ file: string; cases: number; format: 'csv' | 'json' }> {
  const filter = {
    from: args.from ? new Date(`${args.from}T00:00:00Z`) : null,
    to: args.to ? new Date(`${args.to}T00:00:00Z`) : null,
  };
  const total = await countCases(deps.db, filter);
  const part = `${args.out}.part`;
  let done = 0;
  onProgress(0, total);
  try {
    await pipeline(
      Readable.from(
        exportChunks(deps, args.format, filter, (n) => {
          done = n;
          onProgress(n, Math.max(total, n));
        }),
      ),
      createWriteStream(part, { mode: 0o600 }),
    );
    await rename(part, args.out);
  } catch (err) {
    await rm(part, { force: true });
    throw err;
  }
  await deps.db.transaction((tx) =>
    appendAudit(tx, deps.keys, {
      actor: { type: 'cli' },
      action: 'export.cases.written',
      meta: { format: args.format, cases: done },
    }),
  );
  return { file: args.out, cases: done, format: args.format };
}

export const exportOperations: Operations = {
  'export.cases': defineOperation({
    args: ExportCasesArgs,
    run: (deps, args, progress) =>
      writeCasesExport(deps, args, (done, total) =>
        progress({ type: 'progress', label: 'Exporting cases', done, total }),
      ),
  }),
};
