import type { Command } from './command.ts';

/** `focalpoint keys rotate` (the audit log's commands are in audit-log/commands.ts). */
export const adminCommands: readonly Command[] = [
  {
    name: 'keys rotate',
    summary: 'Make a new key-encryption key and re-wrap every data key under it (safe while running)',
    usage: 'focalpoint keys rotate [--json]',
    options: { json: { type: 'boolean', description: 'print the result as JSON' } },
    async run(v, { operate, out, err }) {
      const result = await operate('keys.rotate', {});
      if (!result.ok) {
        err(`Could not rotate keys: ${result.error}`);
        return 1;
      }
      const r = result.data as { kekId: string; rewrapped: number; retired: string[] };
      if (v.json) out(JSON.stringify(r));
      else
        out(
          `New key-encryption key ${r.kekId}; ${r.rewrapped} data keys re-wrapped; retired: ${r.retired.join(', ') || 'none'}.`,
        );
      return 0;
    },
  },
];
