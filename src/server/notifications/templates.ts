import { t } from '../../shared/i18n/translate.ts';

/** The e-mails staff receive, in English or French by the recipient's locale (catalog: auth.ts, notify.*). */
export type NotificationTemplate = 'high_risk_report' | 'reporter_message';

/** At most this many references are listed in a digest; the rest are counted. */
export const DIGEST_LISTED = 20;

export function renderNotification(
  locale: 'en' | 'fr',
  template: NotificationTemplate,
  params: { reference: string; link: string; risk: 'immediate' | 'high' },
): { subject: string; text: string } {
  const footer = `\n\n-- \n${t(locale, 'notify.footer')}`;
  switch (template) {
    case 'high_risk_report':
      return {
        subject: t(locale, 'notify.highRisk.subject', params),
        text: t(locale, 'notify.highRisk.body', params) + footer,
      };
    case 'reporter_message':
      return {
        subject: t(locale, 'notify.reporterMessage.subject', params),
        text: t(locale, 'notify.reporterMessage.body', params) + footer,
      };
  }
}

/** Many high-risk reports at once (a flood, or a sweep after an outage): one e-mail listing them. */
export function renderHighRiskDigest(
  locale: 'en' | 'fr',
  params: {
    publicUrl: string;
    cases: readonly { caseId: string; reference: string; risk: 'immediate' | 'high' }[];
  },
): { subject: string; text: string } {
  // Immediate risk first, so the most urgent are at the top of a long list.
  const ordered = [...params.cases].sort(
    (a, b) => Number(b.risk === 'immediate') - Number(a.risk === 'immediate'),
  );
  const lines = ordered
    .slice(0, DIGEST_LISTED)
    .map(
      (c) =>
        `- ${c.reference}${c.risk === 'immediate' ? ' (!)' : ''}: ${params.publicUrl}/console/cases/${c.caseId}`,
    );
  if (ordered.length > DIGEST_LISTED) {
    lines.push(t(locale, 'notify.highRiskDigest.more', { count: ordered.length - DIGEST_LISTED }));
  }
  const counts = {
    count: ordered.length,
    immediate: ordered.filter((c) => c.risk === 'immediate').length,
  };
  return {
    subject: t(locale, 'notify.highRiskDigest.subject', counts),
    text: `${t(locale, 'notify.highRiskDigest.body', { ...counts, list: lines.join('\n') })}\n\n-- \n${t(locale, 'notify.footer')}`,
  };
}
