import type { CampaignDetail, CampaignPatch, RejectLink } from '../../shared/contracts/indicators.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, notFound } from '../platform/http/errors.ts';
import { recomputeCampaigns } from './linking.ts';
import { getCampaign } from './read-campaigns.ts';

/** What analysts and supervisors decide: confirm, reject, name and annotate campaigns; reject a link. */

type Deps = Pick<AppDeps, 'db' | 'vault' | 'clock' | 'keys'>;

async function caseExists(q: Queryable, caseId: string): Promise<boolean> {
  return Boolean(await maybeOne(q, 'SELECT 1 AS ok FROM cases WHERE id = $1', [caseId]));
}

export async function updateCampaign(
  deps: Deps,
  actor: StaffPrincipal,
  id: string,
  patch: CampaignPatch,
): Promise<CampaignDetail> {
  await deps.db.transaction(async (tx) => {
    const row = await maybeOne<{ id: string; status: string; data_key_id: string | null }>(
      tx,
      'SELECT id, status, data_key_id FROM campaigns WHERE id = $1 FOR UPDATE',
      [id],
    );
    if (!row) throw notFound();
    const now = deps.clock.now();
    const sets: string[] = ['updated_at = $2'];
    const params: unknown[] = [id, now];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (patch.name !== undefined || patch.note !== undefined) {
      const dataKey = row.data_key_id
        ? await deps.vault.dataKey(tx, row.data_key_id)
        : await deps.vault.newDataKey(tx);
      if (!row.data_key_id) set('data_key_id', dataKey.id);
      if (patch.name !== undefined)
        set('name_sealed', patch.name ? deps.vault.seal(dataKey, patch.name, `campaign.name:${id}`) : null);
      if (patch.note !== undefined)
        set('note_sealed', patch.note ? deps.vault.seal(dataKey, patch.note, `campaign.note:${id}`) : null);
    }
    if (patch.status !== undefined && patch.status !== row.status) {
      set('status', patch.status);
      set('decided_by', actor.userId);
      set('decided_at', now);
    }
    await tx.query(`UPDATE campaigns SET ${sets.join(', ')} WHERE id = $1`, params);
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: patch.status && patch.status !== row.status ? `campaign.${patch.status}` : 'campaign.updated',
        target: { type: 'campaign', id },
        meta: { named: patch.name !== undefined, noted: patch.note !== undefined },
      },
      now,
    );
  });
  return getCampaign(deps, actor, id);
}

/**
 * An analyst says two cases are not related: the link is never shown or suggested again, and campaigns
 * are recomputed without it.
 */
export async function rejectLink(deps: Deps, actor: StaffPrincipal, input: RejectLink): Promise<void> {
  if (input.caseA === input.caseB) {
    throw new AppError(400, 'error.validation', { fields: { caseB: { key: 'indicators.error.sameCase' } } });
  }
  const [a, b] = input.caseA < input.caseB ? [input.caseA, input.caseB] : [input.caseB, input.caseA];
  const shareCampaign = await deps.db.transaction(async (tx) => {
    for (const [field, id] of [
      ['caseA', input.caseA],
      ['caseB', input.caseB],
    ] as const) {
      if (!(await caseExists(tx, id))) {
        throw new AppError(400, 'error.validation', {
          fields: { [field]: { key: 'indicators.error.noSuchCase' } },
        });
      }
    }
    const now = deps.clock.now();
    await tx.query(
      `INSERT INTO rejected_links (case_a, case_b, rejected_by, rejected_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [a, b, actor.userId, now],
    );
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'campaign.link.rejected',
        target: { type: 'case', id: a },
        meta: { other: b },
      },
      now,
    );
    const together = await maybeOne(
      tx,
      `SELECT 1 AS ok FROM campaign_members x JOIN campaign_members y ON y.campaign_id = x.campaign_id
        JOIN campaigns c ON c.id = x.campaign_id AND c.status = 'suggested'
       WHERE x.case_id = $1 AND y.case_id = $2`,
      [a, b],
    );
    return Boolean(together);
  });
  if (shareCampaign) await recomputeCampaigns(deps.db, { now: deps.clock.now() });
}
