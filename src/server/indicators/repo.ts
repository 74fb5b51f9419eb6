import type { Queryable } from '../platform/db/db.ts';

/**
 * SQL for indicator values and occurrences. Arrays of bytes travel as hex text and are decoded in SQL,
 * so the same statements run on PGlite and node-postgres.
 */

export const hex = (b: Buffer) => b.toString('hex');

/** The blind indexes (hex) among these that have a value row. */
export async function knownAmong(q: Queryable, blindIndexes: readonly string[]): Promise<Set<string>> {
  if (blindIndexes.length === 0) return new Set();
  const { rows } = await q.query<{ h: string }>(
    `SELECT h FROM unnest($1::text[]) AS t(h)
      WHERE EXISTS (SELECT 1 FROM indicator_values v WHERE v.blind_index = decode(h, 'hex'))`,
    [blindIndexes],
  );
  return new Set(rows.map((r) => r.h));
}

/** Removes a report's occurrences (retention, deletion on request) and keeps the counts true. */
export async function deleteOccurrencesOfReport(q: Queryable, reportId: string): Promise<void> {
  const { rows } = await q.query<{ value_id: string }>(
    'DELETE FROM indicator_occurrences WHERE report_id = $1 RETURNING value_id::text AS value_id',
    [reportId],
  );
  if (rows.length === 0) return;
  const ids = [...new Set(rows.map((r) => r.value_id))];
  await q.query(
    'UPDATE indicator_values SET occurrence_count = occurrence_count - 1 WHERE id = ANY($1::bigint[])',
    [ids],
  );
  // A value no report mentions any more is forgotten, sealed value and all.
  await q.query('DELETE FROM indicator_values WHERE id = ANY($1::bigint[]) AND occurrence_count <= 0', [ids]);
}

/** The sealed texts a report's indexing read: narrative, details (perpetrators) and the reporter's messages. */
export async function indexedTextsOfReport(
  q: Queryable,
  reportId: string,
): Promise<{ narrative: unknown; details: unknown; messages: { id: string; body: unknown }[] } | undefined> {
  const { rows } = await q.query<{ narrative_sealed: unknown; details_sealed: unknown }>(
    'SELECT narrative_sealed, details_sealed FROM reports WHERE id = $1',
    [reportId],
  );
  const report = rows[0];
  if (!report) return undefined;
  const { rows: messages } = await q.query<{ id: string; body: unknown }>(
    `SELECT id, body_sealed AS body FROM case_messages WHERE report_id = $1 AND direction = 'from_reporter'`,
    [reportId],
  );
  return { narrative: report.narrative_sealed, details: report.details_sealed, messages };
}

/** A forgotten report is not indexed again by the background indexer (reports.indexed_at, 0012). */
export async function markNothingToIndex(q: Queryable, reportId: string, at: Date): Promise<void> {
  await q.query('UPDATE reports SET indexed_at = COALESCE(indexed_at, $2) WHERE id = $1', [reportId, at]);
}

export async function setWarned(q: Queryable, blindIndex: Buffer, warned: boolean): Promise<void> {
  await q.query('UPDATE indicator_values SET warned = $2 WHERE blind_index = $1', [blindIndex, warned]);
}

/** Marks (or unmarks) stored values by their blind indexes, given in hex. */
export async function setWarnedAll(
  q: Queryable,
  blindIndexes: readonly string[],
  warned: boolean,
): Promise<void> {
  await q.query(
    `UPDATE indicator_values SET warned = $2
      WHERE blind_index IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS t(h))`,
    [blindIndexes, warned],
  );
}
