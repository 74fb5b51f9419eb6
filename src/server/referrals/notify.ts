import { t } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import { listReferrals } from './repo.ts';

/**
 * E-mails about referrals, carrying a case reference and a console link only — never content. Partner
 * users of the organisation hear of a referral sent to it; supervisors hear of an imminent-danger
 * override a caseworker asks them to approve. Call after the transaction committed, without awaiting
 * in a request (`void notify…`); they never throw, and log codes and counts only.
 */
type NotifyDeps = Pick<AppDeps, 'config' | 'db' | 'runtime'>;
export type ReferralNotifyResult = { recipients: number; sent: number; failed: number };

const REFERENCE = /^[A-Z0-9][A-Z0-9-]{2,40}$/;

async function send(
  deps: NotifyDeps,
  recipients: { sql: string; params: unknown[] },
  message: (locale: 'en' | 'fr') => { subject: string; text: string },
  code: string,
): Promise<ReferralNotifyResult> {
  const mailer = deps.runtime.mailer;
  const result: ReferralNotifyResult = { recipients: 0, sent: 0, failed: 0 };
  try {
    const { rows } = await deps.db.query<{ email: string; locale: 'en' | 'fr' }>(
      recipients.sql,
      recipients.params,
    );
    result.recipients = rows.length;
    if (!mailer.configured) return result;
    await Promise.all(
      rows.map(async (r) => {
        try {
          const m = message(r.locale);
          await mailer.send({
            to: r.email,
            subject: m.subject,
            text: `${m.text}\n\n-- \n${t(r.locale, 'notify.footer')}`,
          });
          result.sent++;
        } catch (err) {
          result.failed++;
          mailer.log.warn(
            { code: 'notifications.send_failed', template: code, smtpCode: (err as { code?: string }).code },
            'a referral e-mail could not be sent',
          );
        }
      }),
    );
  } catch {
    mailer.log.error({ code: 'notifications.failed', template: code }, 'referral e-mails not sent');
  }
  return result;
}

/** Tells the partner users of the organisation that a referral awaits them in the console. */
export function notifyReferralSent(
  deps: NotifyDeps,
  opts: { partnerOrgId: string; caseReference: string },
): Promise<ReferralNotifyResult> {
  if (!REFERENCE.test(opts.caseReference)) return Promise.resolve({ recipients: 0, sent: 0, failed: 0 });
  const params = { reference: opts.caseReference, link: `${deps.config.publicUrl}/console/` };
  return send(
    deps,
    {
      sql: `SELECT email, locale FROM users WHERE disabled_at IS NULL AND role = 'partner' AND partner_org_id = $1`,
      params: [opts.partnerOrgId],
    },
    (locale) => ({
      subject: t(locale, 'referrals.notify.sent.subject', params),
      text: t(locale, 'referrals.notify.sent.body', params),
    }),
    'referral_sent',
  );
}

/** Tells supervisors that a caseworker's imminent-danger referral waits for their approval. */
export function notifyOverrideRequested(
  deps: NotifyDeps,
  opts: { caseId: string; caseReference: string },
): Promise<ReferralNotifyResult> {
  if (!REFERENCE.test(opts.caseReference)) return Promise.resolve({ recipients: 0, sent: 0, failed: 0 });
  const params = {
    reference: opts.caseReference,
    link: `${deps.config.publicUrl}/console/cases/${opts.caseId}`,
  };
  return send(
    deps,
    { sql: `SELECT email, locale FROM users WHERE disabled_at IS NULL AND role = 'supervisor'`, params: [] },
    (locale) => ({
      subject: t(locale, 'referrals.notify.override.subject', params),
      text: t(locale, 'referrals.notify.override.body', params),
    }),
    'referral_override_requested',
  );
}

/**
 * After a reporter changed consents in follow-up: tells the partner users of every organisation holding a
 * sent referral of that report which now lacks the consent it relied on. Returns how many were told.
 * To be called after the consent change committed: `void notifyConsentWithdrawn(deps, reportId)`.
 */
export async function notifyConsentWithdrawn(
  deps: NotifyDeps,
  reportId: string,
): Promise<ReferralNotifyResult> {
  const total: ReferralNotifyResult = { recipients: 0, sent: 0, failed: 0 };
  let rows: Awaited<ReturnType<typeof listReferrals>> = [];
  try {
    rows = await listReferrals(deps.db, { reportId, status: 'sent' });
  } catch {
    deps.runtime.mailer.log.error(
      { code: 'notifications.failed', template: 'referral_consent_withdrawn' },
      'not sent',
    );
    return total;
  }
  for (const row of rows.filter((r) => r.consent_withdrawn && REFERENCE.test(r.case_reference))) {
    const params = { reference: row.case_reference, link: `${deps.config.publicUrl}/console/` };
    const r = await send(
      deps,
      {
        sql: `SELECT email, locale FROM users WHERE disabled_at IS NULL AND role = 'partner' AND partner_org_id = $1`,
        params: [row.partner_org_id],
      },
      (locale) => ({
        subject: t(locale, 'referrals.notify.withdrawn.subject', params),
        text: t(locale, 'referrals.notify.withdrawn.body', params),
      }),
      'referral_consent_withdrawn',
    );
    total.recipients += r.recipients;
    total.sent += r.sent;
    total.failed += r.failed;
  }
  return total;
}

/**
 * A message waits on a referral: to the partner's users when the focal point wrote; to the case's
 * caseworker (or, with none assigned, the supervisors) when the partner wrote. Never the text.
 */
export function notifyReferralMessage(
  deps: NotifyDeps,
  opts: {
    caseId: string;
    caseReference: string;
    toPartner: boolean;
    partnerOrgId: string;
    assigneeId: string | null;
  },
): Promise<ReferralNotifyResult> {
  if (!REFERENCE.test(opts.caseReference)) return Promise.resolve({ recipients: 0, sent: 0, failed: 0 });
  const link = opts.toPartner
    ? `${deps.config.publicUrl}/console/`
    : `${deps.config.publicUrl}/console/cases/${opts.caseId}#referrals`;
  const params = { reference: opts.caseReference, link };
  const active = 'SELECT email, locale FROM users WHERE disabled_at IS NULL';
  const recipients = opts.toPartner
    ? { sql: `${active} AND role = 'partner' AND partner_org_id = $1`, params: [opts.partnerOrgId] }
    : opts.assigneeId
      ? { sql: `${active} AND id = $1`, params: [opts.assigneeId] }
      : { sql: `${active} AND role = 'supervisor'`, params: [] };
  return send(
    deps,
    recipients,
    (locale) => ({
      subject: t(locale, 'referrals.notify.message.subject', params),
      text: t(locale, 'referrals.notify.message.body', params),
    }),
    'referral_message',
  );
}
