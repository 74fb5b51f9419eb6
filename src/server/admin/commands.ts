import type { Command } from './command.ts';

/** `focalpoint audit verify` and `focalpoint keys rotate`: the platform's own checks and keys. */
export const adminCommands: readonly Command[] = [
  {
    name: 'audit verify',
    summary: 'Check the audit log’s hash chain; exit 1 naming the first bad entry',
    usage: 'focalpoint audit verify [--json]',
    options: { json: { type: 'boolean', description: 'print the result as JSON' } },
    async run(v, { operate, out, err }) {
      const result = await operate('audit.verify', {});
      if (!result.ok) {
        err(`Could not verify the audit log: ${result.error}`);
        return 1;
      }
      const r = result.data as { ok: boolean; entries: number; firstBadSeq?: number; problem?: string };
      if (v.json) out(JSON.stringify(r));
      else if (r.ok) out(`Audit log intact: ${r.entries} entries verified.`);
      else
        err(
          `Audit log BROKEN at entry ${r.firstBadSeq}: ${r.problem} (${r.entries} entries verified before it).`,
        );
      return r.ok ? 0 : 1;
    },
  },
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
