import type { Command } from '../admin/command.ts';
import type { Checkpoint, CheckpointFileProblem } from '../platform/audit/checkpoints.ts';
import type { VerifyResult } from '../platform/audit/verify.ts';

const json = { type: 'boolean', description: 'print the result as JSON' } as const;

/** `focalpoint audit verify | checkpoint | public-key`. */
export const auditCommands: readonly Command[] = [
  {
    name: 'audit verify',
    summary:
      'Check the audit log’s chains and its signed checkpoints; exit 1 naming what was removed or altered',
    usage: 'focalpoint audit verify [--checkpoints FILE] [--json]',
    options: {
      checkpoints: {
        type: 'string',
        description:
          'also compare with this checkpoint file (an auditor’s copy, from `audit checkpoint --out`)',
      },
      json,
    },
    async run(v, { operate, out, err, resolvePath }) {
      const files = typeof v.checkpoints === 'string' ? [resolvePath(v.checkpoints)] : [];
      const result = await operate('audit.verify', { checkpoints: files });
      if (!result.ok) {
        err(`Could not verify the audit log: ${result.error}`);
        return 1;
      }
      const r = result.data as VerifyResult;
      if (v.json) out(JSON.stringify(r));
      else if (r.ok) out(intactText(r));
      else {
        for (const p of r.problems) {
          if (p.code === 'checkpoint_invalid') err(`Audit checkpoints TAMPERED: ${p.reason}.`);
          else err(`Audit log BROKEN${p.seq === null ? '' : ` at entry ${p.seq}`}: ${p.reason}.`);
        }
        err(`${r.entries} entries verified before the first problem.`);
      }
      return r.ok ? 0 : 1;
    },
  },
  {
    name: 'audit checkpoint',
    summary:
      'Sign a checkpoint of the audit log’s head now; with --out, export every checkpoint for auditors',
    usage: 'focalpoint audit checkpoint [--out FILE] [--json]',
    options: {
      out: { type: 'string', description: 'write every checkpoint (JSON lines) to this file' },
      json,
    },
    async run(v, { operate, out, err, resolvePath }) {
      const result = await operate(
        'audit.checkpoint',
        typeof v.out === 'string' ? { out: resolvePath(v.out) } : {},
      );
      if (!result.ok) {
        err(`Could not sign a checkpoint: ${result.error}`);
        return 1;
      }
      const r = result.data as {
        checkpoint: Checkpoint | null;
        file: string;
        exported: { file: string; checkpoints: number; refused: CheckpointFileProblem[] } | null;
      };
      if (v.json) out(JSON.stringify(r));
      else {
        out(
          r.checkpoint
            ? `Checkpoint of entry ${r.checkpoint.seq} signed at ${r.checkpoint.at}, appended to ${r.file}.`
            : 'The audit log is empty: nothing to sign yet.',
        );
        if (r.exported) out(`${r.exported.checkpoints} checkpoints exported to ${r.exported.file}.`);
      }
      for (const p of r.exported?.refused ?? []) err(`Not exported: ${p.file}, line ${p.line}: ${p.reason}.`);
      return r.exported?.refused.length ? 1 : 0;
    },
  },
  {
    name: 'audit public-key',
    summary: 'Print the public key that verifies audit checkpoints (give it to auditors)',
    usage: 'focalpoint audit public-key [--json]',
    options: { json },
    async run(v, { operate, out, err }) {
      const result = await operate('audit.public-key', {});
      if (!result.ok) {
        err(`Could not derive the public key: ${result.error}`);
        return 1;
      }
      const r = result.data as { pem: string; fingerprint: string };
      if (v.json) out(JSON.stringify(r));
      else {
        // The key alone on standard output, so `> focalpoint-audit.pem` gives a file OpenSSL reads.
        out(r.pem.trimEnd());
        err(`Fingerprint: ${r.fingerprint}`);
      }
      return 0;
    },
  },
];

function intactText(r: VerifyResult): string {
  const c = r.checkpoints;
  const compared = c.latest
    ? `${c.verified} signed checkpoints agree, the latest of entry ${c.latest.seq} at ${c.latest.at}`
    : 'no signed checkpoint yet to compare its end with';
  const keyed =
    r.keyedFrom === null ? '' : r.keyedFrom === 1 ? ', all keyed' : `, keyed from entry ${r.keyedFrom}`;
  return `Audit log intact: ${r.entries} entries verified${keyed}; ${compared}.`;
}
