import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';

/**
 * Blobs leave the file store after the transaction that unlinked them has committed: the file store is not
 * transactional, and a blob deleted before a rollback would be a file lost for good. The transaction queues
 * their ids (retention_blob_queue); the caller drains the queue right after the commit, and every run of
 * the retention job drains what a crash left behind. Deleting a blob that is already gone is harmless.
 */
export async function queueBlobs(tx: Queryable, ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `INSERT INTO retention_blob_queue (blob_id, queued_at)
     SELECT DISTINCT unnest($1::text[]), $2::timestamptz ON CONFLICT DO NOTHING`,
    [ids, now],
  );
}

/** Deletes every queued blob from the file store, then its queue row. Answers how many. */
export async function drainBlobQueue(deps: Pick<AppDeps, 'db' | 'blobs'>, max = 10_000): Promise<number> {
  let deleted = 0;
  while (deleted < max) {
    const { rows } = await deps.db.query<{ blob_id: string }>(
      'SELECT blob_id FROM retention_blob_queue ORDER BY queued_at, blob_id LIMIT 500',
    );
    if (rows.length === 0) break;
    for (const { blob_id } of rows) await deps.blobs.delete(blob_id);
    await deps.db.query('DELETE FROM retention_blob_queue WHERE blob_id = ANY($1::text[])', [
      rows.map((r) => r.blob_id),
    ]);
    deleted += rows.length;
  }
  return deleted;
}
