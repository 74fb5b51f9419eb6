import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CallbackDetails,
  CallbackDone,
  CallbackList,
  CallbackListQuery,
  CallbackRequested,
  CallbackRequestInput,
  CallbackSummary,
} from '../../shared/contracts/callbacks.ts';
import { ErrorBody } from '../../shared/contracts/errors.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { receiptFromHeader, withReceiptAttempt } from '../followup/guard.ts';
import { reportOf } from '../followup/service.ts';
import { CALLBACK_STAFF } from './policy.ts';
import { requestCallback } from './request-callback.ts';
import { completeCallback, listCallbacks, openCallback } from './work-callbacks.ts';

const IdParams = z.object({ id: z.string().max(64) });
const security = [{ session: [] }];
const tags = ['call-backs'];

/** Call-back requests: the reporter asks (receipt), staff list, open (audited) and record the call. */
export function callbackRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const staff = staffGuard(deps, CALLBACK_STAFF);
  return async (app) => {
    app.post(
      '/api/v1/followup/callbacks',
      {
        schema: {
          tags: ['follow-up'],
          summary: 'Ask to be called: a safe number, safe times, a language (sealed)',
          description: 'Authorization: Receipt <receipt>. One request may wait at a time (409 otherwise).',
          security: [{ receipt: [] }],
          body: CallbackRequestInput,
          response: {
            201: CallbackRequested,
            400: ErrorBody,
            404: ErrorBody,
            409: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async (req, reply) => {
        const made = await withReceiptAttempt(deps, req, receiptFromHeader(req), async (receipt) => {
          const report = await reportOf(deps, receipt);
          return requestCallback(deps, { reportId: report.id, input: req.body, source: 'followup' });
        });
        return reply.status(201).send(made);
      },
    );

    app.get(
      '/api/v1/callbacks',
      {
        preHandler: staff,
        schema: {
          tags,
          security,
          summary: 'Call-back requests, due first (no number or times: open one to call)',
          querystring: CallbackListQuery,
          response: { 200: CallbackList },
        },
      },
      async (req) => listCallbacks(deps, principal(req), req.query),
    );

    app.get(
      '/api/v1/callbacks/:id',
      {
        preHandler: staff,
        schema: {
          tags,
          security,
          summary: 'One call-back request with the number, safe times and language (audited)',
          params: IdParams,
          response: { 200: CallbackDetails },
        },
      },
      async (req) => openCallback(deps, principal(req), req.params.id),
    );

    app.post(
      '/api/v1/callbacks/:id/done',
      {
        preHandler: staff,
        schema: {
          tags,
          security,
          summary: 'Record the call and what came of it: the task is done and the reporter is told',
          params: IdParams,
          body: CallbackDone,
          response: { 200: CallbackSummary },
        },
      },
      async (req) => completeCallback(deps, principal(req), req.params.id, req.body),
    );
  };
}
