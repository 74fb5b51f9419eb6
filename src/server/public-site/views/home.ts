import { html } from '../html.ts';
import { layout, type PageContext, pagePath } from './layout.ts';

export function homePage(ctx: PageContext): string {
  const { t, locale } = ctx;
  return layout(ctx, {
    extraStyles: true,
    title: t('home.title'),
    page: 'home',
    current: 'home',
    body: html`<h1>${t('home.title')}</h1>
<p class="lead">${t('home.lead')}</p>
<p>${t('home.what.body')}</p>
<div class="actions">
<a class="button" href="${pagePath(locale, 'report')}">${t('home.cta.report')}</a>
<a class="button secondary" href="${pagePath(locale, 'followUp')}">${t('home.cta.followUp')}</a>
</div>
<h2>${t('home.how.heading')}</h2>
<ol class="steps">
<li>${t('home.how.step1')}</li>
<li>${t('home.how.step2')}</li>
<li>${t('home.how.step3')}</li>
<li>${t('home.how.step4')}</li>
</ol>
<h2>${t('home.safety.heading')}</h2>
<p>${t('home.safety.body')}</p>
<p>${t('home.safety.quickExit')}</p>
<h2>${t('home.privacy.heading')}</h2>
<p>${t('home.privacy.body')}</p>
<p><a href="${pagePath(locale, 'privacy')}">${t('home.privacy.link')}</a></p>`,
  });
}
