import { LOCALE_INFO, LOCALES, type Locale } from '../../../shared/i18n/locales.ts';
import { isReviewed } from '../../../shared/i18n/review.ts';
import type { Translator } from '../../../shared/i18n/translate.ts';
import { fontStylesheetOf, LANGUAGE_NAMES_STYLESHEET } from '../fonts.ts';
import { type Html, html } from '../html.ts';

/** The one neutral, well-known site the quick-exit button leaves for (a plain link: no request of ours). */
export const QUICK_EXIT_URL = 'https://www.weather.gc.ca/';

/** Pages that have a plain address, for the menu and the language switcher. */
export type PageName = 'home' | 'report' | 'followUp' | 'support' | 'statistics' | 'privacy';

export const pagePath = (locale: Locale, page: PageName): string =>
  ({
    home: `/${locale}/`,
    report: `/${locale}/report`,
    followUp: `/${locale}/follow-up`,
    // Served by the support-resources feature (src/server/support-resources).
    support: `/${locale}/support`,
    statistics: `/${locale}/statistics`,
    privacy: `/${locale}/privacy`,
  })[page];

export type PageContext = { locale: Locale; t: Translator };

/**
 * Every public page: the "in danger now" notice and the quick exit come first, then the menu, a language
 * switcher with each language named in its own script and, for a translation awaiting review, a notice
 * saying so. `page` names where the switcher leads; a page shown to the holder of a receipt switches by
 * posting its one-time token (and on the confirmation the receipt), so the reporter keeps their place and
 * neither is ever put in a link. Such a page is marked `data-personal` for site.js.
 */
export function layout(
  ctx: PageContext,
  opts: {
    title: string;
    page: PageName;
    current?: PageName | undefined;
    body: Html;
    /** The page shows a receipt, the follow-up conversation or the home page's steps (extra.css). */
    extraStyles?: boolean;
    /**
     * A page shown to the holder of a receipt (the confirmation, the report itself): its language switcher
     * posts these hidden fields — a one-time token, and on the confirmation the receipt — to the follow-up
     * address of the language chosen, never a link carrying them.
     */
    switchBy?: Record<string, string> | undefined;
  },
): string {
  const { locale, t } = ctx;
  const info = LOCALE_INFO[locale];
  const fonts = fontStylesheetOf(info.script);
  const nav: PageName[] = ['home', 'report', 'followUp', 'support', 'statistics', 'privacy'];
  const navLabel: Record<PageName, string> = {
    home: t('public.nav.home'),
    report: t('public.nav.report'),
    followUp: t('public.nav.followUp'),
    support: t('support.nav'),
    // The statistics page's own title, in every public language (stats catalog).
    statistics: t('stats.page.title'),
    privacy: t('public.nav.privacy'),
  };
  return `<!doctype html>\n${
    html`<html lang="${info.htmlLang}" dir="${info.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${t('public.pageTitle', { page: opts.title })}</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/site.css">
<link rel="stylesheet" href="${LANGUAGE_NAMES_STYLESHEET}">${fonts ? html`<link rel="stylesheet" href="${fonts}">` : ''}${opts.extraStyles ? html`<link rel="stylesheet" href="/static/extra.css">` : ''}
<script src="/static/site.js" defer></script>
</head>
<body${opts.switchBy ? html` data-personal` : ''}>
<a class="skip-link" href="#main">${t('public.skipLink')}</a>
<div class="topbar">
<p class="danger" role="note"><strong>${t('public.danger.title')}</strong> ${t('public.danger.body')}</p>
<a class="quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer noopener" data-quick-exit aria-describedby="quick-exit-desc">${t('public.quickExit')}</a>
<span id="quick-exit-desc" class="visually-hidden">${t('public.quickExit.description')}</span>
</div>
<header class="site-header">
<div class="inner">
<a class="brand" href="${pagePath(locale, 'home')}">${t('public.siteName')}</a>
<p class="tagline">${t('public.tagline')}</p>
<nav class="main-nav" aria-label="${t('public.nav.label')}">
<ul class="nav-list">${nav.map(
      (p) =>
        html`<li><a href="${pagePath(locale, p)}"${opts.current === p ? html` aria-current="page"` : ''}>${navLabel[p]}</a></li>`,
    )}</ul>
</nav>
<nav class="languages" aria-label="${t('public.language.label')}">
<span class="lang-label" aria-hidden="true">${t('public.language.label')}:</span>
${
  opts.switchBy
    ? postingSwitcher(locale, opts.switchBy)
    : html`<ul class="lang-list">${LOCALES.map((l) => {
        const other = LOCALE_INFO[l];
        // Each name in its own script and language (a single run of one direction: no dir needed).
        return html`<li><a href="${pagePath(l, opts.page)}" lang="${other.htmlLang}"${l === locale ? html` aria-current="true"` : ''}>${other.name}</a></li>`;
      })}</ul>`
}
</nav>
${isReviewed(locale) ? '' : html`<p class="translation-note" role="note">${t('public.translationNotice')}</p>`}
</div>
</header>
<main id="main" tabindex="-1">
${opts.body}
</main>
<footer class="site-footer"><div class="inner"><p>${t('public.footer')}</p></div></footer>
</body>
</html>`.value
  }\n`;
}

/** The language switcher of a page shown with a receipt or a token: one small form, a button per language. */
function postingSwitcher(locale: Locale, fields: Record<string, string>): Html {
  return html`<form method="post" action="${pagePath(locale, 'followUp')}">${Object.entries(fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}<ul class="lang-list">${LOCALES.map((l) => {
    const other = LOCALE_INFO[l];
    return html`<li><button type="submit" formaction="${pagePath(l, 'followUp')}" lang="${other.htmlLang}"${l === locale ? html` aria-current="true"` : ''}>${other.name}</button></li>`;
  })}</ul></form>`;
}
