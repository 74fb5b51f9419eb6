import type { Command } from '../admin/command.ts';

/** `focalpoint campaigns recompute`. */
export const campaignCommands: readonly Command[] = [
  {
    name: 'campaigns recompute',
    summary: 'Rebuild every campaign from the links between cases (confirmed and rejected decisions kept)',
    usage: 'focalpoint campaigns recompute [--json]',
    options: { json: { type: 'boolean', description: 'print the result as JSON' } },
    async run(v, { operate, out, err }) {
      const result = await operate('campaigns.recompute', {});
      if (!result.ok) {
        err(`Recomputation failed: ${result.error}`);
        return 1;
      }
      const r = result.data as { campaigns: number; created: number; removed: number; members: number };
      if (v.json) out(JSON.stringify(r));
      else
        out(`${r.campaigns} campaigns (${r.created} new, ${r.removed} gone), ${r.members} case memberships.`);
      return 0;
    },
  },
];
