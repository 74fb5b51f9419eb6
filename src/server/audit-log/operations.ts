import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { defineOperation, type Operations } from '../admin/operation.ts';
import {
  checkpointFileOf,
  checkpointLine,
  checkpointPublicKey,
  readCheckpoints,
} from '../platform/audit/checkpoints.ts';
import { verifyAuditLog } from '../platform/audit/verify.ts';
import { takeCheckpoint } from './take-checkpoint.ts';

const filePath = z.string().min(1).max(4096);

/** The audit log's operations: verify it, sign a checkpoint (and export them all), print the public key. */
export const auditOperations: Operations = {
  'audit.verify': defineOperation({
    args: z.object({ checkpoints: z.array(filePath).max(10).default([]) }),
    run: (deps, args) =>
      verifyAuditLog(
        { db: deps.db, keys: deps.keys, dataDir: deps.config.dataDir },
        { checkpointFiles: args.checkpoints },
      ),
  }),
  'audit.checkpoint': defineOperation({
    args: z.object({ out: filePath.optional() }),
    run: async (deps, args) => {
      const checkpoint = await takeCheckpoint(deps);
      const file = checkpointFileOf(deps.config.dataDir);
      if (!args.out) return { checkpoint, file, exported: null };
      // The export holds the checkpoints whose signatures verify, in the data directory's format: an
      // auditor keeps it and hands it back to `audit verify --checkpoints`, or checks it with OpenSSL.
      const { checkpoints, problems } = await readCheckpoints(deps.keys, file);
      await writeFile(args.out, checkpoints.map((c) => `${checkpointLine(c)}\n`).join(''), { mode: 0o644 });
      return {
        checkpoint,
        file,
        exported: { file: args.out, checkpoints: checkpoints.length, refused: problems },
      };
    },
  }),
  'audit.public-key': defineOperation({
    args: z.object({}),
    run: async (deps) => checkpointPublicKey(deps.keys),
  }),
};
