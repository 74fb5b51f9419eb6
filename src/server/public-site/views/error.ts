import { html } from '../html.ts';
import { layout, type PageContext, pagePath } from './layout.ts';

/** A problem that is not one field's (a request that could not be read, a failure of ours, too many tries). */
export function errorPage(ctx: PageContext, message: string): string {
  const { t, locale } = ctx;
  return layout(ctx, {
    title: t('form.errorSummary.title'),
    page: 'home',
    body: html`<div class="notice warning" role="alert"><h1>${t('form.errorSummary.title')}</h1>
<p>${message}</p></div>
<p><a class="button secondary" href="${pagePath(locale, 'home')}">${t('public.backHome')}</a></p>`,
  });
}

/** An address under a language that names no page. */
export function notFoundPage(ctx: PageContext): string {
  const { t, locale } = ctx;
  return layout(ctx, {
    title: t('notFound.title'),
    page: 'home',
    body: html`<h1>${t('notFound.title')}</h1>
<p>${t('notFound.body')}</p>
<p><a class="button secondary" href="${pagePath(locale, 'home')}">${t('public.backHome')}</a></p>`,
  });
}
