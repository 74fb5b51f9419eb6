import { t } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import { entryHash, entryMac, GENESIS_HASH, type StoredEntry } from '../platform/audit/audit.ts';
import {
  appendCheckpoint,
  type Checkpoint,
  checkpointFileOf,
  checkpointPublicKey,
  signCheckpoint,
} from '../platform/audit/checkpoints.ts';
import type { Job } from '../platform/jobs/scheduler.ts';

export type CheckpointDeps = Pick<AppDeps, 'db' | 'keys' | 'clock' | 'config' | 'runtime'>;

export class CheckpointRefusedError extends Error {
  readonly code = 'audit.checkpoint_refused';
  constructor() {
    super('the head of the audit log is not an authentic entry: run `focalpoint audit verify`');
  }
}

type HeadRow = Omit<StoredEntry, 'seq'> & {
  seq: number;
  head_mac: string | null;
  prev_seq: number | null;
  prev_entry_hash: string | null;
  prev_mac: string | null;
};

/**
 * Signs the chain's head and puts the checkpoint outside the database: appended to
 * `<data>/audit-checkpoints.jsonl`, written to the log as one JSON line (for a log system), and e-mailed to
 * FOCALPOINT_AUDIT_CHECKPOINT_EMAIL (entry number, mac, time and signature: never an entry's content).
 * Nothing to sign on an empty log (null).
 *
 * Only an authentic head is signed: the head entry's mac must verify against the entry before it. A head a
 * superuser moved to an invented entry is refused (and the job's failure shows on the jobs page); one moved
 * back to a real, earlier entry is signed — and `audit verify` then finds the earlier checkpoints beyond it.
 */
export async function takeCheckpoint(deps: CheckpointDeps): Promise<Checkpoint | null> {
  const { rows } = await deps.db.query<HeadRow>(
    `SELECT e.seq, e.at, e.actor_type, e.actor_id, e.action, e.target_type, e.target_id, e.meta, e.prev_hash,
            e.hash, e.mac, h.mac AS head_mac, p.seq AS prev_seq, p.hash AS prev_entry_hash, p.mac AS prev_mac
       FROM audit_head h
       LEFT JOIN audit_log e ON e.seq = h.seq
       LEFT JOIN audit_log p ON p.seq = h.seq - 1
      WHERE h.id = 1 AND h.seq > 0`,
  );
  const head = rows[0];
  if (!head) return null;
  const authentic =
    head.seq !== null &&
    head.mac !== null &&
    head.mac === head.head_mac &&
    entryHash(head) === head.hash &&
    head.prev_hash === (head.prev_seq === null ? GENESIS_HASH : head.prev_entry_hash) &&
    head.mac === entryMac(deps.keys, head.prev_mac ?? GENESIS_HASH, head.hash);
  if (!authentic) throw new CheckpointRefusedError();
  const checkpoint = signCheckpoint(deps.keys, {
    seq: head.seq,
    hash: head.hash,
    mac: head.mac!,
    at: deps.clock.now(),
  });
  await appendCheckpoint(checkpointFileOf(deps.config.dataDir), checkpoint);
  const log = deps.runtime.log.child({ component: 'audit' });
  log.info({ code: 'audit.checkpoint', checkpoint }, 'audit checkpoint');
  await mailCheckpoint(deps, checkpoint, log);
  return checkpoint;
}

async function mailCheckpoint(
  deps: CheckpointDeps,
  c: Checkpoint,
  log: CheckpointDeps['runtime']['log'],
): Promise<void> {
  const { fingerprint } = checkpointPublicKey(deps.keys);
  // The entry number as text: ICU would group its digits (12,345), and auditors compare it character by character.
  const params = { seq: String(c.seq), hash: c.hash, mac: c.mac, at: c.at, sig: c.sig, fingerprint };
  // Auditors have no account and so no language setting: one message in both staff languages.
  const subject = `${t('en', 'audit.checkpointMail.subject', params)} / ${t('fr', 'audit.checkpointMail.subject', params)}`;
  const text = `${t('en', 'audit.checkpointMail.body', params)}\n\n---\n\n${t('fr', 'audit.checkpointMail.body', params)}`;
  for (const to of deps.config.auditCheckpoint.emailTo) {
    try {
      await deps.runtime.mailer.send({ to, subject, text });
    } catch (err) {
      // The file and the log hold the checkpoint already; the next one is mailed again.
      log.warn(
        { code: 'audit.checkpoint_mail_failed', errorType: (err as Error).name },
        'checkpoint e-mail failed',
      );
    }
  }
}

export const AUDIT_CHECKPOINT_JOB = 'audit.checkpoint';
/** The first checkpoint after a start: soon, so a restart never leaves a long stretch unsigned. */
export const FIRST_CHECKPOINT_AFTER_MS = 60_000;
/** After a nudge (an identity reveal), wait this long so that acts close together share a checkpoint. */
export const CHECKPOINT_NUDGE_DELAY_MS = 5_000;

/**
 * Checkpoints at intervals (FOCALPOINT_AUDIT_CHECKPOINT_MINUTES, an hour by default) and a few seconds after
 * each identity reveal (cases/reveal-identity.ts nudges it), only when the head has moved since the last one this
 * process signed: an idle installation does not fill the file.
 */
export function auditCheckpointJob(deps: CheckpointDeps): Job {
  let last: { seq: number; mac: string } | null = null;
  return {
    name: AUDIT_CHECKPOINT_JOB,
    everyMs: deps.config.auditCheckpoint.everyMinutes * 60_000,
    firstAfterMs: Math.min(FIRST_CHECKPOINT_AFTER_MS, deps.config.auditCheckpoint.everyMinutes * 60_000),
    nudgeDelayMs: CHECKPOINT_NUDGE_DELAY_MS,
    run: async () => {
      const { rows } = await deps.db.query<{ seq: number; mac: string | null }>(
        'SELECT seq, mac FROM audit_head WHERE id = 1',
      );
      const head = rows[0];
      if (head && last && head.seq === last.seq && head.mac === last.mac) return {};
      const c = await takeCheckpoint(deps);
      if (c) last = { seq: c.seq, mac: c.mac };
      return {};
    },
  };
}
