import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../deps.ts';
import type { Queryable } from '../platform/db/db.ts';
import { type NotificationTemplate, renderHighRiskDigest, renderNotification } from './templates.ts';

/**
 * Staff e-mail notifications. An e-mail carries a case reference and a link to the console — never any
 * content: no narrative, no name, no message. The person signs in to read.
 *
 * Call these AFTER the transaction that caused them has committed, and do not await them in a request:
 * `void notifyHighRiskReport(deps, {...})`. They never throw; a failure is logged as a code and a count.
 * The returned promise (for tests) resolves when every e-mail was handed to the SMTP server or failed.
 */
export type Recipients = {
  userIds?: readonly string[];
  roles?: readonly Role[];
  /** Roles whose members are notified only while marked on duty. */
  onDutyRoles?: readonly Role[];
};

export type NotifyResult = { recipients: number; sent: number; failed: number };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^[A-Z0-9][A-Z0-9-]{2,40}$/;

export async function notifyStaff(
  deps: Pick<AppDeps, 'config' | 'db' | 'runtime'>,
  opts: Recipients & {
    template: NotificationTemplate;
    caseReference: string;
    caseId: string;
    risk?: 'immediate' | 'high';
  },
): Promise<NotifyResult> {
  // Both go into a URL and a subject line: refuse anything that is not an id and a reference.
  if (!UUID.test(opts.caseId) || !REFERENCE.test(opts.caseReference)) {
    deps.runtime.mailer.log.error(
      { code: 'notifications.bad_arguments', template: opts.template },
      'notification not sent',
    );
    return { recipients: 0, sent: 0, failed: 0 };
  }
  const link = `${deps.config.publicUrl}/console/cases/${opts.caseId}`;
  return mailStaff(deps, opts, opts.template, (locale) =>
    renderNotification(locale, opts.template, {
      reference: opts.caseReference,
      link,
      risk: opts.risk ?? 'high',
    }),
  );
}

/** One e-mail to each recipient, in their language. Never throws. `template` names it in logs (a code). */
export async function mailStaff(
  deps: Pick<AppDeps, 'config' | 'db' | 'runtime'>,
  to: Recipients,
  template: string,
  render: (locale: 'en' | 'fr') => { subject: string; text: string },
): Promise<NotifyResult> {
  const mailer = deps.runtime.mailer;
  const result: NotifyResult = { recipients: 0, sent: 0, failed: 0 };
  try {
    const { rows } = await deps.db.query<{ email: string; locale: 'en' | 'fr' }>(
      `SELECT DISTINCT email, locale FROM users
        WHERE disabled_at IS NULL
          AND (id = ANY($1::uuid[]) OR role = ANY($2::text[]) OR (on_duty AND role = ANY($3::text[])))`,
      [to.userIds ?? [], to.roles ?? [], to.onDutyRoles ?? []],
    );
    result.recipients = rows.length;
    if (!mailer.configured || rows.length === 0) return result;
    // One e-mail per person: nobody sees who else was told, and each reads it in their own language.
    await Promise.all(
      rows.map(async (r) => {
        try {
          await mailer.send({ to: r.email, ...render(r.locale) });
          result.sent++;
        } catch (err) {
          result.failed++;
          mailer.log.warn(
            { code: 'notifications.send_failed', template, smtpCode: (err as { code?: string }).code },
            'a staff e-mail could not be sent',
          );
        }
      }),
    );
  } catch (err) {
    mailer.log.error(
      { code: 'notifications.failed', template, errorType: (err as Error).name },
      'staff notification failed',
    );
  }
  return result;
}

// Nothing older than a day is announced: a restored backup or a long outage must not flood inboxes.
const LOOKBACK_MS = 24 * 3_600_000;

export type HighRiskClaim = { case_id: string; reference: string; risk: 'immediate' | 'high' };
export type MessageClaim = { case_id: string; reference: string; assignee_id: string | null };

export async function claimHighRiskReports(
  q: Queryable,
  opts: { now: Date; caseId?: string },
): Promise<HighRiskClaim[]> {
  const { rows } = await q.query<HighRiskClaim>(
    `WITH claimed AS (
       INSERT INTO notification_log (kind, subject_id, claimed_at)
       SELECT 'high_risk_report', r.id, $1 FROM reports r
        WHERE r.risk IN ('immediate', 'high') AND NOT r.synthetic AND r.received_at > $2
          AND ($3::uuid IS NULL OR r.case_id = $3::uuid)
          -- Held during a flood: announced once staff release it (within the look-back), never before.
          AND NOT EXISTS (SELECT 1 FROM cases hc WHERE hc.id = r.case_id AND hc.held_at IS NOT NULL)
       ON CONFLICT DO NOTHING
       RETURNING subject_id
     )
     SELECT c.id AS case_id, c.reference,
            CASE WHEN bool_or(r.risk = 'immediate') THEN 'immediate' ELSE 'high' END AS risk
       FROM claimed JOIN reports r ON r.id = claimed.subject_id JOIN cases c ON c.id = r.case_id
      GROUP BY c.id, c.reference`,
    [opts.now, new Date(opts.now.getTime() - LOOKBACK_MS), opts.caseId ?? null],
  );
  return rows;
}

export async function claimReporterMessages(
  q: Queryable,
  opts: { now: Date; caseId?: string },
): Promise<MessageClaim[]> {
  const { rows } = await q.query<MessageClaim>(
    `WITH claimed AS (
       INSERT INTO notification_log (kind, subject_id, claimed_at)
       SELECT 'reporter_message', m.id, $1 FROM case_messages m
        WHERE m.direction = 'from_reporter' AND m.created_at > $2
          AND ($3::uuid IS NULL OR m.case_id = $3::uuid)
       ON CONFLICT DO NOTHING
       RETURNING subject_id
     )
     SELECT DISTINCT c.id AS case_id, c.reference, c.assignee_id
       FROM claimed JOIN case_messages m ON m.id = claimed.subject_id JOIN cases c ON c.id = m.case_id`,
    [opts.now, new Date(opts.now.getTime() - LOOKBACK_MS), opts.caseId ?? null],
  );
  return rows;
}

const HIGH_RISK_RECIPIENTS: Recipients = {
  roles: ['supervisor', 'intake_officer'],
  onDutyRoles: ['caseworker'],
};

/**
 * More high-risk cases than this in one claim are announced in one digest per person instead of one
 * e-mail per case: a flood of reports (or a sweep after an outage) must not bury staff under hundreds of
 * messages — nor send hundreds of queries and SMTP sessions at once while people are still reporting.
 */
export const DIGEST_AFTER = 3;

export function sendHighRisk(
  deps: Pick<AppDeps, 'config' | 'db' | 'runtime'>,
  c: HighRiskClaim,
): Promise<NotifyResult> {
  return notifyStaff(deps, {
    ...HIGH_RISK_RECIPIENTS,
    template: 'high_risk_report',
    caseReference: c.reference,
    caseId: c.case_id,
    risk: c.risk,
  });
}

/** Announces claimed high-risk cases: each on its own when they are few, else in one digest. */
export async function announceHighRisk(
  deps: Pick<AppDeps, 'config' | 'db' | 'runtime'>,
  claims: readonly HighRiskClaim[],
): Promise<NotifyResult[]> {
  if (claims.length <= DIGEST_AFTER) return Promise.all(claims.map((c) => sendHighRisk(deps, c)));
  const cases = claims
    .filter((c) => UUID.test(c.case_id) && REFERENCE.test(c.reference))
    .map((c) => ({ caseId: c.case_id, reference: c.reference, risk: c.risk }));
  return [
    await mailStaff(deps, HIGH_RISK_RECIPIENTS, 'high_risk_digest', (locale) =>
      renderHighRiskDigest(locale, { publicUrl: deps.config.publicUrl, cases }),
    ),
  ];
}

export function sendReporterMessage(
  deps: Pick<AppDeps, 'config' | 'db' | 'runtime'>,
  c: MessageClaim,
): Promise<NotifyResult> {
  // A case nobody holds yet goes to the intake officers and supervisors, so the message is not left unread.
  return notifyStaff(deps, {
    ...(c.assignee_id ? { userIds: [c.assignee_id] } : { roles: ['intake_officer', 'supervisor'] }),
    template: 'reporter_message',
    caseReference: c.reference,
    caseId: c.case_id,
  });
}

/**
 * A report of immediate or high risk arrived in this case: supervisors, intake officers and on-duty
 * caseworkers are told. Call after the report's transaction committed, without awaiting; the sweeper
 * (sweep.ts) announces it within seconds anyway, and the claim makes sure it is announced only once.
 */
export async function notifyHighRiskReport(
  deps: Pick<AppDeps, 'config' | 'db' | 'clock' | 'runtime'>,
  opts: { caseId: string; reference: string; risk: 'immediate' | 'high' | 'medium' | 'low' },
): Promise<NotifyResult[]> {
  if (opts.risk !== 'immediate' && opts.risk !== 'high') return [];
  try {
    const claims = await deps.db.transaction((tx) =>
      claimHighRiskReports(tx, { now: deps.clock.now(), caseId: opts.caseId }),
    );
    return await announceHighRisk(deps, claims);
  } catch {
    return [];
  }
}

/** The reporter wrote in this case: its assignee is told (or intake officers and supervisors). */
export async function notifyReporterMessage(
  deps: Pick<AppDeps, 'config' | 'db' | 'clock' | 'runtime'>,
  opts: { caseId: string; reference: string; assigneeId: string | null },
): Promise<NotifyResult[]> {
  try {
    const claims = await deps.db.transaction((tx) =>
      claimReporterMessages(tx, { now: deps.clock.now(), caseId: opts.caseId }),
    );
    return await Promise.all(claims.map((c) => sendReporterMessage(deps, c)));
  } catch {
    return [];
  }
}
