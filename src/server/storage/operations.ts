import { z } from 'zod';
import { defineOperation, type Operations, progressTo } from '../admin/operation.ts';
import { migrateStore } from './migrate-store.ts';

const StoreKind = z.enum(['file', 's3']);

export const storageOperations: Operations = {
  'storage.migrate': defineOperation({
    args: z.object({ from: StoreKind, to: StoreKind }),
    run: (deps, args, progress) => migrateStore(deps, { ...args, onProgress: progressTo(progress) }),
  }),
};
