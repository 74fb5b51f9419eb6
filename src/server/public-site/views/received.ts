import type { RefusedFile } from '../../../shared/contracts/report.ts';
import { html } from '../html.ts';
import { layout, type PageContext, pagePath } from './layout.ts';

/**
 * The confirmation, written as the answer to the form's POST (or to the language switcher's, which posts
 * the receipt back with a one-time token to show it once in another language): the receipt appears in this
 * page only, never in an address, and it is not stored anywhere it could be shown again.
 */
export function receivedPage(
  ctx: PageContext,
  r: {
    reference: string;
    receipt: string;
    token?: string | undefined;
    refusedFiles?: readonly RefusedFile[];
  },
): string {
  const { t, locale } = ctx;
  return layout(ctx, {
    extraStyles: true,
    // Switching language shows this same confirmation once more, in the language chosen; without a token
    // (it could not be written) the switcher's links lead to follow-up.
    switchBy: r.token ? { receipt: r.receipt, token: r.token, action: 'received' } : undefined,
    title: t('received.title'),
    page: 'followUp',
    body: html`<div class="notice success"><h1>${t('received.title')}</h1>
<p>${t('received.reference', { reference: `\u2068${r.reference}\u2069` })}</p></div>
${r.refusedFiles?.length ? html`<div class="notice warning" role="alert"><ul>${r.refusedFiles.map((f) => html`<li>${f.message}</li>`)}</ul></div>` : ''}
<h2>${t('received.receipt.heading')}</h2>
<p>${t('received.receipt.lead')}</p>
<div class="receipt-box">
<span class="label" id="receipt-label">${t('received.receipt.label')}</span>
<output class="receipt" id="receipt" aria-labelledby="receipt-label" data-receipt>${r.receipt.split('-').map((group, i) => html`${i > 0 ? html`-<wbr>` : ''}${group}`)}</output>
</div>
<h2>${t('received.save.heading')}</h2>
<ul>
<li>${t('received.save.paper')}</li>
<li>${t('received.save.hide')}</li>
<li>${t('received.save.lost')}</li>
</ul>
<h2>${t('received.next.heading')}</h2>
<ol class="steps">
<li>${t('received.next.read')}</li>
<li>${t('received.next.comeBack')}</li>
<li>${t('received.next.contact')}</li>
</ol>
<p class="notice warning"><strong>${t('public.danger.title')}</strong> ${t('public.danger.body')}</p>
<p><a class="button secondary" href="${pagePath(locale, 'followUp')}">${t('received.followUpLink')}</a></p>`,
  });
}

/**
 * The answer to the report form sent a second time (Back, reload): the report is already there, and its
 * receipt is not shown again, so nobody who comes to this browser later can see it.
 */
export function replayPage(ctx: PageContext): string {
  const { t, locale } = ctx;
  return layout(ctx, {
    title: t('replay.title'),
    page: 'report',
    body: html`<div class="notice success"><h1>${t('replay.title')}</h1>
<p>${t('replay.body')}</p></div>
<p>${t('replay.receipt')}</p>
<p><a class="button secondary" href="${pagePath(locale, 'followUp')}">${t('received.followUpLink')}</a></p>
<p><a href="${pagePath(locale, 'home')}">${t('public.backHome')}</a></p>`,
  });
}
