/**
 * A tiny HTML template: every interpolated value is escaped unless it is already `Html`, made by this
 * same tag. No client script and no inline style ever come out of it (the CSP forbids both).
 */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Renderable = Html | string | number | boolean | null | undefined | readonly Renderable[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function render(value: Renderable): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Joins pieces already made safe (or escapes plain strings). */
export const join = (parts: readonly Renderable[]): Html => new Html(render(parts));

/** An attribute that is present or absent: `checked`, `selected`, `required`. */
export const flag = (on: boolean, name: string): Html => new Html(on ? ` ${name}` : '');
