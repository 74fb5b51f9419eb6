import { LOCALE_INFO, type Locale, type StaffLocale } from '../../shared/i18n/locales.ts';
import { t } from '../../shared/i18n/translate.ts';
import { fontStylesheetOf } from '../public-site/fonts.ts';
import { type Html, html } from '../public-site/html.ts';
import { formatDate } from '../public-site/views/dates.ts';

/** The head of a slip page: the person's script's fonts, the site's styles and the slip's own. */
function page(o: { locale: Locale; title: string; body: Html }): string {
  const info = LOCALE_INFO[o.locale];
  const fonts = fontStylesheetOf(info.script);
  return `<!doctype html>\n${
    html`<html lang="${info.htmlLang}" dir="${info.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${o.title}</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/site.css">
<link rel="stylesheet" href="/static/extra.css">${fonts ? html`<link rel="stylesheet" href="${fonts}">` : ''}
<link rel="stylesheet" href="/static/slip.css">
<script src="/static/slip.js" defer></script>
</head>
<body class="slip-page">
${o.body}
</body>
</html>`.value
  }\n`;
}

/**
 * The printable slip that hands the person their receipt: in their language and script, with how to follow
 * up and what to do in danger. Staff see, above it and never on paper, a print button and a reminder in
 * their own language. Answered to a POST with a one-time token, `no-store`: closing the tab leaves nothing,
 * and reloading it finds the token used.
 */
export function slipPage(o: {
  locale: Locale;
  staffLocale: StaffLocale;
  reference: string;
  receipt: string;
  recordedAt: Date;
  publicUrl: string;
}): string {
  const { locale, staffLocale } = o;
  const s = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(locale, key, params);
  const staffInfo = LOCALE_INFO[staffLocale];
  const followUp = `${o.publicUrl}/${locale}/follow-up`;
  const support = `${o.publicUrl}/${locale}/support`;
  return page({
    locale,
    title: s('slip.title'),
    body: html`<div class="slip-staff" lang="${staffInfo.htmlLang}" dir="ltr">
<p>${t(staffLocale, 'assisted.slip.staffHint')}</p>
<button type="button" data-print>${t(staffLocale, 'assisted.slip.print')}</button>
</div>
<main class="slip" id="main">
<h1>${s('slip.title')}</h1>
<p>${s('slip.recorded', { date: formatDate(locale, o.recordedAt.toISOString()) })}</p>
<p>${s('received.reference', { reference: `\u2068${o.reference}\u2069` })}</p>
<div class="receipt-box">
<span class="label" id="receipt-label">${s('received.receipt.label')}</span>
<output class="receipt" aria-labelledby="receipt-label">${o.receipt}</output>
</div>
<p>${s('slip.keep')}</p>
<h2>${s('slip.followUp.heading')}</h2>
<p>${s('slip.followUp.body')}</p>
<p class="address" dir="ltr">${followUp}</p>
<h2>${s('public.danger.title')}</h2>
<p>${s('public.danger.body')}</p>
<h2>${s('slip.support.heading')}</h2>
<p class="address" dir="ltr">${support}</p>
</main>`,
  });
}

/** The slip asked for again (reload, Back) or too late: it shows nothing, in the staff member's language. */
export function slipExpiredPage(staffLocale: StaffLocale): string {
  return page({
    locale: staffLocale,
    title: t(staffLocale, 'assisted.slip.expired.title'),
    body: html`<main class="slip" id="main"><h1>${t(staffLocale, 'assisted.slip.expired.title')}</h1>
<p>${t(staffLocale, 'assisted.slip.expired.body')}</p></main>`,
  });
}
