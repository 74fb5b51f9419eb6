import type { QueueFilters, Tag } from '../../shared/contracts/triage.ts';
import type { Queryable } from '../platform/db/db.ts';

/** The SQL of tags and saved queue views. Queries only. */

export type QueueViewRow = { id: string; name: string; filters: QueueFilters; created_at: Date };

export async function listTags(q: Queryable): Promise<Tag[]> {
  const { rows } = await q.query<Tag>('SELECT id, label FROM case_tag_labels ORDER BY lower(label)');
  return rows;
}

export async function tagExists(q: Queryable, id: string): Promise<boolean> {
  const { rows } = await q.query('SELECT 1 FROM case_tag_labels WHERE id = $1', [id]);
  return rows.length > 0;
}

/** Inserts a label; false when one of the same spelling (ignoring case) exists. */
export async function insertTag(
  q: Queryable,
  tag: { id: string; label: string; createdBy: string; at: Date },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO case_tag_labels (id, label, created_by, created_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING`,
    [tag.id, tag.label, tag.createdBy, tag.at],
  );
  return rowCount === 1;
}

/** The tags of each case, by case id. */
export async function tagsOfCases(q: Queryable, caseIds: readonly string[]): Promise<Map<string, Tag[]>> {
  const byCase = new Map<string, Tag[]>();
  if (caseIds.length === 0) return byCase;
  const { rows } = await q.query<Tag & { case_id: string }>(
    `SELECT ct.case_id, l.id, l.label FROM case_tags ct JOIN case_tag_labels l ON l.id = ct.tag_id
      WHERE ct.case_id = ANY($1::uuid[]) ORDER BY lower(l.label)`,
    [caseIds],
  );
  for (const { case_id, id, label } of rows)
    byCase.set(case_id, [...(byCase.get(case_id) ?? []), { id, label }]);
  return byCase;
}

/** True when the tag was added (false: the case had it already). */
export async function addCaseTag(
  q: Queryable,
  t: { caseId: string; tagId: string; by: string; at: Date },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO case_tags (case_id, tag_id, added_by, added_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [t.caseId, t.tagId, t.by, t.at],
  );
  return rowCount === 1;
}

/** True when the tag was removed (false: the case did not have it). */
export async function removeCaseTag(q: Queryable, caseId: string, tagId: string): Promise<boolean> {
  const { rowCount } = await q.query('DELETE FROM case_tags WHERE case_id = $1 AND tag_id = $2', [
    caseId,
    tagId,
  ]);
  return rowCount === 1;
}

export async function viewsOf(q: Queryable, userId: string): Promise<QueueViewRow[]> {
  const { rows } = await q.query<QueueViewRow>(
    'SELECT id, name, filters, created_at FROM queue_views WHERE user_id = $1 ORDER BY lower(name)',
    [userId],
  );
  return rows;
}

export async function countViews(q: Queryable, userId: string): Promise<number> {
  const { rows } = await q.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM queue_views WHERE user_id = $1',
    [userId],
  );
  return rows[0]?.n ?? 0;
}

/** Saves a view; false when the person has one of that name already. */
export async function insertView(
  q: Queryable,
  v: { id: string; userId: string; name: string; filters: QueueFilters; at: Date },
): Promise<boolean> {
  const { rowCount } = await q.query(
    `INSERT INTO queue_views (id, user_id, name, filters, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [v.id, v.userId, v.name, JSON.stringify(v.filters), v.at],
  );
  return rowCount === 1;
}

/** Deletes one of the person's own views; false when they have none of that id. */
export async function deleteView(q: Queryable, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await q.query('DELETE FROM queue_views WHERE id = $1 AND user_id = $2', [id, userId]);
  return rowCount === 1;
}
