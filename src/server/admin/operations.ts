import { z } from 'zod';
import { appendAudit } from '../platform/audit/audit.ts';
import { defineOperation, type Operations, progressTo } from './operation.ts';

/** The platform's own operations: key rotation (the audit log's are in audit-log/operations.ts). */
export const adminOperations: Operations = {
  'keys.rotate': defineOperation({
    args: z.object({}),
    run: async (deps, _args, progress) => {
      const onProgress = progressTo(progress);
      const result = await deps.vault.rotate(deps.db, (done, total) =>
        onProgress('Re-wrapping data keys', done, total),
      );
      await deps.db.transaction((tx) =>
        appendAudit(tx, deps.keys, {
          actor: { type: 'cli' },
          action: 'keys.rotated',
          target: { type: 'key_encryption_key', id: result.kekId },
          meta: { rewrapped: result.rewrapped },
        }),
      );
      return result;
    },
  }),
};
