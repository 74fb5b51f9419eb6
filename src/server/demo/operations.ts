import { z } from 'zod';
import { defineOperation, type Operations } from '../admin/operation.ts';
import { seedDemo } from './seed.ts';

export const demoOperations: Operations = {
  'demo.seed': defineOperation({
    args: z.object({ reports: z.number().int().min(1).max(1_000_000), seed: z.number().int().optional() }),
    run: (deps, args, progress) =>
      seedDemo(deps, {
        reports: args.reports,
        ...(args.seed === undefined ? {} : { seed: args.seed }),
        onProgress: (done, total) => progress({ type: 'progress', label: 'Synthetic reports', done, total }),
      }),
  }),
};
