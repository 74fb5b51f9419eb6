import type { RecordKind, RecordTrim } from '../../shared/contracts/retention.ts';
import { forgetReporterMessages } from '../indicators/index-report.ts';
import type { Queryable } from '../platform/db/db.ts';
import { queueBlobs } from './blob-queue.ts';
import type { DisposeDeps } from './dispose.ts';
import { shredDataKeys } from './shred-keys.ts';

/**
 * One kind of record removed from a closed case before the case itself is de-identified (keep.<record>):
 * the case keeps working as before without it. Answers the data keys destroyed and the blobs queued.
 */
export async function trimRecords(
  tx: Queryable,
  deps: DisposeDeps,
  trim: Pick<RecordTrim, 'caseId'> & { kind: RecordKind },
  now: Date,
): Promise<{ keysShredded: number; blobs: number }> {
  const caseId = trim.caseId;
  let keys: string[] = [];
  let blobs: string[] = [];
  let valueIds: string[] = [];
  switch (trim.kind) {
    case 'messages': {
      // A message's key also seals the identifier values first seen in it, which other reports may share.
      const { rows: values } = await tx.query<{ id: string }>(
        `SELECT DISTINCT o.value_id::text AS id FROM indicator_occurrences o JOIN reports r ON r.id = o.report_id
          WHERE r.case_id = $1`,
        [caseId],
      );
      valueIds = values.map((v) => v.id);
      const { rows: reports } = await tx.query<{ id: string; suspected_state: string | null }>(
        `SELECT id, suspected_state FROM reports
          WHERE case_id = $1 AND EXISTS (SELECT 1 FROM case_messages m WHERE m.report_id = reports.id)`,
        [caseId],
      );
      for (const r of reports)
        await forgetReporterMessages(tx, deps, { reportId: r.id, suspectedState: r.suspected_state });
      const { rows } = await tx.query<{ id: string }>(
        'DELETE FROM case_messages WHERE case_id = $1 RETURNING data_key_id::text AS id',
        [caseId],
      );
      keys = rows.map((r) => r.id);
      break;
    }
    case 'notes': {
      const { rows } = await tx.query<{ id: string }>(
        'DELETE FROM case_notes WHERE case_id = $1 RETURNING data_key_id::text AS id',
        [caseId],
      );
      keys = rows.map((r) => r.id);
      break;
    }
    case 'identity':
      // Sealed under the report's own key, which still seals the narrative: the value goes, the key stays.
      await tx.query('UPDATE reports SET identity_sealed = NULL WHERE case_id = $1', [caseId]);
      break;
    case 'evidence_originals':
    case 'evidence_copies': {
      const column = trim.kind === 'evidence_originals' ? 'original_blob_id' : 'sanitised_blob_id';
      const { rows } = await tx.query<{ blob: string }>(
        `SELECT e.${column} AS blob FROM evidence_files e JOIN reports r ON r.id = e.report_id
          WHERE r.case_id = $1 AND e.${column} IS NOT NULL`,
        [caseId],
      );
      blobs = rows.map((r) => r.blob);
      await tx.query(
        `UPDATE evidence_files SET ${column} = NULL
          WHERE report_id IN (SELECT id FROM reports WHERE case_id = $1)`,
        [caseId],
      );
      // A file with neither its original nor a copy left is no file at all.
      const empty = `SELECT id FROM evidence_files WHERE original_blob_id IS NULL AND sanitised_blob_id IS NULL
                      AND report_id IN (SELECT id FROM reports WHERE case_id = $1)`;
      await tx.query(`DELETE FROM referral_evidence WHERE evidence_file_id IN (${empty})`, [caseId]);
      await tx.query(`DELETE FROM evidence_original_downloads WHERE evidence_file_id IN (${empty})`, [
        caseId,
      ]);
      const { rows: gone } = await tx.query<{ id: string }>(
        `DELETE FROM evidence_files WHERE id IN (${empty}) RETURNING data_key_id::text AS id`,
        [caseId],
      );
      keys = gone.map((r) => r.id);
      break;
    }
  }
  await queueBlobs(tx, blobs, now);
  const shredded = await shredDataKeys(tx, deps, { candidates: keys, valueIds });
  return { keysShredded: shredded.length, blobs: blobs.length };
}
