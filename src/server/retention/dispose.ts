import type { AppDeps } from '../deps.ts';
import { forgetStoredReport } from '../indicators/index-report.ts';
import type { Queryable } from '../platform/db/db.ts';
import { queueBlobs } from './blob-queue.ts';
import { shredDataKeys } from './shred-keys.ts';

/**
 * De-identification and destruction, set-based, inside the caller's transaction.
 *
 * What goes is listed here once; what stays is what statistics and dashboards count, so that no figure
 * changes: a report's received date, province, institution, tactics, communities, channels, impacts,
 * perpetrator types, origin state, risk, consents and language; a case's status, risk, opening,
 * acknowledgement and closing; a referral's partner, status and outcome; campaign memberships. Check any
 * new statistic against this list before it reads a column that is cleared here.
 *
 * A target is a set of reports and, when their whole case goes, the case with every case merged into it
 * (merging moves reports, messages, notes and tasks but leaves timelines, reveals and referrals behind).
 * A report disposed of alone (a deletion request in a case that holds other people's reports) takes its
 * own content, messages and files, and the package of any referral that carried it.
 */
export type DisposalTarget = { caseIds: readonly string[]; reportIds: readonly string[] };

export type DisposeDeps = Pick<AppDeps, 'keys' | 'vault' | 'clock'>;

export type DisposalOutcome = { keysShredded: number; blobs: number };

const ids = (t: DisposalTarget) => [t.reportIds, t.caseIds] as const;

/** Removes the content of the target's reports and, for its cases, the case's own content. */
export async function deidentify(
  tx: Queryable,
  deps: DisposeDeps,
  target: DisposalTarget,
  now: Date,
): Promise<DisposalOutcome> {
  const [r, c] = ids(target);
  // The identifier values the reports touched (occurrences, staff corrections): a value other reports still
  // use may have been sealed under one of the keys about to be destroyed.
  const { rows: values } = await tx.query<{ id: string }>(
    `SELECT DISTINCT value_id::text AS id FROM indicator_occurrences WHERE report_id = ANY($1::uuid[])
     UNION
     SELECT v.id::text FROM indicator_corrections k JOIN indicator_values v ON v.blind_index = k.blind_index
      WHERE k.report_id = ANY($1::uuid[])`,
    [r],
  );
  // Identifiers and search tokens first, while the texts they came from can still be read.
  const { rows: live } = await tx.query<{ id: string }>(
    'SELECT id FROM reports WHERE id = ANY($1::uuid[]) AND deidentified_at IS NULL',
    [r],
  );
  for (const { id } of live) await forgetStoredReport(tx, deps, { reportId: id, now });

  // Every data key that sealed something removed below, and every blob.
  const { rows: keys } = await tx.query<{ id: string }>(
    `SELECT data_key_id::text AS id FROM reports WHERE id = ANY($1::uuid[])
     UNION SELECT data_key_id::text FROM case_messages WHERE report_id = ANY($1::uuid[]) OR case_id = ANY($2::uuid[])
     UNION SELECT data_key_id::text FROM evidence_files WHERE report_id = ANY($1::uuid[])
     UNION SELECT d.data_key_id::text FROM evidence_original_downloads d
            JOIN evidence_files e ON e.id = d.evidence_file_id WHERE e.report_id = ANY($1::uuid[])
     UNION SELECT data_key_id::text FROM evidence_original_downloads WHERE case_id = ANY($2::uuid[])
     UNION SELECT data_key_id::text FROM case_notes WHERE case_id = ANY($2::uuid[])
     UNION SELECT data_key_id::text FROM case_tasks WHERE case_id = ANY($2::uuid[])
     UNION SELECT data_key_id::text FROM identity_reveals WHERE case_id = ANY($2::uuid[])
     UNION SELECT data_key_id::text FROM case_events WHERE case_id = ANY($2::uuid[]) AND data_key_id IS NOT NULL
     UNION SELECT data_key_id::text FROM referrals WHERE case_id = ANY($2::uuid[]) AND data_key_id IS NOT NULL
     UNION SELECT e.data_key_id::text FROM referral_events e JOIN referrals f ON f.id = e.referral_id
            WHERE f.case_id = ANY($2::uuid[]) AND e.data_key_id IS NOT NULL`,
    [r, c],
  );
  const { rows: blobs } = await tx.query<{ id: string }>(
    `SELECT original_blob_id AS id FROM evidence_files WHERE report_id = ANY($1::uuid[]) AND original_blob_id IS NOT NULL
     UNION SELECT sanitised_blob_id FROM evidence_files WHERE report_id = ANY($1::uuid[]) AND sanitised_blob_id IS NOT NULL
     UNION SELECT package_blob_id FROM referrals
            WHERE package_blob_id IS NOT NULL AND (case_id = ANY($2::uuid[]) OR report_ids && $1::uuid[])`,
    [r, c],
  );

  // The reports: content, files, messages, and whatever pointed at them.
  await tx.query(
    `DELETE FROM referral_evidence WHERE evidence_file_id IN (
       SELECT id FROM evidence_files WHERE report_id = ANY($1::uuid[]))`,
    [r],
  );
  await tx.query(
    `DELETE FROM evidence_original_downloads WHERE case_id = ANY($2::uuid[]) OR evidence_file_id IN (
       SELECT id FROM evidence_files WHERE report_id = ANY($1::uuid[]))`,
    [r, c],
  );
  await tx.query('DELETE FROM evidence_files WHERE report_id = ANY($1::uuid[])', [r]);
  await tx.query('DELETE FROM case_messages WHERE report_id = ANY($1::uuid[]) OR case_id = ANY($2::uuid[])', [
    r,
    c,
  ]);
  for (const table of ['followup_view_tokens', 'indexing_quarantine', 'indicator_corrections']) {
    await tx.query(`DELETE FROM ${table} WHERE report_id = ANY($1::uuid[])`, [r]);
  }
  // An organisation the reporter named that no register lists is their words (a blind index and the sealed
  // name): it goes. A register entry or known actor named is a code the dashboards count: it stays.
  await tx.query(`DELETE FROM registry_matches WHERE report_id = ANY($1::uuid[]) AND actor LIKE 'name:%'`, [
    r,
  ]);
  await tx.query('DELETE FROM link_alerts WHERE report_id = ANY($1::uuid[]) OR case_id = ANY($2::uuid[])', [
    r,
    c,
  ]);
  // A referral that carried one of these reports keeps its record, not its package.
  await tx.query(
    'UPDATE referrals SET package_blob_id = NULL WHERE report_ids && $1::uuid[] AND package_blob_id IS NOT NULL',
    [r],
  );
  // City and incident dates are free text and exact dates that no figure counts: they go with the content.
  await tx.query(
    `UPDATE reports SET narrative_sealed = NULL, details_sealed = NULL, identity_sealed = NULL,
            idempotency_receipt_sealed = NULL, idempotency_hash = NULL, place_sealed = NULL, data_key_id = NULL,
            incident_started_on = NULL, incident_ended_on = NULL,
            indexed_at = COALESCE(indexed_at, $2), deidentified_at = COALESCE(deidentified_at, $2)
      WHERE id = ANY($1::uuid[])`,
    [r, now],
  );

  // The cases: notes, tasks, reveals and every sealed reason; referrals keep their codes and dates.
  if (c.length > 0) {
    for (const table of ['case_notes', 'case_tasks', 'identity_reveals']) {
      await tx.query(`DELETE FROM ${table} WHERE case_id = ANY($1::uuid[])`, [c]);
    }
    await tx.query(
      `UPDATE case_events SET reason_sealed = NULL, data_key_id = NULL
        WHERE case_id = ANY($1::uuid[]) AND data_key_id IS NOT NULL`,
      [c],
    );
    await tx.query(
      `UPDATE referral_events SET note_sealed = NULL, data_key_id = NULL
        WHERE data_key_id IS NOT NULL AND referral_id IN (SELECT id FROM referrals WHERE case_id = ANY($1::uuid[]))`,
      [c],
    );
    await tx.query(
      `UPDATE referrals SET purpose_sealed = NULL, note_sealed = NULL, override_reason_sealed = NULL,
              partner_reference_sealed = NULL, outcome_note_sealed = NULL, package_blob_id = NULL,
              data_key_id = NULL, content_removed_at = COALESCE(content_removed_at, $2)
        WHERE case_id = ANY($1::uuid[])`,
      [c, now],
    );
    await tx.query(
      'UPDATE cases SET deidentified_at = COALESCE(deidentified_at, $2) WHERE id = ANY($1::uuid[])',
      [c, now],
    );
  }

  await queueBlobs(
    tx,
    blobs.map((b) => b.id),
    now,
  );
  const shredded = await shredDataKeys(tx, deps, {
    candidates: keys.flatMap((k) => (k.id ? [k.id] : [])),
    valueIds: values.map((v) => v.id),
  });
  return { keysShredded: shredded.length, blobs: blobs.length };
}

/**
 * Destroys what de-identification left of the target's working record — the timeline, referral events,
 * lifted legal holds, rejected links, the assignee — and leaves a tombstone per report. The coded rows
 * stay as the anonymous statistical record. The reporter's receipt shows the outcome until `receiptUntil`.
 */
export async function destroy(
  tx: Queryable,
  deps: DisposeDeps,
  target: DisposalTarget,
  opts: { now: Date; rule: (reportId: string) => string; receiptUntil: Date | null },
): Promise<DisposalOutcome> {
  const [r, c] = ids(target);
  const removed = await deidentify(tx, deps, target, opts.now);
  let keys: string[] = [];
  if (c.length > 0) {
    const { rows } = await tx.query<{ id: string }>(
      `SELECT data_key_id::text AS id FROM legal_holds WHERE case_id = ANY($1::uuid[]) AND data_key_id IS NOT NULL`,
      [c],
    );
    keys = rows.map((k) => k.id);
    await tx.query('DELETE FROM case_events WHERE case_id = ANY($1::uuid[])', [c]);
    await tx.query(
      'DELETE FROM referral_events WHERE referral_id IN (SELECT id FROM referrals WHERE case_id = ANY($1::uuid[]))',
      [c],
    );
    await tx.query('DELETE FROM legal_holds WHERE case_id = ANY($1::uuid[])', [c]);
    await tx.query('DELETE FROM rejected_links WHERE case_a = ANY($1::uuid[]) OR case_b = ANY($1::uuid[])', [
      c,
    ]);
    await tx.query(
      `UPDATE cases SET assignee_id = NULL, destroyed_at = COALESCE(destroyed_at, $2) WHERE id = ANY($1::uuid[])`,
      [c, opts.now],
    );
  }
  const { rows: reports } = await tx.query<{ id: string }>(
    `UPDATE reports SET destroyed_at = $2 WHERE id = ANY($1::uuid[]) AND destroyed_at IS NULL RETURNING id`,
    [r, opts.now],
  );
  // The tombstone names the case the report was in (following merges to the surviving case).
  await tx.query(
    `WITH RECURSIVE chain(report_id, case_id, depth) AS (
       SELECT r.id, r.case_id, 0 FROM reports r WHERE r.id = ANY($1::uuid[])
       UNION ALL
       SELECT chain.report_id, c.merged_into_id, chain.depth + 1
         FROM chain JOIN cases c ON c.id = chain.case_id
        WHERE c.merged_into_id IS NOT NULL AND chain.depth < 20
     ), root AS (SELECT DISTINCT ON (report_id) report_id, case_id FROM chain ORDER BY report_id, depth DESC)
     INSERT INTO retention_tombstones (report_id, reference, case_id, case_reference, received_at, closed_at,
       deidentified_at, destroyed_at, rule, receipt_until)
     SELECT r.id, r.reference, c.id, c.reference, r.received_at, c.closed_at, r.deidentified_at, $2::timestamptz,
            t.rule, $3::timestamptz
       FROM unnest($1::uuid[], $4::text[]) AS t(id, rule)
       JOIN reports r ON r.id = t.id JOIN root ON root.report_id = r.id JOIN cases c ON c.id = root.case_id
     ON CONFLICT (report_id) DO NOTHING`,
    [reports.map((x) => x.id), opts.now, opts.receiptUntil, reports.map((x) => opts.rule(x.id))],
  );
  const shredded = await shredDataKeys(tx, deps, { candidates: keys, valueIds: [] });
  return { keysShredded: removed.keysShredded + shredded.length, blobs: removed.blobs };
}
