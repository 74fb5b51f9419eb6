import type {
  CaseNamedActors,
  MatchReviewList,
  NamedActorMatch,
  RegistryCounts,
  UnregisteredActorList,
} from '../../shared/contracts/registries.ts';
import type { CaseActor } from '../cases/policy.ts';
import { can } from '../cases/policy.ts';
import { findCase } from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { forbidden, notFound } from '../platform/http/errors.ts';
import { type MatchRow, presentMatch } from './presenter.ts';
import { unlistedAad } from './record-matches.ts';

/**
 * The named actors of reports, as each role may see them: the case view's section for those who read a
 * case's reports (with the organisation names the registers do not know, opened and audited); analysts'
 * review list and counts (register entries and case ids only: nothing the reporter wrote); supervisors'
 * list of actors possibly acting unregistered. Every view that opens content is audited.
 */

type Deps = Pick<AppDeps, 'db' | 'vault' | 'clock' | 'keys'>;

const MATCH_COLUMNS = `m.id, m.report_id, r.reference AS report_reference, r.case_id, c.reference AS case_reference,
  m.registered, m.actor_group, m.found_in, m.how, m.confidence, m.decision, m.decided_at, m.referral_id,
  m.matched_at, m.name_sealed, m.actor,
  e.id::text AS entry_id, e.source, s.name AS source_name, e.registrant, e.principal, e.country, e.country_code,
  e.registration_number, e.registered_on::text AS registered_on, e.terminated_on::text AS terminated_on,
  e.source_url, (e.last_snapshot = (SELECT id FROM registry_snapshots ls WHERE ls.source = e.source
                                    ORDER BY ls.seq DESC LIMIT 1)) AS current`;
const MATCH_FROM = `registry_matches m JOIN reports r ON r.id = m.report_id JOIN cases c ON c.id = r.case_id
  LEFT JOIN registry_entries e ON e.id = m.entry_id LEFT JOIN registry_sources s ON s.code = e.source`;

export async function listCaseNamedActors(
  deps: Deps,
  actor: CaseActor,
  caseId: string,
): Promise<CaseNamedActors> {
  return deps.db.transaction(async (tx) => {
    const kase = await findCase(tx, caseId);
    if (!kase) throw notFound();
    if (!can(actor, { assigneeId: kase.assignee_id }, 'readContent')) throw forbidden();
    const { rows } = await tx.query<MatchRow>(
      `SELECT ${MATCH_COLUMNS} FROM ${MATCH_FROM} WHERE r.case_id = $1
        ORDER BY r.received_at, m.registered DESC, e.principal, m.actor`,
      [caseId],
    );
    const listed = rows.filter((r) => !r.actor.startsWith('name:'));
    const unlisted = rows.filter((r) => r.actor.startsWith('name:'));
    const out: CaseNamedActors = { items: listed.map(presentMatch), unlisted: [] };
    for (const u of unlisted)
      out.unlisted.push({
        id: u.id,
        reportReference: u.report_reference,
        name: u.name_sealed ? await deps.vault.openText(tx, u.name_sealed, unlistedAad(u.id)) : null,
        decision: u.decision,
        referralId: u.referral_id,
      });
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'case.named_actors.viewed',
        target: { type: 'case', id: caseId },
        meta: { matches: listed.length, unlisted: unlisted.length },
      },
      deps.clock.now(),
    );
    return out;
  });
}

/** Analysts and supervisors: matches to review, newest first (register entries and case ids only). */
export async function listMatchesToReview(
  q: Queryable,
  opts: { decision: 'pending' | 'confirmed' | 'rejected'; limit: number },
): Promise<MatchReviewList> {
  const { rows } = await q.query<MatchRow>(
    `SELECT ${MATCH_COLUMNS} FROM ${MATCH_FROM}
      WHERE m.decision = $1 AND m.actor NOT LIKE 'name:%' AND c.held_at IS NULL
      ORDER BY m.matched_at DESC, m.id LIMIT $2`,
    [opts.decision, opts.limit],
  );
  return {
    items: rows.map((r) => {
      const { reportReference: _omitted, ...match } = presentMatch(r);
      return { ...match, caseId: r.case_id, caseReference: r.case_reference };
    }),
  };
}

/** De-identified counts: reports naming each principal, by decision; reports naming an unregistered actor. */
export async function registryCounts(q: Queryable): Promise<RegistryCounts> {
  const { rows } = await q.query<{
    source: string;
    principal: string;
    country: string;
    reports: string;
    confirmed: string;
    pending: string;
  }>(
    `SELECT e.source, e.principal, e.country, count(DISTINCT m.report_id) FILTER (WHERE m.decision <> 'rejected')::text AS reports,
            count(DISTINCT m.report_id) FILTER (WHERE m.decision = 'confirmed')::text AS confirmed,
            count(DISTINCT m.report_id) FILTER (WHERE m.decision = 'pending')::text AS pending
       FROM registry_matches m JOIN registry_entries e ON e.id = m.entry_id
       JOIN reports r ON r.id = m.report_id JOIN cases c ON c.id = r.case_id AND c.held_at IS NULL
      GROUP BY e.source, e.principal, e.country
     HAVING count(*) FILTER (WHERE m.decision <> 'rejected') > 0
      ORDER BY count(DISTINCT m.report_id) DESC, e.principal`,
  );
  const { rows: un } = await q.query<{ n: string }>(
    `SELECT count(DISTINCT m.report_id)::text AS n FROM registry_matches m
      WHERE NOT m.registered AND m.decision <> 'rejected'`,
  );
  return {
    items: rows.map((r) => ({
      source: r.source,
      principal: r.principal,
      country: r.country,
      reports: Number(r.reports),
      confirmed: Number(r.confirmed),
      pending: Number(r.pending),
    })),
    unregistered: Number(un[0]?.n ?? 0),
  };
}

/** Supervisors: named actors acting for the suspected state that no register lists (names opened: audited). */
export async function listUnregistered(
  deps: Deps,
  actor: { userId: string },
  opts: { limit: number },
): Promise<UnregisteredActorList> {
  return deps.db.transaction(async (tx) => {
    const { rows } = await tx.query<MatchRow & { naming: string }>(
      `SELECT ${MATCH_COLUMNS},
              (SELECT count(DISTINCT o.report_id) FROM registry_matches o
                WHERE o.actor = m.actor AND o.decision <> 'rejected')::text AS naming
         FROM ${MATCH_FROM}
        WHERE NOT m.registered AND m.decision <> 'rejected' AND c.held_at IS NULL
        ORDER BY m.referral_id IS NOT NULL, m.matched_at DESC LIMIT $1`,
      [opts.limit],
    );
    const items: UnregisteredActorList['items'] = [];
    for (const r of rows) {
      const m = presentMatch(r);
      items.push({
        id: r.id,
        caseId: r.case_id,
        caseReference: r.case_reference,
        reportReference: r.report_reference,
        actor: m.actor,
        name: r.name_sealed ? await deps.vault.openText(tx, r.name_sealed, unlistedAad(r.id)) : null,
        reportsNamingIt: Number(r.naming),
        foundIn: m.foundIn,
        decision: m.decision,
        referralId: m.referralId,
        matchedAt: r.matched_at.toISOString(),
      });
    }
    await appendAudit(
      tx,
      deps.keys,
      {
        actor: { type: 'user', id: actor.userId },
        action: 'registry.unregistered.viewed',
        meta: { items: items.length },
      },
      deps.clock.now(),
    );
    return { items };
  });
}

export type { NamedActorMatch };
