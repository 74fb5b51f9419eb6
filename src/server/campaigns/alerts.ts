import type { LinkAlert } from '../../shared/contracts/indicators.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { notFound } from '../platform/http/errors.ts';

/**
 * Alerts: one per arriving report that linked to existing cases, naming those cases (strongest first) and
 * the campaign its case joined. Each person marks them seen for themselves.
 */
export async function listAlerts(
  deps: Pick<AppDeps, 'db'>,
  actor: StaffPrincipal,
  query: { unseen: boolean; limit: number },
): Promise<{ items: LinkAlert[] }> {
  const { rows } = await deps.db.query<{
    id: string;
    case_id: string;
    reference: string;
    linked: { caseId: string; reference: string }[] | null;
    campaign_id: string | null;
    created_at: Date;
    seen: boolean;
  }>(
    `SELECT a.id, a.case_id, c.reference, a.campaign_id, a.created_at, ($1::uuid = ANY(a.seen_by)) AS seen,
            (SELECT jsonb_agg(jsonb_build_object('caseId', l.id, 'reference', l.reference) ORDER BY t.n)
               FROM unnest(a.linked_case_ids) WITH ORDINALITY AS t(id, n) JOIN cases l ON l.id = t.id) AS linked
       FROM link_alerts a
       JOIN cases c ON c.id = a.case_id
      WHERE NOT ($2 AND $1::uuid = ANY(a.seen_by))
      ORDER BY a.created_at DESC, a.id LIMIT $3`,
    [actor.userId, query.unseen, query.limit],
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      reference: r.reference,
      linkedCases: r.linked ?? [],
      campaignId: r.campaign_id,
      createdAt: r.created_at.toISOString(),
      seen: r.seen,
    })),
  };
}

export async function markAlertSeen(
  deps: Pick<AppDeps, 'db'>,
  actor: StaffPrincipal,
  id: string,
): Promise<void> {
  const { rowCount } = await deps.db.query(
    `UPDATE link_alerts SET seen_by = CASE WHEN $2::uuid = ANY(seen_by) THEN seen_by ELSE array_append(seen_by, $2::uuid) END
      WHERE id = $1`,
    [id, actor.userId],
  );
  if (rowCount === 0) throw notFound();
}
