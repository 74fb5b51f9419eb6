import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/contracts/errors.ts';
import {
  ConsentsPatch,
  DeletionRequested,
  EvidenceAdded,
  FollowupView,
  MessagePosted,
  ReporterMessageInput,
} from '../../shared/contracts/followup.ts';
import { Consents } from '../../shared/contracts/report.ts';
import { isLocale, LOCALES, negotiateLocale } from '../../shared/i18n/locales.ts';
import type { AppDeps } from '../deps.ts';
import { presentRefusals } from '../evidence/store.ts';
import { readSubmission, registerPublicMultipart } from '../intake/submission.ts';
import { requestLocale } from '../platform/http/errors.ts';
import { receiptFromHeader, withReceiptAttempt } from './guard.ts';
import {
  addEvidence,
  checkReceipt,
  openFollowup,
  postReporterMessage,
  requestDeletion,
  updateConsents,
} from './service.ts';

const security = [{ receipt: [] }];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody };

export function followupRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await registerPublicMultipart(app, deps);

    app.get(
      '/api/v1/followup',
      {
        schema: {
          tags: ['follow-up'],
          summary: 'The report behind a receipt: status in plain words, messages, consents, files',
          description: 'Authorization: Receipt <receipt>. A receipt that opens nothing answers 404.',
          security,
          querystring: z.object({ language: z.enum(LOCALES).optional() }),
          response: { 200: FollowupView, ...errors },
        },
      },
      async (req) => {
        const locale = isLocale(req.query.language)
          ? req.query.language
          : negotiateLocale(req.headers['accept-language']);
        // So that a refusal (a receipt that opens nothing) is said in the language asked for too.
        (req as { body: unknown }).body = { language: locale };
        return withReceiptAttempt(deps, req, receiptFromHeader(req), (receipt) =>
          openFollowup(deps, { receipt, locale }),
        );
      },
    );

    app.post(
      '/api/v1/followup/messages',
      {
        schema: {
          tags: ['follow-up'],
          summary: 'Reply to the focal point',
          security,
          body: ReporterMessageInput,
          response: { 201: MessagePosted, ...errors },
        },
      },
      async (req, reply) => {
        const posted = await withReceiptAttempt(deps, req, receiptFromHeader(req), (receipt) =>
          postReporterMessage(deps, { receipt, body: req.body.body }),
        );
        return reply.status(201).send(posted);
      },
    );

    app.post(
      '/api/v1/followup/evidence',
      {
        schema: {
          tags: ['follow-up'],
          summary: 'Add evidence files (multipart/form-data, files in "evidence")',
          security,
          response: { 201: EvidenceAdded, ...errors, 413: ErrorBody },
        },
      },
      async (req, reply) => {
        const added = await withReceiptAttempt(deps, req, receiptFromHeader(req), async (receipt) => {
          // The receipt first: nobody without one makes the server read megabytes of upload.
          await checkReceipt(deps, receipt);
          const { files } = await readSubmission(req);
          return addEvidence(deps, { receipt, files });
        });
        return reply.status(201).send({
          files: added.files,
          ...(added.refused.length > 0
            ? { refusedFiles: presentRefusals(requestLocale(req), added.refused) }
            : {}),
        });
      },
    );

    app.patch(
      '/api/v1/followup/consents',
      {
        schema: {
          tags: ['follow-up'],
          summary: 'Give or withdraw consents (fields left out stay as they are)',
          security,
          body: ConsentsPatch,
          response: { 200: Consents, ...errors },
        },
      },
      async (req) =>
        withReceiptAttempt(deps, req, receiptFromHeader(req), (receipt) =>
          updateConsents(deps, { receipt, consents: req.body }),
        ),
    );

    app.post(
      '/api/v1/followup/deletion-request',
      {
        schema: {
          tags: ['follow-up'],
          summary: 'Ask for the report to be deleted',
          security,
          response: { 202: DeletionRequested, ...errors },
        },
      },
      async (req, reply) => {
        const answer = await withReceiptAttempt(deps, req, receiptFromHeader(req), (receipt) =>
          requestDeletion(deps, { receipt }),
        );
        return reply.status(202).send(answer);
      },
    );
  };
}
