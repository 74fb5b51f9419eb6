import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { html } from '../html.ts';
import { layout, type PageContext } from './layout.ts';

const SECTIONS = ['keep', 'notKept', 'files', 'access', 'sharing', 'stats', 'choices', 'retention'] as const;

export function privacyPage(ctx: PageContext): string {
  const { t } = ctx;
  return layout(ctx, {
    title: t('privacy.title'),
    page: 'privacy',
    current: 'privacy',
    body: html`<h1>${t('privacy.title')}</h1>
<p class="lead">${t('privacy.intro')}</p>
${SECTIONS.map(
  (s) => html`<h2>${t(`privacy.${s}.heading` as MessageKey)}</h2>
<p>${t(`privacy.${s}.body` as MessageKey)}</p>
`,
)}`,
  });
}
