import { t } from '../../shared/i18n/translate.ts';

/** An escalated case as the e-mail names it: its reference and a link, never content. */
export type Escalated = { id: string; reference: string };

/** At most this many references are listed in one e-mail; the rest are counted. */
const LISTED = 20;

/** The supervisors' e-mail: references and links only, in the recipient's language. */
export function renderEscalation(
  locale: 'en' | 'fr',
  params: { publicUrl: string; cases: readonly Escalated[]; minutes: number },
): { subject: string; text: string } {
  const lines = params.cases
    .slice(0, LISTED)
    .map((c) => `- ${c.reference}: ${params.publicUrl}/console/cases/${c.id}`);
  if (params.cases.length > LISTED) {
    lines.push(t(locale, 'notify.highRiskDigest.more', { count: params.cases.length - LISTED }));
  }
  const counts = { count: params.cases.length, minutes: Math.round(params.minutes * 10) / 10 };
  return {
    subject: t(locale, 'escalation.email.subject', counts),
    text: `${t(locale, 'escalation.email.body', { ...counts, list: lines.join('\n') })}\n\n-- \n${t(locale, 'notify.footer')}`,
  };
}
