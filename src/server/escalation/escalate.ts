import * as caseRepo from '../cases/repo.ts';
import type { AppDeps } from '../deps.ts';
import { mailStaff, type NotifyResult } from '../notifications/notify.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import type { Queryable } from '../platform/db/db.ts';
import { type Escalated, renderEscalation } from './templates.ts';

/**
 * Escalation of immediate risk: a case of immediate risk that nobody acknowledged (a status or risk change,
 * a message, a call recorded) within `FOCALPOINT_ESCALATE_IMMEDIATE_MINUTES` of opening is marked escalated
 * (`cases.escalated_at`, shown in the queue), put on its timeline and in the audit log, and the supervisors
 * are e-mailed its reference and a link — never content. Each case is escalated once; a held (flood),
 * merged, closed, spam or synthetic case never is.
 */

export async function claimEscalations(
  q: Queryable,
  opts: { now: Date; minutes: number },
): Promise<Escalated[]> {
  const cutoff = new Date(opts.now.getTime() - opts.minutes * 60_000);
  const { rows } = await q.query<Escalated>(
    `UPDATE cases c SET escalated_at = $1
      WHERE c.risk = 'immediate' AND c.acknowledged_at IS NULL AND c.escalated_at IS NULL
        AND c.merged_into_id IS NULL AND c.held_at IS NULL AND NOT c.spam AND c.status <> 'closed'
        AND c.opened_at <= $2
        AND EXISTS (SELECT 1 FROM reports r WHERE r.case_id = c.id AND NOT r.synthetic)
      RETURNING c.id, c.reference`,
    [opts.now, cutoff],
  );
  return rows.sort((a, b) => a.reference.localeCompare(b.reference));
}

/** One sweep: escalate (committed with the timeline and audit entries), then e-mail the supervisors. */
export async function sweepEscalations(
  deps: Pick<AppDeps, 'config' | 'db' | 'keys' | 'clock' | 'vault' | 'runtime'>,
): Promise<{ escalated: Escalated[]; mail: NotifyResult | null }> {
  const now = deps.clock.now();
  const minutes = deps.config.frontline.escalateImmediateMinutes;
  const escalated = await deps.db.transaction(async (tx) => {
    const claimed = await claimEscalations(tx, { now, minutes });
    for (const c of claimed) {
      await caseRepo.addEvent(tx, deps.vault, {
        caseId: c.id,
        actorId: null,
        kind: 'escalated',
        data: { minutes },
        at: now,
      });
      await appendAudit(
        tx,
        deps.keys,
        {
          actor: { type: 'system' },
          action: 'case.escalated',
          target: { type: 'case', id: c.id },
          meta: { minutes, to: 'supervisor' },
        },
        now,
      );
    }
    return claimed;
  });
  if (escalated.length === 0) return { escalated, mail: null };
  const mail = await mailStaff(deps, { roles: ['supervisor'] }, 'case_escalated', (locale) =>
    renderEscalation(locale, { publicUrl: deps.config.publicUrl, cases: escalated, minutes }),
  );
  return { escalated, mail };
}
