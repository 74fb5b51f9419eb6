import { flag, type Html, html, type Renderable } from '../html.ts';

/**
 * Form controls with the GOV.UK error pattern: a label for every control, hints and errors tied with
 * aria-describedby, aria-invalid on a control in error, and ids the error summary can link to.
 */

/** Field problems by form field name (`reporter[email]`), already localised. */
export type FieldErrors = ReadonlyMap<string, string>;

/** `perpetrators[0][indicators][1][value]` → `f-perpetrators-0-indicators-1-value`. */
export const fieldId = (name: string): string =>
  `f-${name
    .replace(/^perpetrators\[/, 'p[')
    .replace('[indicators]', '[i]')
    .replace(/\]\[|\[|\]/g, '-')
    .replace(/-+$/, '')}`;

export type FieldCommon = {
  name: string;
  label: Renderable;
  hint?: Renderable;
  errors: FieldErrors;
  errorPrefix: string;
  id?: string;
};

const describedBy = (...ids: (string | false | undefined)[]) => {
  const list = ids.filter(Boolean).join(' ');
  return list ? html` aria-describedby="${list}"` : '';
};

function errorLine(id: string, message: string | undefined, prefix: string): Html | '' {
  return message
    ? html`<span class="error-message" id="${id}-error"><span class="visually-hidden">${prefix} </span>${message}</span>`
    : '';
}

/**
 * A control in its field. With a hint or an error, the label, hint and error point at the control's id
 * (the error summary links to it). Without either nothing refers to the control, so the label simply wraps
 * it and no id is written: the report form has many such fields and must stay light (≤ 50 KB).
 * `attrs` receives the id and ARIA attributes to write inside the control's tag.
 */
function field(f: FieldCommon, control: (attrs: Html | '') => Html, extraClass = ''): Html {
  const error = f.errors.get(f.name);
  const cls = html`field${error ? ' field-error' : ''}${extraClass ? ` ${extraClass}` : ''}`;
  if (!f.hint && !error && !f.id)
    return html`<div class="${cls}"><label>${f.label}${control('')}</label></div>`;
  const id = f.id ?? fieldId(f.name);
  const attrs = html` id="${id}"${describedBy(f.hint ? `${id}-hint` : false, error ? `${id}-error` : false)}${flag(Boolean(error), 'aria-invalid="true"')}`;
  return html`<div class="${cls}"><label for="${id}">${f.label}</label>${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}${errorLine(id, error, f.errorPrefix)}${control(attrs)}</div>`;
}

export function textInput(
  f: FieldCommon & {
    value: string | undefined;
    type?: 'text' | 'email' | 'tel' | 'date';
    autocomplete?: string;
    inputmode?: string;
    placeholder?: string;
    extraClass?: string;
    maxlength?: number;
  },
): Html {
  return field(
    f,
    (attrs) =>
      html`<input type="${f.type ?? 'text'}" name="${f.name}"${f.value ? html` value="${f.value}"` : ''}${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${f.inputmode ? html` inputmode="${f.inputmode}"` : ''}${f.placeholder ? html` placeholder="${f.placeholder}"` : ''}${f.maxlength ? html` maxlength="${f.maxlength}"` : ''}${f.extraClass ? html` class="${f.extraClass}"` : ''}${attrs}>`,
  );
}

export function textArea(
  f: FieldCommon & { value: string | undefined; required?: boolean; rows?: number; extraClass?: string },
): Html {
  return field(
    f,
    (attrs) =>
      html`<textarea name="${f.name}" rows="${f.rows ?? 8}"${f.extraClass ? html` class="${f.extraClass}"` : ''}${flag(Boolean(f.required), 'required')}${attrs}>${f.value ?? ''}</textarea>`,
  );
}

/** `lang`: the option's language when it is not the page's (a name only known in English). */
export type Option = { value: string; label: string; lang?: string };

/** Options are written without their optional end tags: long lists stay light. */
export function select(f: FieldCommon & { value: string | undefined; options: readonly Option[] }): Html {
  return field(
    f,
    (attrs) =>
      html`<select name="${f.name}"${attrs}>${f.options.map(
        (o) =>
          html`<option value="${o.value}"${o.lang ? html` lang="${o.lang}"` : ''}${flag(o.value === (f.value ?? ''), 'selected')}>${o.label}`,
      )}</select>`,
  );
}

/** One checkbox or radio with its label (and an optional explanation under it). */
export function choice(c: {
  type: 'checkbox' | 'radio';
  name: string;
  value: string;
  id: string;
  label: Renderable;
  hint?: Renderable;
  checked: boolean;
  describedBy?: string;
  extraClass?: string;
}): Html {
  return html`<div class="choice${c.extraClass ? ` ${c.extraClass}` : ''}"><input type="${c.type}" id="${c.id}" name="${c.name}" value="${c.value}"${flag(c.checked, 'checked')}${describedBy(c.hint ? `${c.id}-hint` : false, c.describedBy)}><div><label for="${c.id}">${c.label}</label>${c.hint ? html`<span class="hint" id="${c.id}-hint">${c.hint}</span>` : ''}</div></div>`;
}

/**
 * A checkbox or radio inside its label, for long lists of choices without explanations (the taxonomy's
 * tactics, channels, communities, impacts), always inside a `.choices` list that styles it. Only an `id`
 * the error summary links to is written.
 */
export function tick(c: {
  type: 'checkbox' | 'radio';
  name: string;
  value: string;
  label: Renderable;
  checked: boolean;
  id?: string | undefined;
}): Html {
  return html`<label><input type="${c.type}"${c.id ? html` id="${c.id}"` : ''} name="${c.name}" value="${c.value}"${flag(c.checked, 'checked')}>${c.label}</label>`;
}

/** A group of choices in a fieldset with a legend; its error sits under the legend. */
export function choiceGroup(g: {
  name: string;
  legend: Renderable;
  hint?: Renderable;
  errors: FieldErrors;
  errorPrefix: string;
  body: Html;
  extraClass?: string;
}): Html {
  const id = fieldId(g.name);
  const error = g.errors.get(g.name);
  return html`<fieldset id="${id}-group"${error || g.extraClass ? html` class="${[error ? 'field-error' : '', g.extraClass ?? ''].filter(Boolean).join(' ')}"` : ''}${describedBy(g.hint ? `${id}-hint` : false, error ? `${id}-error` : false)}><legend>${g.legend}</legend>${g.hint ? html`<span class="hint" id="${id}-hint">${g.hint}</span>` : ''}${errorLine(id, error, g.errorPrefix)}${g.body}</fieldset>`;
}

/** The GOV.UK error summary: a heading and a link to every field in error. */
export function errorSummary(opts: {
  title: string;
  intro?: string;
  items: readonly { href: string; text: string }[];
}): Html {
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
<h2 id="error-summary-title">${opts.title}</h2>
${opts.intro ? html`<p>${opts.intro}</p>` : ''}
<ul>${opts.items.map((i) => html`<li><a href="${i.href}">${i.text}</a></li>`)}</ul>
</div>`;
}
