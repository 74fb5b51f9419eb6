import type {
  CaseIdentifiers,
  MatchedAs,
  NewCaseIdentifier,
  ReportIdentifier,
} from '../../shared/contracts/indicators.ts';
import { recomputeCampaigns } from '../campaigns/linking.ts';
import type { CaseActor } from '../cases/policy.ts';
import { can } from '../cases/policy.ts';
import { findCase } from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { blindIndexFor } from '../platform/crypto/blind-index.ts';
import { maybeOne, type Queryable } from '../platform/db/db.ts';
import { AppError, forbidden, notFound } from '../platform/http/errors.ts';
import { fromStaff } from './extract.ts';
import { indexStaffIdentifiers, valueAad } from './index-report.ts';

/**
 * The identifiers of a case's reports, as people who may read the reports see and correct them: each with
 * how it was found and how sure that was; a wrong one removed (it unlinks, and stays removed however often
 * the report is indexed again); one the extractor missed added. Every correction is audited (the kind,
 * never the value).
 */
type Deps = Pick<AppDeps, 'db' | 'vault' | 'keys' | 'clock'>;

async function caseFor(q: Queryable, actor: CaseActor, caseId: string, ability: 'readContent' | 'classify') {
  const row = await findCase(q, caseId);
  if (!row) throw notFound();
  if (!can(actor, { assigneeId: row.assignee_id }, ability)) throw forbidden();
  return row;
}

export async function listCaseIdentifiers(
  deps: Deps,
  actor: CaseActor,
  caseId: string,
): Promise<CaseIdentifiers> {
  return deps.db.transaction(async (tx) => {
    await caseFor(tx, actor, caseId, 'readContent');
    const { rows } = await tx.query<{
      value_id: string;
      report_id: string;
      reference: string;
      kind: ReportIdentifier['kind'];
      platform: string | null;
      value_sealed: unknown;
      source: ReportIdentifier['source'];
      matched_as: MatchedAs;
      confidence: 'high' | 'medium';
      linkable: boolean;
    }>(
      `SELECT v.id::text AS value_id, r.id AS report_id, r.reference, v.kind, v.platform, v.value_sealed, o.source,
              o.matched_as, o.confidence, (v.linkable AND NOT v.warned) AS linkable
         FROM reports r JOIN indicator_occurrences o ON o.report_id = r.id JOIN indicator_values v ON v.id = o.value_id
        WHERE r.case_id = $1
        ORDER BY r.received_at, v.kind, v.id`,
      [caseId],
    );
    const { rows: removed } = await tx.query<{ report_id: string; at: Date }>(
      `SELECT c.report_id, c.at FROM indicator_corrections c JOIN reports r ON r.id = c.report_id
        WHERE r.case_id = $1 AND c.action = 'removed' ORDER BY c.at`,
      [caseId],
    );
    const items: ReportIdentifier[] = [];
    for (const r of rows) {
      items.push({
        identifierId: r.value_id,
        reportId: r.report_id,
        reportReference: r.reference,
        kind: r.kind,
        ...(r.platform ? { platform: r.platform as NonNullable<ReportIdentifier['platform']> } : {}),
        value: await deps.vault.openText(tx, r.value_sealed, valueAad(r.kind)),
        source: r.source,
        matchedAs: r.matched_as,
        confidence: r.confidence,
        linkable: r.linkable,
      });
    }
    await appendAudit(tx, deps.keys, {
      actor: { type: 'user', id: actor.userId },
      action: 'case.identifiers.viewed',
      target: { type: 'case', id: caseId },
      meta: { identifiers: items.length },
    });
    return { items, removed: removed.map((r) => ({ reportId: r.report_id, at: r.at.toISOString() })) };
  });
}

/** Removes a wrong identifier from the case's reports (or one report): it unlinks, for good. */
export async function removeCaseIdentifier(
  deps: Deps,
  actor: CaseActor,
  opts: { caseId: string; identifierId: string; reportId?: string | undefined },
): Promise<void> {
  const inSuggestedCampaign = await deps.db.transaction(async (tx) => {
    await caseFor(tx, actor, opts.caseId, 'classify');
    const now = deps.clock.now();
    const { rows } = await tx.query<{ report_id: string; kind: string; blind_index: unknown }>(
      `DELETE FROM indicator_occurrences o USING reports r, indicator_values v
        WHERE o.report_id = r.id AND v.id = o.value_id AND r.case_id = $1 AND o.value_id = $2::bigint
          AND ($3::uuid IS NULL OR r.id = $3::uuid)
        RETURNING o.report_id, v.kind, v.blind_index`,
      [opts.caseId, opts.identifierId, opts.reportId ?? null],
    );
    if (rows.length === 0) throw notFound();
    await tx.query(
      'UPDATE indicator_values SET occurrence_count = occurrence_count - $2 WHERE id = $1::bigint',
      [opts.identifierId, rows.length],
    );
    await tx.query(
      `INSERT INTO indicator_corrections (report_id, blind_index, action, by_user, at)
       SELECT t.r, $2, 'removed', $3, $4 FROM unnest($1::uuid[]) AS t(r)
       ON CONFLICT (report_id, blind_index) DO UPDATE SET action = 'removed', by_user = $3, at = $4`,
      [rows.map((r) => r.report_id), rows[0]!.blind_index, actor.userId, now],
    );
    await appendAudit(tx, deps.keys, {
      actor: { type: 'user', id: actor.userId },
      action: 'case.identifier.removed',
      target: { type: 'case', id: opts.caseId },
      meta: { kind: rows[0]!.kind, reports: rows.length },
    });
    return Boolean(
      await maybeOne(
        tx,
        `SELECT 1 AS ok FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id AND c.status = 'suggested'
          WHERE m.case_id = $1`,
        [opts.caseId],
      ),
    );
  });
  // A suggested campaign that rested on it is suggested again from what is left.
  if (inSuggestedCampaign) await recomputeCampaigns(deps.db, { now: deps.clock.now() });
}

/** Adds an identifier the extractor missed to one of the case's reports: it links like any other. */
export async function addCaseIdentifier(
  deps: Deps,
  actor: CaseActor,
  caseId: string,
  input: NewCaseIdentifier,
): Promise<{ links: number }> {
  return deps.db.transaction(async (tx) => {
    await caseFor(tx, actor, caseId, 'classify');
    const report = await maybeOne<{ id: string; suspected_state: string | null }>(
      tx,
      'SELECT id, suspected_state FROM reports WHERE id = $1 AND case_id = $2',
      [input.reportId, caseId],
    );
    if (!report) {
      throw new AppError(400, 'error.validation', {
        fields: { reportId: { key: 'indicators.error.noSuchReport' } },
      });
    }
    const found = fromStaff(
      { kind: input.kind, platform: input.platform, value: input.value },
      { suspectedState: report.suspected_state },
    );
    if (found.length === 0) {
      throw new AppError(400, 'error.validation', {
        fields: { value: { key: 'indicators.error.notAnIdentifier' } },
      });
    }
    const now = deps.clock.now();
    await tx.query(
      `DELETE FROM indicator_corrections WHERE report_id = $1 AND blind_index = ANY($2::bytea[])`,
      [report.id, found.map((f) => blindIndexFor(deps.keys.blindIndex, f.kind, f.value))],
    );
    const outcome = await indexStaffIdentifiers(tx, deps, {
      reportId: report.id,
      caseId,
      indicators: found,
      now,
    });
    await appendAudit(tx, deps.keys, {
      actor: { type: 'user', id: actor.userId },
      action: 'case.identifier.added',
      target: { type: 'case', id: caseId },
      meta: { kind: input.kind, links: outcome.links.length },
    });
    return { links: outcome.links.length };
  });
}
