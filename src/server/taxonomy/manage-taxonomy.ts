import type { AdminTaxonomy, UpdatePack, UpdateTerm } from '../../shared/contracts/taxonomy.ts';
import type { Vocabulary } from '../../shared/taxonomy.ts';
import type { AppDeps } from '../deps.ts';
import { type AuditActor, appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { listPacks, listTaxonomy } from './repo.ts';

type Deps = Pick<AppDeps, 'db' | 'keys'>;

/** Every term and pack, enabled or not, as admins see them. */
export async function readTaxonomyForAdmin(deps: Deps): Promise<AdminTaxonomy> {
  const [terms, packs] = await Promise.all([
    listTaxonomy(deps.db, { includeInactive: true }),
    listPacks(deps.db, { includeInactive: true }),
  ]);
  return {
    terms: terms.map((t) => ({
      vocabulary: t.vocabulary,
      code: t.code,
      labels: t.labels,
      attributes: t.attributes,
      active: t.active,
    })),
    packs: packs.map((p) => ({
      code: p.code,
      suspectedState: p.suspectedState,
      labels: p.labels,
      active: p.active,
      communities: p.communities,
    })),
  };
}

/** Enables or disables a community pack (audited: the pack's code and the new state). */
export async function updatePack(
  deps: Deps,
  actor: AuditActor,
  code: string,
  change: UpdatePack,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { rowCount } = await tx.query('UPDATE taxonomy_packs SET active = $2 WHERE code = $1', [
      code,
      change.active,
    ]);
    if (rowCount === 0) throw new AppError(404, 'error.notFound');
    await appendAudit(tx, deps.keys, {
      actor,
      action: 'taxonomy.pack.updated',
      target: { type: 'taxonomy_pack', id: code },
      meta: { active: change.active },
    });
  });
}

/** Enables, disables or relabels a term (audited: which term, its state, how many labels changed). */
export async function updateTerm(
  deps: Deps,
  actor: AuditActor,
  term: { vocabulary: Vocabulary; code: string },
  change: UpdateTerm,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE taxonomy_terms SET active = coalesce($3, active), labels = labels || $4::jsonb
        WHERE vocabulary = $1 AND code = $2`,
      [term.vocabulary, term.code, change.active ?? null, JSON.stringify(change.labels ?? {})],
    );
    if (rowCount === 0) throw new AppError(404, 'error.notFound');
    await appendAudit(tx, deps.keys, {
      actor,
      action: 'taxonomy.term.updated',
      target: { type: 'taxonomy_term', id: `${term.vocabulary}:${term.code}` },
      meta: { active: change.active ?? null, labels: Object.keys(change.labels ?? {}).length },
    });
  });
}
