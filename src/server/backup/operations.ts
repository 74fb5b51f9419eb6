import { z } from 'zod';
import { defineOperation, type Operations, progressTo } from '../admin/operation.ts';
import { createBackup } from './backup.ts';
import { restoreBackup } from './restore.ts';

export const backupOperations: Operations = {
  'backup.create': defineOperation({
    args: z.object({ file: z.string().min(1) }),
    run: (deps, args, progress) => createBackup(deps, { file: args.file, onProgress: progressTo(progress) }),
  }),
  'backup.restore': defineOperation({
    args: z.object({ file: z.string().min(1), tombstones: z.array(z.string().min(1)).default([]) }),
    run: (deps, args, progress) =>
      restoreBackup(deps, { file: args.file, tombstones: args.tombstones, onProgress: progressTo(progress) }),
  }),
};
