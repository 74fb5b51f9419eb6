import type { Role } from '../../shared/roles.ts';
import type { AppDeps } from '../app.ts';
import { mailerFor } from './mailer.ts';
import { type NotificationTemplate, renderNotification } from './templates.ts';

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
  deps: Pick<AppDeps, 'config' | 'db'>,
  opts: Recipients & {
    template: NotificationTemplate;
    caseReference: string;
    caseId: string;
    risk?: 'immediate' | 'high';
  },
): Promise<NotifyResult> {
  const mailer = mailerFor(deps);
  const result: NotifyResult = { recipients: 0, sent: 0, failed: 0 };
  try {
    // Both go into a URL and a subject line: refuse anything that is not an id and a reference.
    if (!UUID.test(opts.caseId) || !REFERENCE.test(opts.caseReference)) {
      mailer.log.error(
        { code: 'notifications.bad_arguments', template: opts.template },
        'notification not sent',
      );
      return result;
    }
    const { rows } = await deps.db.query<{ email: string; locale: 'en' | 'fr' }>(
      `SELECT DISTINCT email, locale FROM users
        WHERE disabled_at IS NULL
          AND (id = ANY($1::uuid[]) OR role = ANY($2::text[]) OR (on_duty AND role = ANY($3::text[])))`,
      [opts.userIds ?? [], opts.roles ?? [], opts.onDutyRoles ?? []],
    );
    result.recipients = rows.length;
    if (!mailer.configured || rows.length === 0) return result;
    const link = `${deps.config.publicUrl}/console/cases/${opts.caseId}`;
    // One e-mail per person: nobody sees who else was told, and each reads it in their own language.
    await Promise.all(
      rows.map(async (r) => {
        try {
          await mailer.send({
            to: r.email,
            ...renderNotification(r.locale, opts.template, {
              reference: opts.caseReference,
              link,
              risk: opts.risk ?? 'high',
            }),
          });
          result.sent++;
        } catch (err) {
          result.failed++;
          mailer.log.warn(
            {
              code: 'notifications.send_failed',
              template: opts.template,
              smtpCode: (err as { code?: string }).code,
            },
            'a staff e-mail could not be sent',
          );
        }
      }),
    );
  } catch (err) {
    mailer.log.error(
      { code: 'notifications.failed', template: opts.template, errorType: (err as Error).name },
      'staff notification failed',
    );
  }
  return result;
}

/** A report of immediate or high risk arrived: supervisors, intake officers and on-duty caseworkers. */
export function notifyHighRiskReport(
  deps: Pick<AppDeps, 'config' | 'db'>,
  opts: { caseId: string; reference: string; risk: 'immediate' | 'high' | 'medium' | 'low' },
): Promise<NotifyResult> {
  if (opts.risk !== 'immediate' && opts.risk !== 'high')
    return Promise.resolve({ recipients: 0, sent: 0, failed: 0 });
  return notifyStaff(deps, {
    roles: ['supervisor', 'intake_officer'],
    onDutyRoles: ['caseworker'],
    template: 'high_risk_report',
    caseReference: opts.reference,
    caseId: opts.caseId,
    risk: opts.risk,
  });
}

/**
 * The reporter wrote in a case: its assignee is told; a case nobody holds yet goes to the intake officers
 * and supervisors, so that the message is not left unread.
 */
export function notifyReporterMessage(
  deps: Pick<AppDeps, 'config' | 'db'>,
  opts: { caseId: string; reference: string; assigneeId: string | null },
): Promise<NotifyResult> {
  return notifyStaff(deps, {
    ...(opts.assigneeId ? { userIds: [opts.assigneeId] } : { roles: ['intake_officer', 'supervisor'] }),
    template: 'reporter_message',
    caseReference: opts.reference,
    caseId: opts.caseId,
  });
}
