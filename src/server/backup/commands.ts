import type { Command } from '../admin/command.ts';

/** `focalpoint backup` and `focalpoint restore`. */
export const backupCommands: readonly Command[] = [
  {
    name: 'backup',
    summary: 'Write a backup (one file; everything sealed stays sealed; the master key is NOT in it)',
    usage: 'focalpoint backup --out FILE [--json]',
    options: {
      out: { type: 'string', description: 'the file to write (e.g. focalpoint-2026-11-22.fpb)' },
      json: { type: 'boolean', description: 'print the summary as JSON' },
    },
    async run(v, { operate, out, err, resolvePath }) {
      if (typeof v.out !== 'string') {
        err('--out is required. See: focalpoint backup --help');
        return 2;
      }
      const result = await operate('backup.create', { file: resolvePath(v.out) });
      if (!result.ok) {
        err(`Backup failed: ${result.error}`);
        return 1;
      }
      const r = result.data as { file: string; rows: number; blobs: number; bytes: number };
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `Backup written to ${r.file}: ${r.rows} rows, ${r.blobs} files, ${r.bytes} bytes. Keep the master key apart from it.`,
        );
      return 0;
    },
  },
  {
    name: 'restore',
    summary: 'Restore a backup into an empty installation (readable only with the original master key)',
    usage: 'focalpoint restore --from FILE [--tombstones NEWER_FILE] [--json]',
    createsInstallation: true,
    options: {
      from: { type: 'string', description: 'a file written by focalpoint backup' },
      tombstones: {
        type: 'string',
        description:
          'a newer backup, or a file written by focalpoint retention tombstones: what it records as destroyed is destroyed again',
      },
      json: { type: 'boolean', description: 'print the summary as JSON' },
    },
    async run(v, { operate, out, err, resolvePath }) {
      if (typeof v.from !== 'string') {
        err('--from is required. See: focalpoint restore --help');
        return 2;
      }
      const tombstones = typeof v.tombstones === 'string' ? [resolvePath(v.tombstones)] : [];
      const result = await operate('backup.restore', { file: resolvePath(v.from), tombstones });
      if (!result.ok) {
        err(`Restore failed: ${result.error}`);
        return 1;
      }
      const r = result.data as { rows: number; blobs: number; destroyedAgain: number };
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `Restored ${r.rows} rows and ${r.blobs} files.${r.destroyedAgain ? ` ${r.destroyedAgain} reports destroyed since the backup was made were destroyed again.` : ''}`,
        );
      return 0;
    },
  },
];
