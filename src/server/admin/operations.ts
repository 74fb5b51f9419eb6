import { z } from 'zod';
import { appendAudit, verifyAuditChain } from '../platform/audit/audit.ts';
import { defineOperation, type Operations, progressTo } from './operation.ts';

/** The platform's own operations: the audit chain's check and key rotation. */
export const adminOperations: Operations = {
  'audit.verify': defineOperation({
    args: z.object({}),
    run: (deps) => verifyAuditChain(deps.db),
  }),
  'keys.rotate': defineOperation({
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
  }),
};
