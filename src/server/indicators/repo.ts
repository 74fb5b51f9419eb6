import type { Queryable } from '../platform/db/db.ts';

/**
 * SQL for indicator values and occurrences. Arrays of bytes travel as hex text and are decoded in SQL,
 * so the same statements run on PGlite and node-postgres.
 */

export type ValueRow = { id: string; blind_index_hex: string; warned: boolean; occurrence_count: number };

export const hex = (b: Buffer) => b.toString('hex');

export async function findValues(q: Queryable, blindIndexes: readonly Buffer[]): Promise<ValueRow[]> {
  if (blindIndexes.length === 0) return [];
  const { rows } = await q.query<ValueRow>(
    `SELECT id::text AS id, encode(blind_index, 'hex') AS blind_index_hex, warned, occurrence_count
       FROM indicator_values
      WHERE blind_index IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS t(h))`,
    [blindIndexes.map(hex)],
  );
  return rows;
}

/** Known values among these blind indexes, and for each unknown one whether it is on the warning list. */
export async function lookupValues(
  q: Queryable,
  blindIndexes: readonly Buffer[],
): Promise<{ known: ValueRow[]; warned: Set<string> }> {
  if (blindIndexes.length === 0) return { known: [], warned: new Set() };
  const { rows } = await q.query<ValueRow & { id: string | null; listed: boolean }>(
    `SELECT v.id::text AS id, h AS blind_index_hex, COALESCE(v.warned, false) AS warned,
            COALESCE(v.occurrence_count, 0) AS occurrence_count,
            (v.id IS NULL AND EXISTS (SELECT 1 FROM indicator_warning_list w WHERE w.blind_index = decode(h, 'hex'))) AS listed
       FROM unnest($1::text[]) AS t(h)
       LEFT JOIN indicator_values v ON v.blind_index = decode(h, 'hex')`,
    [blindIndexes.map(hex)],
  );
  return {
    known: rows.filter((r): r is ValueRow & { id: string; listed: boolean } => r.id !== null),
    warned: new Set(rows.filter((r) => r.listed).map((r) => r.blind_index_hex)),
  };
}

export async function warnedAmong(q: Queryable, blindIndexes: readonly Buffer[]): Promise<Set<string>> {
  if (blindIndexes.length === 0) return new Set();
  const { rows } = await q.query<{ h: string }>(
    `SELECT encode(blind_index, 'hex') AS h FROM indicator_warning_list
      WHERE blind_index IN (SELECT decode(h, 'hex') FROM unnest($1::text[]) AS t(h))`,
    [blindIndexes.map(hex)],
  );
  return new Set(rows.map((r) => r.h));
}

export type NewValue = {
  kind: string;
  platform: string | null;
  blindIndex: Buffer;
  sealed: Buffer;
  warned: boolean;
};

/**
 * Inserts values not yet known and returns the ids of those it inserted; a value inserted meanwhile by
 * another transaction is left as it is (and not returned).
 */
export async function insertValues(q: Queryable, values: readonly NewValue[], at: Date): Promise<ValueRow[]> {
  if (values.length === 0) return [];
  const { rows } = await q.query<ValueRow>(
    `INSERT INTO indicator_values (kind, platform, blind_index, value_sealed, warned, occurrence_count, first_seen)
     SELECT k, p, decode(b, 'hex'), decode(s, 'hex'), w, 0, $6
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[]) AS t(k, p, b, s, w)
     ON CONFLICT (blind_index) DO NOTHING
     RETURNING id::text AS id, encode(blind_index, 'hex') AS blind_index_hex, warned, occurrence_count`,
    [
      values.map((v) => v.kind),
      values.map((v) => v.platform),
      values.map((v) => hex(v.blindIndex)),
      values.map((v) => hex(v.sealed)),
      values.map((v) => v.warned),
      at,
    ],
  );
  return rows;
}

export async function insertOccurrences(
  q: Queryable,
  rows: readonly { valueId: string; source: string }[],
  reportId: string,
  caseId: string,
): Promise<void> {
  if (rows.length === 0) return;
  // One round trip: the occurrences and the counts they add to.
  await q.query(
    `WITH added AS (
       INSERT INTO indicator_occurrences (value_id, report_id, case_id, source)
       SELECT v, $3, $4, s::indicator_source FROM unnest($1::bigint[], $2::text[]) AS t(v, s)
       RETURNING value_id
     )
     UPDATE indicator_values SET occurrence_count = occurrence_count + 1 WHERE id IN (SELECT value_id FROM added)`,
    [rows.map((r) => r.valueId), rows.map((r) => r.source), reportId, caseId],
  );
}

/** Values of a report already recorded (a message repeating the narrative's phone number adds nothing). */
export async function valuesOfReport(q: Queryable, reportId: string): Promise<Set<string>> {
  const { rows } = await q.query<{ id: string }>(
    'SELECT DISTINCT value_id::text AS id FROM indicator_occurrences WHERE report_id = $1',
    [reportId],
  );
  return new Set(rows.map((r) => r.id));
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

export async function setWarned(q: Queryable, blindIndex: Buffer, warned: boolean): Promise<void> {
  await q.query('UPDATE indicator_values SET warned = $2 WHERE blind_index = $1', [blindIndex, warned]);
}
