import type { CaseLinks, LinkEvidence, MatchedAs } from '../../shared/contracts/indicators.ts';
import type { StaffPrincipal } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { maybeOne } from '../platform/db/db.ts';
import { notFound } from '../platform/http/errors.ts';
import { identifierValueOpener } from './identifier-values.ts';
import { linksOfCase, STRONG_LINK } from './linking.ts';
import { mayReadIdentifierValues } from './policy.ts';
import { mentionsOf, valuesByIds } from './repo.ts';

/** Reports above which a value counts less (link_weight's rarity, migration 0024). */
const RARE_REPORTS = 50;

/**
 * The cases this case is linked to, each link explained: every identifier the two share, how each side's
 * reports mention it ("the domain of an e-mail address" here, "of a URL" there), how many reports mention it
 * in all, what it weighs and why. Values only to roles that may read content.
 */
export async function readCaseLinks(
  deps: Pick<AppDeps, 'db' | 'vault'>,
  actor: StaffPrincipal,
  caseId: string,
): Promise<CaseLinks> {
  return deps.db.transaction(async (tx) => {
    if (!(await maybeOne(tx, 'SELECT 1 AS ok FROM cases WHERE id = $1', [caseId]))) throw notFound();
    const links = await linksOfCase(tx, caseId);
    if (links.length === 0) return { links: [] };
    const ids = links.map((l) => l.caseId);
    const valueIds = [...new Set(links.flatMap((l) => l.values.map((v) => v.valueId)))];
    const [{ rows: refs }, { rows: together }, values, mentions] = [
      await tx.query<{ id: string; reference: string }>(
        'SELECT id, reference FROM cases WHERE id = ANY($1::uuid[])',
        [ids],
      ),
      await tx.query<{ case_id: string; campaign_id: string }>(
        `SELECT theirs.case_id, theirs.campaign_id
           FROM campaign_members mine
           JOIN campaign_members theirs ON theirs.campaign_id = mine.campaign_id
           JOIN campaigns c ON c.id = mine.campaign_id AND c.status <> 'rejected'
          WHERE mine.case_id = $1 AND theirs.case_id = ANY($2::uuid[])`,
        [caseId, ids],
      ),
      await valuesByIds(tx, valueIds),
      await mentionsOf(tx, valueIds, [caseId, ...ids]),
    ];
    const reference = new Map(refs.map((r) => [r.id, r.reference]));
    const campaigns = new Map<string, string[]>();
    for (const s of together) campaigns.set(s.case_id, [...(campaigns.get(s.case_id) ?? []), s.campaign_id]);
    const mention = new Map(mentions.map((m) => [`${m.value_id}|${m.case_id}`, m]));
    const open = identifierValueOpener(deps, tx, mayReadIdentifierValues(actor.role));

    const present = async (
      other: string,
      v: (typeof links)[number]['values'][number],
    ): Promise<LinkEvidence> => {
      const row = values.get(v.valueId)!;
      const here = mention.get(`${v.valueId}|${caseId}`);
      const there = mention.get(`${v.valueId}|${other}`);
      const inProse = here?.confidence === 'medium' || there?.confidence === 'medium';
      const value = await open(row);
      return {
        identifierId: v.valueId,
        kind: v.kind,
        ...(v.platform ? { platform: v.platform as NonNullable<LinkEvidence['platform']> } : {}),
        ...(value === undefined ? {} : { value }),
        matchedHere: (here?.matched ?? []) as MatchedAs[],
        matchedThere: (there?.matched ?? []) as MatchedAs[],
        reports: row.occurrence_count,
        weight: Math.round(v.weight * 100) / 100,
        reasons: [
          inProse ? 'found_in_prose' : 'sure',
          row.occurrence_count > RARE_REPORTS ? 'seen_often' : 'rare',
          ...(v.kind === 'other' ? (['other_kind'] as const) : []),
        ],
      };
    };

    const out: CaseLinks['links'] = [];
    for (const l of links) {
      const ref = reference.get(l.caseId);
      if (!ref) continue;
      const evidence: LinkEvidence[] = [];
      for (const v of [...l.values].sort((a, b) => b.weight - a.weight))
        evidence.push(await present(l.caseId, v));
      out.push({
        caseId: l.caseId,
        reference: ref,
        shared: l.shared.map((s) => ({
          kind: s.kind,
          ...(s.platform ? { platform: s.platform as NonNullable<LinkEvidence['platform']> } : {}),
          count: s.count,
        })),
        evidence,
        weight: Math.round(l.weight * 100) / 100,
        strength: l.weight >= STRONG_LINK ? 'strong' : 'weak',
        campaignIds: campaigns.get(l.caseId) ?? [],
      });
    }
    return { links: out };
  });
}
