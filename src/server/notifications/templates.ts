import { t } from '../../shared/i18n/translate.ts';

/** The e-mails staff receive, in English or French by the recipient's locale (catalog: auth.ts, notify.*). */
export type NotificationTemplate = 'high_risk_report' | 'reporter_message';

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
