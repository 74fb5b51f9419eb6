import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { formToReportInput, ReportInput } from '../../shared/contracts/report.ts';
import { isLocale, LOCALES, negotiateLocale } from '../../shared/i18n/locales.ts';
import { t, translator } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import { presentRefusals } from '../evidence/store.ts';
import { issueViewToken } from '../followup/view-tokens.ts';
import { IDEMPOTENCY_KEY } from '../intake/idempotency.ts';
import {
  type FormFields,
  receiveReport,
  registerPublicMultipart,
  submissionExtras,
} from '../intake/submission.ts';
import { AppError, fieldsFromIssues, toAppError } from '../platform/http/errors.ts';
import { packsForLocale, taxonomyForLocale } from '../taxonomy/repo.ts';
import { registerFollowUpPages } from './follow-up-routes.ts';
import { listFontFiles, loadFontStylesheets } from './fonts.ts';
import { readPageForm, single } from './form-body.ts';
import { acceptsGzip, localisedFields, logIfOurs, sendPage, sendPublicPage } from './page-replies.ts';
import { loadStaticAssets, type StaticAsset } from './static-assets.ts';
import { errorPage, notFoundPage } from './views/error.ts';
import { homePage } from './views/home.ts';
import type { PageContext } from './views/layout.ts';
import { privacyPage } from './views/privacy.ts';
import { receivedPage, replayPage } from './views/received.ts';
import { MORE, type More, reportFormPage } from './views/report-form.ts';

const HIDDEN = { schema: { hide: true } } as const;
/** Font files are named by a hash of their bytes: a browser may keep them for a year unasked. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const IDENTIFIER_TYPE = /^(perpetrators\[\d+\]\[indicators\]\[\d+\])\[type\]$/;

/** The form's `…[type]` choice (`phone`, `account:wechat`) → the contract's `…[kind]` and `…[platform]`. */
export function splitIdentifierTypes(fields: FormFields): FormFields {
  const out: FormFields = {};
  for (const [name, value] of Object.entries(fields)) {
    const m = IDENTIFIER_TYPE.exec(name);
    if (!m) {
      out[name] = value;
      continue;
    }
    const choice = (Array.isArray(value) ? value.at(-1) : value) ?? '';
    const [kind = '', platform] = choice.split(':');
    out[`${m[1]}[kind]`] = kind;
    if (platform) out[`${m[1]}[platform]`] = platform;
  }
  return out;
}

const newIdempotencyKey = () => randomBytes(18).toString('base64url');

/** CSS, script, icon and font stylesheets: revalidated by ETag, compressed when the browser accepts it. */
function serveAsset(app: FastifyInstance, url: string, asset: StaticAsset) {
  app.get(url, HIDDEN, async (req, reply) => {
    reply.header('etag', asset.etag).header('cache-control', 'no-cache').header('vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === asset.etag) return reply.status(304).send();
    if (acceptsGzip(req)) return reply.type(asset.type).header('content-encoding', 'gzip').send(asset.gzip);
    return reply.type(asset.type).send(asset.body);
  });
}

/** The language of a public address (`/fa/…`), else the reader's. */
function localeOfRequest(req: FastifyRequest) {
  const first = req.url.split('/')[1]?.split('?')[0];
  return isLocale(first) ? first : negotiateLocale(req.headers['accept-language']);
}

/**
 * The public site: server-rendered pages in every public language that work with JavaScript off. The form
 * and follow-up pages call the intake and follow-up services directly; the receipt travels only in POST
 * bodies and in the HTML answer, never in an address or a cookie, and each is shown once (the follow-up
 * pages through one-time tokens: follow-up-routes.ts). Problems get a page in the address's language:
 * this plugin's own error and not-found handlers.
 */
export function publicSiteRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerPublicMultipart(app, deps);
    const maxUploadMb = Math.floor(deps.config.maxUploadBytes / (1024 * 1024));

    for (const asset of (await loadStaticAssets()).values()) serveAsset(app, `/static/${asset.name}`, asset);
    for (const asset of await loadFontStylesheets()) serveAsset(app, `/static/fonts/${asset.name}`, asset);
    const fontFiles = await listFontFiles();
    app.get<{ Params: { family: string; file: string } }>(
      '/static/fonts/:family/:file',
      HIDDEN,
      async (req, reply) => {
        const file = fontFiles.get(`${req.params.family}/${req.params.file}`);
        if (!file) throw new AppError(404, 'error.notFound');
        return reply
          .type('font/woff2')
          .header('cache-control', IMMUTABLE)
          .send(await readFile(file));
      },
    );

    // Addresses without a language choose one from Accept-Language.
    for (const [from, to] of [
      ['/', ''],
      ['/report', 'report'],
      ['/follow-up', 'follow-up'],
      ['/privacy', 'privacy'],
    ] as const) {
      app.get(from, HIDDEN, async (req, reply) => {
        const locale = negotiateLocale(req.headers['accept-language']);
        return reply.header('vary', 'Accept-Language').redirect(`/${locale}/${to}`, 302);
      });
    }

    // A problem on a public page is a page in its language (an API address keeps its JSON answer).
    app.setErrorHandler(async (err, req, reply) => {
      const e = toAppError(err);
      logIfOurs(req, err, e);
      const locale = localeOfRequest(req);
      return sendPage(
        reply,
        e.status,
        errorPage({ locale, t: translator(locale) }, t(locale, e.key, e.params)),
        e,
      );
    });
    for (const locale of LOCALES) {
      const ctx: PageContext = { locale, t: translator(locale) };
      await app.register(
        async (scope) => {
          scope.setNotFoundHandler(async (req, reply) => sendPublicPage(req, reply, notFoundPage(ctx), 404));
        },
        { prefix: `/${locale}` },
      );
    }

    for (const locale of LOCALES) {
      const ctx: PageContext = { locale, t: translator(locale) };

      const renderForm = async (m: {
        values: Record<string, unknown>;
        errors?: Map<string, string>;
        problem?: string;
        filesDropped?: boolean;
        idempotencyKey?: string;
        more?: More;
      }) => {
        const terms = await taxonomyForLocale(deps.db, locale);
        return reportFormPage(ctx, {
          values: m.values,
          errors: m.errors ?? new Map(),
          problem: m.problem,
          filesDropped: m.filesDropped ?? false,
          terms,
          packs: await packsForLocale(deps.db, locale, terms.community),
          maxUploadMb,
          idempotencyKey: m.idempotencyKey ?? newIdempotencyKey(),
          more: m.more,
        });
      };

      app.get(`/${locale}`, HIDDEN, async (req, reply) => sendPublicPage(req, reply, homePage(ctx)));
      app.get(`/${locale}/privacy`, HIDDEN, async (req, reply) =>
        sendPublicPage(req, reply, privacyPage(ctx)),
      );
      app.get(`/${locale}/report`, HIDDEN, async (req, reply) =>
        sendPublicPage(
          req,
          reply,
          await renderForm({ values: { language: locale, consents: { updates: true } } }),
        ),
      );
      // Someone who reloads the confirmation's address (or bookmarks it) lands on the form's neighbour.
      app.get(`/${locale}/report/received`, HIDDEN, async (_req, reply) =>
        reply.redirect(`/${locale}/follow-up`, 303),
      );

      app.post(`/${locale}/report`, HIDDEN, async (req, reply) => {
        const { fields, files, fileProblem, filesChosen } = await readPageForm(req, deps.config);
        const values = formToReportInput(splitIdentifierTypes(fields));
        values.language = locale;
        const extras = submissionExtras(req, fields);
        const key =
          extras.idempotencyKey && IDEMPOTENCY_KEY.test(extras.idempotencyKey)
            ? extras.idempotencyKey
            : undefined;
        // "Add another person or group", "Show every country", "Show the institutions of this province":
        // nothing is sent, the form comes back with everything typed and what was asked for (files must be
        // chosen again, and the page says so).
        const more = Object.values(MORE).find((m) => m === single(fields.more));
        if (more) {
          const page = await renderForm({
            values,
            filesDropped: filesChosen,
            more,
            ...(key ? { idempotencyKey: key } : {}),
          });
          return sendPage(reply, 200, page);
        }
        try {
          if (fileProblem) {
            // Report every problem at once: the files' and those of the text fields.
            const parsed = ReportInput.safeParse(values);
            const fieldsWithText = {
              ...(parsed.success ? {} : fieldsFromIssues(parsed.error.issues)),
              ...fileProblem.fields,
            };
            throw new AppError(fileProblem.status, fileProblem.key, { fields: fieldsWithText });
          }
          const result = await receiveReport(deps, req, {
            body: values,
            files,
            ...extras,
            idempotencyKey: key,
          });
          // The same form sent again (Back, reload): the report is there, its receipt is not shown again.
          if (result.replayed) return sendPage(reply, 200, replayPage(ctx));
          const token = await confirmationToken(deps, req, result.reportId);
          return sendPage(
            reply,
            201,
            receivedPage(ctx, { ...result, token, refusedFiles: presentRefusals(locale, result.refused) }),
          );
        } catch (err) {
          const e = toAppError(err);
          logIfOurs(req, err, e);
          const errors = localisedFields(locale, e.fields);
          const page = await renderForm({
            values,
            errors,
            ...(errors.size === 0 || e.status === 429 || e.status >= 500
              ? { problem: t(locale, e.key, e.params) }
              : {}),
            filesDropped: filesChosen,
            ...(key ? { idempotencyKey: key } : {}),
          });
          return sendPage(reply, e.status, page, e);
        }
      });

      registerFollowUpPages(app, deps, ctx, { maxUploadMb });
    }
  };
}

/**
 * The one-time token of the confirmation's language switcher. The report is stored by now: if the token
 * cannot be written, the confirmation still shows the receipt, with a switcher that leads to follow-up.
 */
async function confirmationToken(deps: AppDeps, req: FastifyRequest, reportId: string) {
  try {
    return await issueViewToken(deps, { reportId, purpose: 'confirmation' });
  } catch (err) {
    logIfOurs(req, err, toAppError(err));
    return undefined;
  }
}
