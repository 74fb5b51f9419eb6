import { CALLBACK_LIMITS } from '../../../shared/contracts/callbacks.ts';
import type { FollowupView } from '../../../shared/contracts/followup.ts';
import { LIMITS } from '../../../shared/contracts/report.ts';
import { LOCALE_INFO } from '../../../shared/i18n/locales.ts';
import { type Html, html } from '../html.ts';
import { formatDate } from './dates.ts';
import { choice, type FieldErrors, fieldId, textInput } from './fields.ts';
import { type PageContext, pagePath } from './layout.ts';

/**
 * What the front line adds to the reporter's pages: the danger-first confirmation, the call-back request
 * (follow-up, and optionally the report form) and the safety plan in follow-up. Plain HTML: no JavaScript.
 */

export type CallbackDraft = {
  phone?: string | undefined;
  safeTimes?: string | undefined;
  language?: string | undefined;
};

/** The three fields of a call-back request, named `callback[phone]`, `callback[safeTimes]`, `callback[language]`. */
export function callbackFields(ctx: PageContext, m: { draft: CallbackDraft; errors: FieldErrors }): Html {
  const { t, locale } = ctx;
  const common = { errors: m.errors, errorPrefix: t('form.errorPrefix') };
  return html`${textInput({ ...common, name: 'callback[phone]', id: fieldId('callback[phone]'), label: t('callback.phone.label'), value: m.draft.phone, type: 'tel', autocomplete: 'off', inputmode: 'tel', maxlength: LIMITS.phone })}
${textInput({ ...common, name: 'callback[safeTimes]', label: t('callback.safeTimes.label'), hint: t('callback.safeTimes.hint'), value: m.draft.safeTimes, maxlength: CALLBACK_LIMITS.safeTimes })}
${textInput({ ...common, name: 'callback[language]', label: t('callback.language.label'), value: m.draft.language ?? LOCALE_INFO[locale].name, maxlength: CALLBACK_LIMITS.language })}`;
}

/** On the report form: ask for a call at the same time (optional; a box to tick, then the fields). */
export function reportFormCallback(
  ctx: PageContext,
  m: { wanted: boolean; draft: CallbackDraft; errors: FieldErrors },
): Html {
  const { t } = ctx;
  return html`<fieldset><legend>${t('callback.form.legend')}</legend>
<span class="hint" id="callback-hint">${t('callback.form.hint')}</span>
${choice({ type: 'checkbox', name: 'callback[wanted]', value: 'true', id: fieldId('callback[wanted]'), label: t('callback.form.wanted'), checked: m.wanted, describedBy: 'callback-hint' })}
${callbackFields(ctx, m)}
</fieldset>`;
}

/** Follow-up: the calls asked for (and whether we called), and the form to ask — unless one waits. */
export function callbackSection(
  ctx: PageContext,
  m: { view: FollowupView; hidden: Html; action: string; errors: FieldErrors; draft: CallbackDraft },
): Html {
  const { t } = ctx;
  const waiting = m.view.callbacks.some((c) => !c.done);
  const asked =
    m.view.callbacks.length > 0
      ? html`<ul class="callbacks">${m.view.callbacks.map(
          (c) => html`<li data-callback="${c.done ? (c.outcome ?? 'done') : 'requested'}">${c.text}</li>`,
        )}</ul>`
      : '';
  if (m.view.deletionRequestedAt)
    return asked ? html`<h2 id="callback">${t('callback.heading')}</h2>${asked}` : html``;
  return html`<h2 id="callback">${t('callback.heading')}</h2>
${asked}
${
  waiting
    ? html`<p>${t('callback.waiting')}</p>`
    : html`<p>${t('callback.lead')}</p>
<form method="post" action="${m.action}" novalidate>
${m.hidden}<input type="hidden" name="action" value="callback">
${callbackFields(ctx, { draft: m.draft, errors: m.errors })}
<button type="submit">${t('callback.submit')}</button>
</form>`
}`;
}

/** Follow-up: the person's safety plan, section by section, each step marked done or to do. */
export function safetyPlanSection(ctx: PageContext, view: FollowupView): Html | '' {
  const plan = view.safetyPlan;
  if (!plan) return '';
  const { t, locale } = ctx;
  return html`<h2 id="safety-plan">${t('safetyPlan.heading')}</h2>
<p>${t('safetyPlan.lead')}<br>${t('safetyPlan.updated', { date: formatDate(locale, plan.updatedAt) })}</p>
${plan.sections.map(
  (s) => html`<h3>${s.title}</h3>
${s.note ? html`<p class="plan-note">${s.note}</p>` : ''}
${
  s.steps.length > 0
    ? html`<ul class="plan-steps">${s.steps.map(
        (step) =>
          html`<li class="${step.done ? 'done' : 'todo'}"><span class="plan-mark">${step.done ? t('safetyPlan.done') : t('safetyPlan.todo')}</span> <span${step.lang !== locale ? html` lang="${step.lang}" dir="ltr"` : ''}>${step.label}</span></li>`,
      )}</ul>`
    : ''
}`,
)}
${
  plan.contacts.length > 0
    ? html`<h3>${t('safetyPlan.contacts.heading')}</h3><ul>${plan.contacts.map(
        (c) => html`<li><bdi>${c.name}</bdi>${c.how ? html` — <bdi>${c.how}</bdi>` : ''}</li>`,
      )}</ul>`
    : ''
}
<p><a href="${pagePath(locale, 'support')}">${t('safetyPlan.support')}</a></p>`;
}

/**
 * The confirmation of a report made by someone in danger: 911 first, then what happens now, and how soon the
 * focal point aims to respond to such reports (`FOCALPOINT_ACK_IMMEDIATE_MINUTES`).
 */
export function dangerFirst(ctx: PageContext): Html {
  const { t } = ctx;
  return html`<div class="notice warning danger-first" role="alert">
<h1>${t('danger.received.heading')}</h1>
<p class="call-911"><strong>${t('danger.received.call')}</strong></p>
</div>`;
}

/** What happens next when the reporter is in danger: read at once, the response target, a call. */
export function dangerNext(ctx: PageContext, m: { ackMinutes: number }): Html {
  const { t } = ctx;
  return html`<h2>${t('danger.received.next.heading')}</h2>
<ol class="steps">
<li>${t('danger.received.next.read')}</li>
<li>${t('danger.received.next.target', { minutes: m.ackMinutes })}</li>
<li>${t('danger.received.next.safe')}</li>
<li>${t('danger.received.next.callback')}</li>
</ol>`;
}
