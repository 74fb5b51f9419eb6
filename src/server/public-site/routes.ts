import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConsentsPatch, ReporterMessageInput } from '../../shared/contracts/followup.ts';
import { formFieldName, formToReportInput, LIMITS, ReportInput } from '../../shared/contracts/report.ts';
import { LOCALES, type Locale, negotiateLocale } from '../../shared/i18n/locales.ts';
import { t, translator } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import { presentRefusals } from '../evidence/store.ts';
import {
  addEvidence,
  isReceiptNotFound,
  openFollowup,
  postReporterMessage,
  requestDeletion,
  updateConsents,
} from '../followup/service.ts';
import { IDEMPOTENCY_KEY } from '../intake/idempotency.ts';
import {
  type FormFields,
  receiveReport,
  registerPublicMultipart,
  submissionExtras,
} from '../intake/submission.ts';
import { normaliseReceipt } from '../platform/crypto/receipts.ts';
import { AppError, type FieldProblem, fieldsFromIssues, toAppError } from '../platform/http/errors.ts';
import { taxonomyForLocale } from '../taxonomy/repo.ts';
import { readPageForm, single } from './form-body.ts';
import { loadStaticAssets } from './static-assets.ts';
import { followUpEntryPage, followUpPage } from './views/follow-up.ts';
import { homePage } from './views/home.ts';
import type { PageContext } from './views/layout.ts';
import { privacyPage } from './views/privacy.ts';
import { receivedPage } from './views/received.ts';
import { MORE_PERPETRATORS, reportFormPage } from './views/report-form.ts';

const HIDDEN = { schema: { hide: true } } as const;
const LIST_FIELDS = ['tactics', 'communities', 'channels', 'impacts', 'evidence'];

/** A service error path (`perpetrators.0.indicators.1.value`, `tactics.3`) → the form field it names. */
export function formNameOfPath(path: string): string {
  const head = path.split('.')[0] ?? path;
  if (LIST_FIELDS.includes(head)) return head;
  if (path === 'reporter' || path === 'reporter.anonymous') return 'reporter[anonymous]';
  // The form asks "what is it" once for an identifier's kind and platform.
  return formFieldName(path.replace(/(indicators\.\d+)\.(kind|platform)$/, '$1.type'));
}

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

function localisedFields(
  locale: Locale,
  fields: Record<string, FieldProblem> | undefined,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, problem] of Object.entries(fields ?? {})) {
    const name = formNameOfPath(path);
    if (!out.has(name)) out.set(name, t(locale, problem.key, problem.params));
  }
  return out;
}

const newIdempotencyKey = () => randomBytes(18).toString('base64url');

const acceptsGzip = (req: FastifyRequest) => /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));

function sendPage(reply: FastifyReply, status: number, page: string, err?: AppError) {
  if (err?.headers) reply.headers(err.headers);
  return reply.status(status).type('text/html; charset=utf-8').send(page);
}

/**
 * Pages that hold no secret (no receipt) go compressed to browsers that accept it. Answers to POSTs carry
 * a receipt beside text the sender chose, so they are never compressed (no BREACH-style size oracle).
 */
function sendPublicPage(req: FastifyRequest, reply: FastifyReply, page: string) {
  reply.header('vary', 'Accept-Encoding');
  if (!acceptsGzip(req)) return sendPage(reply, 200, page);
  return reply
    .status(200)
    .type('text/html; charset=utf-8')
    .header('content-encoding', 'gzip')
    .send(gzipSync(page));
}

/** Logs what went wrong on our side, without anything the person sent. */
function logIfOurs(req: FastifyRequest, err: unknown, appError: AppError) {
  if (appError.status >= 500) {
    req.log.error(
      { err: { type: (err as Error)?.name, code: (err as { code?: string })?.code } },
      'public page failed',
    );
  }
}

/**
 * The public site: server-rendered pages in six languages that work with JavaScript off. The form and
 * follow-up pages call the intake and follow-up services directly; the receipt travels only in POST
 * bodies and in the HTML answer, never in an address or a cookie. Pages shown with a receipt switch
 * language by posting it again (`action` open or received), so the reporter keeps their place.
 */
export function publicSiteRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerPublicMultipart(app, deps);
    const assets = await loadStaticAssets();
    const maxUploadMb = Math.floor(deps.config.maxUploadBytes / (1024 * 1024));

    for (const asset of assets.values()) {
      app.get(`/static/${asset.name}`, HIDDEN, async (req, reply) => {
        reply
          .header('etag', asset.etag)
          .header('cache-control', 'no-cache')
          .header('vary', 'Accept-Encoding');
        if (req.headers['if-none-match'] === asset.etag) return reply.status(304).send();
        if (acceptsGzip(req))
          return reply.type(asset.type).header('content-encoding', 'gzip').send(asset.gzip);
        return reply.type(asset.type).send(asset.body);
      });
    }

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

    for (const locale of LOCALES) {
      const ctx: PageContext = { locale, t: translator(locale) };

      const renderForm = async (m: {
        values: Record<string, unknown>;
        errors?: Map<string, string>;
        problem?: string;
        filesDropped?: boolean;
        idempotencyKey?: string;
        morePerpetrators?: boolean;
      }) =>
        reportFormPage(ctx, {
          values: m.values,
          errors: m.errors ?? new Map(),
          problem: m.problem,
          filesDropped: m.filesDropped ?? false,
          terms: await taxonomyForLocale(deps.db, locale),
          maxUploadMb,
          idempotencyKey: m.idempotencyKey ?? newIdempotencyKey(),
          morePerpetrators: m.morePerpetrators ?? false,
        });

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
        // "Add another person or group" without JavaScript: nothing is sent, the form comes back with
        // everything typed and one more block (files must be chosen again, and the page says so).
        if (single(fields.more) === MORE_PERPETRATORS) {
          const page = await renderForm({
            values,
            filesDropped: filesChosen,
            morePerpetrators: true,
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
          return sendPage(
            reply,
            201,
            receivedPage(ctx, { ...result, refusedFiles: presentRefusals(locale, result.refused) }),
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

      app.get(`/${locale}/follow-up`, HIDDEN, async (req, reply) =>
        sendPublicPage(req, reply, followUpEntryPage(ctx, { errors: new Map() })),
      );

      app.post(`/${locale}/follow-up`, HIDDEN, async (req, reply) => {
        const { fields, files, fileProblem, filesChosen } = await readPageForm(req, deps.config);
        const receipt = (single(fields.receipt) ?? '').trim();
        const action = single(fields.action) ?? 'open';
        const entry = (status: number, m: { errors?: Map<string, string>; problem?: string }, e?: AppError) =>
          sendPage(
            reply,
            status,
            followUpEntryPage(ctx, { receipt, errors: m.errors ?? new Map(), problem: m.problem }),
            e,
          );

        try {
          deps.runtime.limits.guardFollowup(req);
        } catch (err) {
          const e = toAppError(err);
          return entry(e.status, { problem: t(locale, e.key, e.params) }, e);
        }
        if (!receipt) return entry(400, { errors: new Map([['receipt', t(locale, 'error.required')]]) });

        const drafts: { message?: string; add?: string } = {};
        let notice: { kind: 'success' | 'warning'; text: string } | undefined;
        let errors = new Map<string, string>();
        let status = 200;
        let failure: AppError | undefined;
        try {
          switch (action) {
            case 'message': {
              drafts.message = single(fields.body) ?? '';
              const parsed = ReporterMessageInput.safeParse({ body: drafts.message });
              if (!parsed.success) {
                errors = localisedFields(locale, fieldsFromIssues(parsed.error.issues));
                status = 400;
                break;
              }
              await postReporterMessage(deps, { receipt, body: parsed.data.body });
              drafts.message = undefined;
              notice = { kind: 'success', text: t(locale, 'followup.reply.sent') };
              break;
            }
            case 'add': {
              drafts.add = single(fields.information) ?? '';
              if (fileProblem) throw fileProblem;
              const text = drafts.add.trim();
              if (!text && files.length === 0) {
                errors = new Map([['information', t(locale, 'error.required')]]);
                status = 400;
                break;
              }
              if (text) {
                const parsed = ReporterMessageInput.safeParse({ body: text });
                if (!parsed.success) {
                  errors = new Map([['information', t(locale, 'error.tooLong', { max: 10_000 })]]);
                  status = 400;
                  break;
                }
              }
              // Files first: if one is refused, nothing is added and the text stays in the box.
              const added =
                files.length > 0 ? await addEvidence(deps, { receipt, files }) : { files: 0, refused: [] };
              if (text) await postReporterMessage(deps, { receipt, body: text });
              drafts.add = undefined;
              const refused = presentRefusals(locale, added.refused).map((f) => ` ${f.message}`);
              notice = {
                kind: refused.length > 0 ? 'warning' : 'success',
                text: `${t(locale, 'followup.add.done')}${added.files > 0 ? ` ${t(locale, 'followup.add.filesCount', { count: added.files })}` : ''}${refused.join('')}`,
              };
              break;
            }
            case 'consents': {
              const patch: Record<string, boolean> = {};
              for (const name of [
                'contact',
                'referralToPolice',
                'anonymisedStatistics',
                'updates',
              ] as const) {
                const raw = fields[`consents[${name}]`];
                patch[name] = (Array.isArray(raw) ? raw : raw ? [raw] : []).includes('true');
              }
              await updateConsents(deps, { receipt, consents: ConsentsPatch.parse(patch) });
              notice = { kind: 'success', text: t(locale, 'followup.consents.saved') };
              break;
            }
            case 'delete': {
              if (single(fields.confirm) !== 'yes') {
                errors = new Map([['confirm', t(locale, 'followup.delete.confirmRequired')]]);
                status = 400;
                break;
              }
              await requestDeletion(deps, { receipt });
              notice = { kind: 'success', text: t(locale, 'followup.delete.done') };
              break;
            }
            default:
              break;
          }
        } catch (err) {
          if (isReceiptNotFound(err)) {
            deps.runtime.limits.noteReceiptFailure(req);
            return entry(404, { errors: new Map([['receipt', t(locale, 'error.receiptNotFound')]]) });
          }
          failure = toAppError(err);
          logIfOurs(req, err, failure);
          status = failure.status;
          errors = localisedFields(locale, failure.fields);
          if (errors.size === 0) notice = { kind: 'warning', text: t(locale, failure.key, failure.params) };
        }

        try {
          const view = await openFollowup(deps, { receipt, locale });
          // The confirmation's language switcher: the same confirmation, in the language chosen.
          if (action === 'received')
            return sendPage(
              reply,
              200,
              receivedPage(ctx, { reference: view.reference, receipt: normaliseReceipt(receipt) ?? receipt }),
            );
          return sendPage(
            reply,
            status,
            followUpPage(ctx, {
              receipt,
              view,
              notice,
              errors,
              drafts,
              filesDropped: action === 'add' && filesChosen && status >= 400,
              maxUploadMb,
              maxFiles: LIMITS.files,
            }),
            failure,
          );
        } catch (err) {
          if (isReceiptNotFound(err)) {
            deps.runtime.limits.noteReceiptFailure(req);
            return entry(404, { errors: new Map([['receipt', t(locale, 'error.receiptNotFound')]]) });
          }
          const e = toAppError(err);
          logIfOurs(req, err, e);
          return entry(e.status, { problem: t(locale, e.key, e.params) }, e);
        }
      });
    }
  };
}
