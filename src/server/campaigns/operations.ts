import { z } from 'zod';
import { defineOperation, type Operations } from '../admin/operation.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { recomputeCampaigns } from './linking.ts';

export const campaignOperations: Operations = {
  'campaigns.recompute': defineOperation({
    args: z.object({}),
    run: async (deps) => {
      const result = await recomputeCampaigns(deps.db, { now: deps.clock.now() });
      await deps.db.transaction((tx) =>
        appendAudit(tx, deps.keys, {
          actor: { type: 'cli' },
          action: 'campaigns.recomputed',
          meta: { campaigns: result.campaigns },
        }),
      );
      return result;
    },
  }),
};
