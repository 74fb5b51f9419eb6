import type { Command } from '../admin/command.ts';
import type { MigrationSummary } from './migrate-store.ts';

const KINDS = ['file', 's3'];

/** `focalpoint storage migrate`. */
export const storageCommands: readonly Command[] = [
  {
    name: 'storage migrate',
    summary:
      'Copy every sealed file to the other store (file ↔ s3), verifying each; run again before switching FOCALPOINT_STORAGE',
    usage: 'focalpoint storage migrate --from file --to s3 [--json]',
    options: {
      from: { type: 'string', description: 'the store the files are in now: file or s3' },
      to: {
        type: 'string',
        description: 'the store to copy them to: file or s3 (configured by FOCALPOINT_S3_*)',
      },
      json: { type: 'boolean', description: 'print the summary as JSON' },
    },
    async run(v, { operate, out, err }) {
      if (
        typeof v.from !== 'string' ||
        typeof v.to !== 'string' ||
        !KINDS.includes(v.from) ||
        !KINDS.includes(v.to)
      ) {
        err('--from and --to must each be file or s3. See: focalpoint storage migrate --help');
        return 2;
      }
      const result = await operate('storage.migrate', { from: v.from, to: v.to });
      if (!result.ok) {
        err(`Migration failed: ${result.error}`);
        return 1;
      }
      const r = result.data as MigrationSummary;
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `${r.files} files in the ${r.from} store: ${r.copied} copied to the ${r.to} store and verified (${r.bytes} bytes), ${r.alreadyThere} already there. The ${r.from} store is unchanged.`,
        );
      return 0;
    },
  },
];
