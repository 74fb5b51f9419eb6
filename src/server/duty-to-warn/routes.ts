import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NewWarning,
  WarningDelivery,
  WarningList,
  WarningOutcome,
  WarningSignoff,
  WarningView,
} from '../../shared/contracts/duty-to-warn.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { recordDelivery, recordOutcome, signOffWarning } from './advance-warning.ts';
import { openWarning } from './open-warning.ts';
import { WARNING_PARTNERS, WARNING_SIGNERS, WARNING_STAFF, WARNING_WORKERS } from './policy.ts';
import { listWarnings, viewWarning } from './read-warnings.ts';

// Ids are plain strings: a malformed id answers 404 exactly like an unknown one.
const IdParams = z.object({ id: z.string().max(64) });
const security = [{ session: [] }];
const tags = ['duty to warn'];

/** Duty to warn: staff open, sign off, deliver and close; a police partner delivers through its portal. */
export function dutyToWarnRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const staff = staffGuard(deps, WARNING_STAFF);
  const partners = staffGuard(deps, WARNING_PARTNERS);
  return async (app) => {
    app.get(
      '/api/v1/duty-to-warn',
      {
        preHandler: staff,
        schema: {
          tags,
          security,
          summary: 'Duty-to-warn records (codes and dates only)',
          response: { 200: WarningList },
        },
      },
      async (req) => listWarnings(deps, principal(req)),
    );

    app.post(
      '/api/v1/duty-to-warn',
      {
        preHandler: staff,
        schema: {
          tags,
          security,
          summary: 'Record that a person faces a credible threat: who they are and the assessment (sealed)',
          body: NewWarning,
          response: { 201: WarningView },
        },
      },
      async (req, reply) => reply.status(201).send(await openWarning(deps, principal(req), req.body)),
    );

    app.get(
      '/api/v1/duty-to-warn/:id',
      {
        preHandler: staff,
        schema: {
          tags,
          security,
          summary: 'One duty-to-warn record (audited)',
          params: IdParams,
          response: { 200: WarningView },
        },
      },
      async (req) => viewWarning(deps, principal(req), req.params.id),
    );

    app.post(
      '/api/v1/duty-to-warn/:id/signoff',
      {
        preHandler: staffGuard(deps, WARNING_SIGNERS),
        schema: {
          tags,
          security,
          summary: 'A supervisor who did not open it approves (choosing who delivers) or declines',
          params: IdParams,
          body: WarningSignoff,
          response: { 200: WarningView },
        },
      },
      async (req) => signOffWarning(deps, principal(req), req.params.id, req.body),
    );

    app.post(
      '/api/v1/duty-to-warn/:id/delivery',
      {
        preHandler: staffGuard(deps, WARNING_WORKERS),
        schema: {
          tags,
          security,
          summary: 'The caseworker who delivered it records how, and the person’s acknowledgement',
          params: IdParams,
          body: WarningDelivery,
          response: { 200: WarningView },
        },
      },
      async (req) => recordDelivery(deps, principal(req), req.params.id, req.body),
    );

    app.post(
      '/api/v1/duty-to-warn/:id/outcome',
      {
        preHandler: staffGuard(deps, WARNING_WORKERS),
        schema: {
          tags,
          security,
          summary: 'Record the outcome and close it',
          params: IdParams,
          body: WarningOutcome,
          response: { 200: WarningView },
        },
      },
      async (req) => recordOutcome(deps, principal(req), req.params.id, req.body),
    );

    app.get(
      '/api/v1/partner/duty-to-warn',
      {
        preHandler: partners,
        schema: {
          tags,
          security,
          summary: "Warnings given to the partner's organisation to deliver",
          response: { 200: WarningList },
        },
      },
      async (req) => listWarnings(deps, principal(req)),
    );

    app.get(
      '/api/v1/partner/duty-to-warn/:id',
      {
        preHandler: partners,
        schema: {
          tags,
          security,
          summary: 'One warning to deliver: the person and the threat (audited)',
          params: IdParams,
          response: { 200: WarningView },
        },
      },
      async (req) => viewWarning(deps, principal(req), req.params.id),
    );

    app.post(
      '/api/v1/partner/duty-to-warn/:id/delivery',
      {
        preHandler: partners,
        schema: {
          tags,
          security,
          summary: 'The partner records the delivery and the person’s acknowledgement',
          params: IdParams,
          body: WarningDelivery,
          response: { 200: WarningView },
        },
      },
      async (req) => recordDelivery(deps, principal(req), req.params.id, req.body),
    );
  };
}
