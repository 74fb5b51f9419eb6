import { z } from 'zod';
import { RetentionSettingsPatch } from '../../shared/contracts/retention.ts';
import { defineOperation, type Operations } from '../admin/operation.ts';
import { exportTombstones } from './export-tombstones.ts';
import { planRetention, runRetention } from './run-retention.ts';
import { updateSettings, viewSettings } from './schedule.ts';

/** What `focalpoint retention …` runs, here or in the server through the admin socket. */
export const retentionOperations: Operations = {
  'retention.settings': defineOperation({ args: z.object({}), run: (deps) => viewSettings(deps) }),
  'retention.set': defineOperation({
    args: z.object({ settings: RetentionSettingsPatch }),
    run: (deps, args) => updateSettings(deps, { type: 'cli' }, args.settings),
  }),
  'retention.plan': defineOperation({
    args: z.object({ limit: z.number().int().min(1).max(100_000).optional() }),
    run: (deps, args) => planRetention(deps, args.limit ? { limit: args.limit } : {}),
  }),
  'retention.run': defineOperation({
    args: z.object({}),
    // Until nothing due is left: a run takes at most a thousand cases.
    run: async (deps) => {
      const all = { items: 0, records: 0, keys: 0, blobs: 0, receipts: 0, rules: new Map<string, number>() };
      for (;;) {
        const run = await runRetention(deps, { actor: { type: 'cli' } });
        all.items += run.items.length;
        all.records += run.records.length;
        all.keys += run.keysShredded;
        all.blobs += run.blobsDeleted;
        all.receipts += run.receiptsExpired;
        for (const r of run.rules) all.rules.set(r.rule, (all.rules.get(r.rule) ?? 0) + r.cases);
        if (!run.more) break;
      }
      return {
        cases: all.items,
        records: all.records,
        keysShredded: all.keys,
        blobsDeleted: all.blobs,
        receiptsExpired: all.receipts,
        rules: Object.fromEntries(all.rules),
      };
    },
  }),
  'retention.tombstones': defineOperation({
    args: z.object({ file: z.string().min(1) }),
    run: (deps, args) => exportTombstones(deps, { file: args.file }),
  }),
};
