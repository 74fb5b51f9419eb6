import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { defineOperation, type Operations } from '../admin/operation.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { producePeriodicReport } from './service.ts';

export const PeriodicReportArgs = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    lang: z.enum(['en', 'fr']),
    format: z.enum(['pdf', 'html']),
    /** Absolute path, resolved by the CLI (the server and the CLI run as the same user on one machine). */
    out: z.string().refine((p) => path.isAbsolute(p), 'must be an absolute path'),
  })
  .refine((a) => a.from <= a.to, { message: 'from must not be after to', path: ['to'] });
export type PeriodicReportArgs = z.infer<typeof PeriodicReportArgs>;

/**
 * `focalpoint report`: written by whoever holds the data (the running server through the admin socket,
 * or the CLI's own process) to `<out>.part` with mode 0600, then renamed, and audited without content.
 */
export async function writePeriodicReport(
  deps: Pick<AppDeps, 'db' | 'clock' | 'runtime' | 'keys'>,
  args: PeriodicReportArgs,
): Promise<{ file: string; bytes: number; format: string }> {
  const { body } = await producePeriodicReport(deps, args);
  const part = `${args.out}.part`;
  try {
    await writeFile(part, body, { mode: 0o600 });
    await rename(part, args.out);
  } catch (err) {
    await rm(part, { force: true });
    throw err;
  }
  await deps.db.transaction((tx) =>
    appendAudit(tx, deps.keys, {
      actor: { type: 'cli' },
      action: 'report.periodic.written',
      meta: { from: args.from, to: args.to, lang: args.lang, format: args.format },
    }),
  );
  return { file: args.out, bytes: body.length, format: args.format };
}

export const periodicReportOperations: Operations = {
  'report.periodic': defineOperation({
    args: PeriodicReportArgs,
    run: (deps, args) => writePeriodicReport(deps, args),
  }),
};
