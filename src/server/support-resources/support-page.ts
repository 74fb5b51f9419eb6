import type { Locale } from '../../shared/i18n/locales.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import { html, type Renderable } from '../public-site/html.ts';
import { layout, type PageContext, pagePath } from '../public-site/views/layout.ts';
import type { ResourceRow } from './repo.ts';

/** The fixed advice of the support page, section by section (catalog keys `support.<section>.<item>`). */
export const SUPPORT_SECTIONS = {
  now: ['danger', 'record', 'tell', 'report'],
  family: ['careful', 'channels', 'pressure'],
  digital: ['updates', 'accounts', 'spyware', 'links', 'location'],
} as const;

/** A resource's text in the page's language, else English — marked as English for screen readers. */
function localised(texts: Record<string, string>, locale: Locale): Renderable {
  const own = texts[locale]?.trim();
  if (own) return own;
  return html`<span lang="en" dir="ltr">${texts.en ?? ''}</span>`;
}

function resourceItem(r: ResourceRow, ctx: PageContext): Renderable {
  const { t, locale } = ctx;
  return html`<li class="resource"><h3>${localised(r.names, locale)}</h3>
<p>${localised(r.descriptions, locale)}</p>
${r.phone ? html`<p>${t('support.help.phone')} <a class="phone" href="tel:${r.phone.replace(/[^0-9+]/g, '')}" dir="ltr">${r.phone}</a></p>` : ''}
${r.url ? html`<p><a href="${r.url}" rel="noreferrer noopener">${t('support.help.website')}</a> <span class="url" dir="ltr">${r.url.replace(/^https:\/\//, '')}</span></p>` : ''}
</li>`;
}

/**
 * The support page: what to do now, protecting family abroad, digital-security basics, then the helplines
 * and services an admin keeps up to date. Public, the same for everyone, and works without JavaScript.
 */
export function supportPage(ctx: PageContext, resources: readonly ResourceRow[]): string {
  const { t, locale } = ctx;
  const section = (name: keyof typeof SUPPORT_SECTIONS) =>
    html`<h2 id="${name}">${t(`support.${name}.heading` as MessageKey)}</h2>
<ul class="advice">${SUPPORT_SECTIONS[name].map((item) => html`<li>${t(`support.${name}.${item}` as MessageKey)}</li>`)}</ul>`;
  return layout(ctx, {
    extraStyles: true,
    title: t('support.title'),
    page: 'support',
    current: 'support',
    body: html`<h1>${t('support.title')}</h1>
<p class="lead">${t('support.lead')}</p>
<div class="notice warning danger-first" role="note"><p><strong>${t('public.danger.title')}</strong> ${t('public.danger.body')}</p></div>
${section('now')}
${section('family')}
${section('digital')}
<h2 id="help">${t('support.help.heading')}</h2>
<p>${t('support.help.lead')}</p>
${resources.length === 0 ? html`<p>${t('support.help.none')}</p>` : html`<ul class="resources">${resources.map((r) => resourceItem(r, ctx))}</ul>`}
<h2>${t('support.followUp.heading')}</h2>
<p>${t('support.followUp.body')}</p>
<div class="actions">
<a class="button" href="${pagePath(locale, 'report')}">${t('home.cta.report')}</a>
<a class="button secondary" href="${pagePath(locale, 'followUp')}">${t('home.cta.followUp')}</a>
</div>`,
  });
}
