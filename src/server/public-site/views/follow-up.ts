import type { FollowupView } from '../../../shared/contracts/followup.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { type Html, html } from '../html.ts';
import { formatDate } from './dates.ts';
import { choice, errorSummary, type FieldErrors, fieldId, textArea, textInput } from './fields.ts';
import { type CallbackDraft, callbackSection, safetyPlanSection } from './frontline.ts';
import { layout, type PageContext, pagePath } from './layout.ts';

/** Step one: the receipt. Posted in the body, never put in the address, never kept in a cookie. */
export function followUpEntryPage(
  ctx: PageContext,
  m: { receipt?: string | undefined; errors: FieldErrors; problem?: string | undefined; expired?: boolean },
): string {
  const { t, locale } = ctx;
  const errorPrefix = t('form.errorPrefix');
  const hasError = m.errors.size > 0 || Boolean(m.problem);
  const summary = hasError
    ? errorSummary({
        title: t('form.errorSummary.title'),
        ...(m.problem ? { intro: m.problem } : {}),
        items: [...m.errors.entries()].map(([name, message]) => ({
          href: `#${fieldId(name)}`,
          text: message,
        })),
      })
    : '';
  return layout(ctx, {
    extraStyles: true,
    title: hasError ? `${t('form.errorSummary.title')}: ${t('followup.title')}` : t('followup.title'),
    page: 'followUp',
    current: 'followUp',
    body: html`${summary}${m.expired ? html`<div class="notice" role="status"><h2>${t('followup.expired.title')}</h2><p>${t('followup.expired.body')}</p></div>` : ''}<h1>${t('followup.title')}</h1>
<p class="lead">${t('followup.intro')}</p>
<form method="post" action="/${locale}/follow-up" novalidate>
<input type="hidden" name="action" value="open">
${textInput({ name: 'receipt', label: t('followup.receipt.label'), hint: t('followup.receipt.hint'), value: m.receipt, errors: m.errors, errorPrefix, autocomplete: 'off', extraClass: 'receipt-input', maxlength: 40 })}
<button type="submit">${t('followup.open')}</button>
</form>
<p class="hint">${t('followup.noTrace')}</p>`,
  });
}

/** A follow-up page opened again (reload, Back) or too late: it shows nothing, and asks for the receipt. */
export const expiredPage = (ctx: PageContext): string =>
  followUpEntryPage(ctx, { errors: new Map(), expired: true });

export type FollowUpModel = {
  /** The one-time token the page's forms post (never the receipt: the page is reached by a GET). */
  token: string;
  view: FollowupView;
  /** What just happened, in plain words. */
  notice?: { kind: 'success' | 'warning'; text: string } | undefined;
  errors: FieldErrors;
  /** Text the person typed in a form that came back with a problem. */
  drafts: { message?: string | undefined; add?: string | undefined; callback?: CallbackDraft | undefined };
  filesDropped?: boolean;
  maxUploadMb: number;
  maxFiles: number;
};

/** Step two: the report as the reporter sees it, with every action as its own small form. */
export function followUpPage(ctx: PageContext, m: FollowUpModel): string {
  const { t, locale } = ctx;
  const { view } = m;
  const errorPrefix = t('form.errorPrefix');
  const common = { errors: m.errors, errorPrefix };
  const deleted = view.deletionRequestedAt !== null;
  // Its content is gone (retention, or deleted on request): nothing to show or add but the outcome.
  const removed = view.removedAt !== null;
  const hidden = html`<input type="hidden" name="token" value="${m.token}">`;
  const action = `/${locale}/follow-up`;

  const summary =
    m.errors.size > 0
      ? errorSummary({
          title: t('form.errorSummary.title'),
          items: [...m.errors.entries()].map(([name, message]) => ({
            href: `#${fieldId(name)}`,
            text: message,
          })),
        })
      : '';

  const messages =
    view.messages.length === 0
      ? html`<p>${t('followup.messages.none')}</p>`
      : html`<ol class="messages">${view.messages.map(
          (msg) =>
            html`<li class="message ${msg.direction === 'to_reporter' ? 'from-us' : 'from-you'}"><span class="meta">${t(
              msg.direction === 'to_reporter' ? 'followup.messages.fromUs' : 'followup.messages.fromYou',
              { date: formatDate(locale, msg.createdAt) },
            )}</span>${msg.body}</li>`,
        )}</ol>`;

  const consentBox = (name: 'contact' | 'referralToPolice' | 'anonymisedStatistics' | 'updates') =>
    html`<input type="hidden" name="consents[${name}]" value="false">${choice({
      type: 'checkbox',
      name: `consents[${name}]`,
      value: 'true',
      id: fieldId(`consents[${name}]`),
      label: t(`form.consent.${name}.label` as MessageKey),
      hint: t(`form.consent.${name}.hint` as MessageKey),
      checked: view.consents[name],
    })}`;

  const actions: Html = removed
    ? html``
    : deleted
      ? html`<p class="notice warning">${t('followup.delete.already', { date: formatDate(locale, view.deletionRequestedAt ?? '') })}</p>`
      : html`<h2 id="write">${t('followup.reply.label')}</h2>
<form method="post" action="${action}" novalidate>
${hidden}<input type="hidden" name="action" value="message">
${textArea({ ...common, name: 'body', label: t('followup.reply.label'), value: m.drafts.message, rows: 6 })}
<button type="submit">${t('followup.reply.submit')}</button>
</form>

<h2 id="add">${t('followup.add.heading')}</h2>
<form method="post" action="${action}" enctype="multipart/form-data" novalidate>
${hidden}<input type="hidden" name="action" value="add">
${m.filesDropped ? html`<p class="notice warning">${t('form.filesNotKept')}</p>` : ''}
${textArea({ ...common, name: 'information', label: t('followup.add.label'), value: m.drafts.add, rows: 5 })}
<div class="field${m.errors.get('evidence') ? ' field-error' : ''}"><label for="${fieldId('evidence')}">${t('followup.add.files')}</label><span class="hint" id="${fieldId('evidence')}-hint">${t('form.evidence.hint', { max: m.maxFiles, mb: m.maxUploadMb })}</span>${m.errors.get('evidence') ? html`<span class="error-message" id="${fieldId('evidence')}-error"><span class="visually-hidden">${errorPrefix} </span>${m.errors.get('evidence')}</span>` : ''}<input type="file" id="${fieldId('evidence')}" name="evidence" multiple aria-describedby="${fieldId('evidence')}-hint${m.errors.get('evidence') ? ` ${fieldId('evidence')}-error` : ''}"${m.errors.get('evidence') ? html` aria-invalid="true"` : ''}></div>
<button type="submit">${t('followup.add.submit')}</button>
</form>

<h2 id="consents">${t('followup.consents.heading')}</h2>
<form method="post" action="${action}" novalidate>
${hidden}<input type="hidden" name="action" value="consents">
<fieldset><legend>${t('followup.consents.heading')}</legend>
${consentBox('contact')}${consentBox('referralToPolice')}${consentBox('anonymisedStatistics')}${consentBox('updates')}
</fieldset>
<button type="submit">${t('followup.consents.submit')}</button>
</form>

<h2 id="delete">${t('followup.delete.heading')}</h2>
<form method="post" action="${action}" novalidate>
${hidden}<input type="hidden" name="action" value="delete">
<p>${t('followup.delete.body')}</p>
<div class="field${m.errors.get('confirm') ? ' field-error' : ''}">
${m.errors.get('confirm') ? html`<span class="error-message" id="${fieldId('confirm')}-error"><span class="visually-hidden">${errorPrefix} </span>${m.errors.get('confirm')}</span>` : ''}
${choice({ type: 'checkbox', name: 'confirm', value: 'yes', id: fieldId('confirm'), label: t('followup.delete.confirm'), checked: false, ...(m.errors.get('confirm') ? { describedBy: `${fieldId('confirm')}-error` } : {}) })}
</div>
<button type="submit" class="warning">${t('followup.delete.submit')}</button>
</form>`;

  return layout(ctx, {
    extraStyles: true,
    // Switching language opens this same report again in the language chosen.
    switchBy: { token: m.token, action: 'open' },
    title: t('followup.title'),
    page: 'followUp',
    current: 'followUp',
    body: html`${summary}${m.notice ? html`<div class="notice ${m.notice.kind}" role="status"><p>${m.notice.text}</p></div>` : ''}
<h1>${t('followup.title')}</h1>
<p>${t('followup.reference', { reference: `\u2068${view.reference}\u2069` })}<br>${t('followup.receivedAt', { date: formatDate(locale, view.receivedAt) })}</p>
<h2>${t('followup.status.heading')}</h2>
<p class="status" data-status="${view.status.code}">${view.status.text}</p>
${view.refusal ? html`<p class="refusal">${view.refusal.text}</p>` : ''}
${view.receiptUntil ? html`<p>${t('followup.receiptUntil', { date: formatDate(locale, view.receiptUntil) })}</p>` : ''}
${view.referral ? html`<p>${view.referral.text}</p>` : ''}
${
  removed
    ? ''
    : html`${safetyPlanSection(ctx, view)}
<h2 id="messages">${t('followup.messages.heading')}</h2>
${messages}
${callbackSection(ctx, { view, hidden, action, errors: m.errors, draft: m.drafts.callback ?? {} })}`
}
${
  view.evidence.length > 0
    ? html`<h2>${t('followup.evidence.heading')}</h2><ul>${view.evidence.map(
        (e) =>
          html`<li>${t('followup.evidence.item', { type: e.mediaType, size: Math.max(1, Math.ceil(e.sizeBytes / 1024)), date: formatDate(locale, e.receivedAt) })}</li>`,
      )}</ul>`
    : ''
}
${actions}
<hr>
<p><a class="button secondary" href="${pagePath(locale, 'home')}">${t('followup.leave')}</a></p>
<p class="hint">${t('followup.noTrace')}</p>`,
  });
}
