import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ConsentsPatch, ReporterMessageInput } from '../../shared/contracts/followup.ts';
import { EVIDENCE_REFUSALS, type EvidenceRefusal, LIMITS } from '../../shared/contracts/report.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import type { AppDeps } from '../deps.ts';
import {
  addEvidence,
  isReceiptNotFound,
  openFollowup,
  postReporterMessage,
  type ReporterKey,
  reportOf,
  requestDeletion,
  updateConsents,
} from '../followup/service.ts';
import { issueViewToken, spendViewToken } from '../followup/view-tokens.ts';
import { normaliseReceipt } from '../platform/crypto/receipts.ts';
import { type AppError, fieldsFromIssues, toAppError } from '../platform/http/errors.ts';
import { readPageForm, single } from './form-body.ts';
import { localisedFields, logIfOurs, sendPage } from './page-replies.ts';
import { expiredPage, followUpEntryPage, followUpPage } from './views/follow-up.ts';
import type { PageContext } from './views/layout.ts';
import { receivedPage } from './views/received.ts';

const HIDDEN = { schema: { hide: true } } as const;
const CONSENTS = ['contact', 'referralToPolice', 'anonymisedStatistics', 'updates'] as const;

/**
 * What the reporter just did, kept with the next page's token as a code and shown there once:
 * `added:2|refused:3.fileTooComplex,4.tookTooLong` (files added, and files refused with their reasons).
 */
function noticeOf(
  ctx: PageContext,
  code: string | null,
): { kind: 'success' | 'warning'; text: string } | undefined {
  if (!code) return undefined;
  const [done, refusedPart] = code.split('|');
  const text = noticeText(ctx, done ?? '');
  if (!text) return undefined;
  const refused = (refusedPart?.replace(/^refused:/, '') ?? '')
    .split(',')
    .filter(Boolean)
    .flatMap((r) => {
      const [n, reason] = r.split('.');
      return (EVIDENCE_REFUSALS as readonly string[]).includes(reason ?? '')
        ? [ctx.t(`evidence.refused.${reason as EvidenceRefusal}`, { n: Number(n) })]
        : [];
    });
  return refused.length > 0
    ? { kind: 'warning', text: `${text} ${refused.join(' ')}` }
    : { kind: 'success', text };
}

function noticeText(ctx: PageContext, code: string): string | undefined {
  const [what, count] = code.split(':');
  const text: Record<string, MessageKey> = {
    'reply-sent': 'followup.reply.sent',
    added: 'followup.add.done',
    'consents-saved': 'followup.consents.saved',
    'deletion-requested': 'followup.delete.done',
  };
  const key = text[what ?? ''];
  if (!key) return undefined;
  const files = Number(count ?? 0);
  return files > 0 ? `${ctx.t(key)} ${ctx.t('followup.add.filesCount', { count: files })}` : ctx.t(key);
}

/**
 * The follow-up pages of one language, through POST/redirect/GET: a posted receipt (or a page's one-time
 * token) is answered 303 with an address holding a one-time `view` token; its GET shows the report once,
 * with an `act` token in its forms. Reloading, or going Back after a quick exit, finds the token used and
 * says the page has expired (followup/view-tokens.ts). The confirmation's language switcher posts the
 * receipt with a one-time `confirmation` token, so it too shows the receipt only once.
 */
export function registerFollowUpPages(
  app: FastifyInstance,
  deps: AppDeps,
  ctx: PageContext,
  limits: { maxUploadMb: number },
): void {
  const { locale, t } = ctx;
  const base = `/${locale}/follow-up`;

  const entry = (
    reply: FastifyReply,
    status: number,
    m: { receipt?: string; errors?: Map<string, string>; problem?: string },
    e?: AppError,
  ) =>
    sendPage(
      reply,
      status,
      followUpEntryPage(ctx, { receipt: m.receipt, errors: m.errors ?? new Map(), problem: m.problem }),
      e,
    );
  const notFound = (req: FastifyRequest, reply: FastifyReply, receipt: string) => {
    deps.runtime.limits.noteReceiptFailure(req);
    return entry(reply, 404, { receipt, errors: new Map([['receipt', t('error.receiptNotFound')]]) });
  };
  const expired = (reply: FastifyReply) => sendPage(reply, 410, expiredPage(ctx));
  const toView = async (reply: FastifyReply, reportId: string, notice?: string) => {
    const token = await issueViewToken(deps, { reportId, purpose: 'view', notice });
    return reply.redirect(`${base}/view?t=${token}`, 303);
  };
  /** The report's page, written with a fresh `act` token for its forms. */
  const reportPage = async (
    reply: FastifyReply,
    status: number,
    reportId: string,
    m: {
      notice?: { kind: 'success' | 'warning'; text: string } | undefined;
      errors?: Map<string, string>;
      drafts?: { message?: string; add?: string };
      filesDropped?: boolean;
      failure?: AppError;
    } = {},
  ) => {
    const view = await openFollowup(deps, { reportId, locale });
    const token = await issueViewToken(deps, { reportId, purpose: 'act' });
    return sendPage(
      reply,
      status,
      followUpPage(ctx, {
        token,
        view,
        notice: m.notice,
        errors: m.errors ?? new Map(),
        drafts: m.drafts ?? {},
        filesDropped: m.filesDropped ?? false,
        maxUploadMb: limits.maxUploadMb,
        maxFiles: LIMITS.files,
      }),
      m.failure,
    );
  };

  app.get(base, HIDDEN, async (_req, reply) =>
    sendPage(reply, 200, followUpEntryPage(ctx, { errors: new Map() })),
  );

  // Not counted against the follow-up limits: the post that made the token was, and a token cannot be
  // guessed (256 bits). Counting both would halve what a reporter behind a shared address (Tor) may do.
  app.get<{ Querystring: { t?: unknown } }>(`${base}/view`, HIDDEN, async (req, reply) => {
    const token = typeof req.query.t === 'string' ? req.query.t : undefined;
    const used = await spendViewToken(deps, { token, purpose: 'view' });
    if (!used) return expired(reply);
    const notice = noticeOf(ctx, used.notice);
    return reportPage(reply, 200, used.reportId, notice ? { notice } : {});
  });

  app.post(base, HIDDEN, async (req, reply) => {
    const { fields, files, fileProblem, filesChosen } = await readPageForm(req, deps.config);
    const receipt = (single(fields.receipt) ?? '').trim();
    const token = single(fields.token);
    const action = single(fields.action) ?? 'open';
    try {
      // Only a receipt that is used is counted against its own limit: a page's token stands for it.
      await deps.runtime.limits.beforeFollowup(req, action === 'received' || !token ? receipt : undefined);
    } catch (err) {
      const e = toAppError(err);
      return entry(reply, e.status, { receipt, problem: t(e.key, e.params) }, e);
    }

    // The confirmation's language switcher: the same receipt again, once, in the language chosen.
    if (action === 'received') {
      const used = await spendViewToken(deps, { token, purpose: 'confirmation' });
      if (!used) return expired(reply);
      const report = await reportOf(deps, receipt).catch(() => undefined);
      if (!report || report.id !== used.reportId) return expired(reply);
      deps.runtime.limits.noteReceiptUse(receipt);
      const next = await issueViewToken(deps, { reportId: report.id, purpose: 'confirmation' });
      return sendPage(
        reply,
        200,
        receivedPage(ctx, {
          reference: report.reference,
          receipt: normaliseReceipt(receipt) ?? receipt,
          token: next,
        }),
      );
    }

    // Who is asking: a page of the report (its one-time token) or the entry form (the receipt).
    let reportId: string;
    if (token) {
      const used = await spendViewToken(deps, { token, purpose: 'act' });
      if (!used) return expired(reply);
      reportId = used.reportId;
    } else {
      if (!receipt) return entry(reply, 400, { errors: new Map([['receipt', t('error.required')]]) });
      try {
        reportId = (await reportOf(deps, receipt)).id;
        deps.runtime.limits.noteReceiptUse(receipt);
      } catch (err) {
        if (isReceiptNotFound(err)) return notFound(req, reply, receipt);
        throw err;
      }
    }
    const key: ReporterKey = { reportId };

    // A form that comes back: the page again, with the problem and what was typed, and a fresh token.
    const again = (status: number, m: Parameters<typeof reportPage>[3]) =>
      reportPage(reply, status, reportId, m);
    const drafts: { message?: string; add?: string } = {};
    try {
      switch (action) {
        case 'message': {
          drafts.message = single(fields.body) ?? '';
          const parsed = ReporterMessageInput.safeParse({ body: drafts.message });
          if (!parsed.success) {
            return again(400, {
              errors: localisedFields(locale, fieldsFromIssues(parsed.error.issues)),
              drafts,
            });
          }
          await postReporterMessage(deps, { ...key, body: parsed.data.body });
          return toView(reply, reportId, 'reply-sent');
        }
        case 'add': {
          drafts.add = single(fields.information) ?? '';
          if (fileProblem) throw fileProblem;
          const text = drafts.add.trim();
          if (!text && files.length === 0) {
            return again(400, { errors: new Map([['information', t('error.required')]]), drafts });
          }
          if (text && !ReporterMessageInput.safeParse({ body: text }).success) {
            return again(400, {
              errors: new Map([['information', t('error.tooLong', { max: 10_000 })]]),
              drafts,
            });
          }
          // Files first: if one is refused, nothing is added and the text stays in the box.
          const added =
            files.length > 0 ? await addEvidence(deps, { ...key, files }) : { files: 0, refused: [] };
          if (text) await postReporterMessage(deps, { ...key, body: text });
          const refused = added.refused.map((r) => `${r.index + 1}.${r.reason}`).join(',');
          return toView(
            reply,
            reportId,
            `${added.files > 0 ? `added:${added.files}` : 'added'}${refused ? `|refused:${refused}` : ''}`,
          );
        }
        case 'consents': {
          const patch: Record<string, boolean> = {};
          for (const name of CONSENTS) {
            const raw = fields[`consents[${name}]`];
            patch[name] = (Array.isArray(raw) ? raw : raw ? [raw] : []).includes('true');
          }
          await updateConsents(deps, { ...key, consents: ConsentsPatch.parse(patch) });
          return toView(reply, reportId, 'consents-saved');
        }
        case 'delete': {
          if (single(fields.confirm) !== 'yes') {
            return again(400, { errors: new Map([['confirm', t('followup.delete.confirmRequired')]]) });
          }
          await requestDeletion(deps, key);
          return toView(reply, reportId, 'deletion-requested');
        }
        default:
          // "Show my report", or a language chosen on the report's page.
          return toView(reply, reportId);
      }
    } catch (err) {
      const failure = toAppError(err);
      logIfOurs(req, err, failure);
      const errors = localisedFields(locale, failure.fields);
      return again(failure.status, {
        errors,
        drafts,
        failure,
        filesDropped: action === 'add' && filesChosen,
        ...(errors.size === 0 ? { notice: { kind: 'warning', text: t(failure.key, failure.params) } } : {}),
      });
    }
  });
}
