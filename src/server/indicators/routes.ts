import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseIdentifiers,
  NewCaseIdentifier,
  RemoveCaseIdentifier,
  WarningList,
  WarningListAdded,
  WarningListInput,
} from '../../shared/contracts/indicators.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import { CASE_WORKERS } from '../cases/policy.ts';
import type { AppDeps } from '../deps.ts';
import { addCaseIdentifier, listCaseIdentifiers, removeCaseIdentifier } from './case-identifiers.ts';
import { addToWarningList, listWarningList, removeFromWarningList } from './warning-list.ts';

const security = [{ session: [] }];
const tags = ['indicators'];

/** The warning list is settings data: admins edit it (it holds public values, not case content). */
export function indicatorRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const admins = staffGuard(deps, ['admin']);
  // Identifier values are content: the roles that read a case's reports (per case: caseworkers their own).
  const readers = staffGuard(deps, CASE_WORKERS);
  const CaseId = z.object({ id: z.uuid() });
  return async (app) => {
    app.get(
      '/api/v1/cases/:id/identifiers',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary:
            "The identifiers of a case's reports, how each was found and how sure (viewing is audited)",
          params: CaseId,
          response: { 200: CaseIdentifiers },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return listCaseIdentifiers(deps, principal(req), req.params.id);
      },
    );
    app.post(
      '/api/v1/cases/:id/identifiers',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'Adds an identifier the extractor missed to one of the case’s reports (it links; audited)',
          params: CaseId,
          body: NewCaseIdentifier,
          response: { 201: z.object({ links: z.number().int() }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await addCaseIdentifier(deps, principal(req), req.params.id, req.body)),
    );
    app.delete(
      '/api/v1/cases/:id/identifiers/:identifierId',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'Removes a wrong identifier from the case’s reports: it unlinks, for good (audited)',
          params: z.object({ id: z.uuid(), identifierId: z.string().regex(/^\d{1,19}$/) }),
          querystring: RemoveCaseIdentifier,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await removeCaseIdentifier(deps, principal(req), {
          caseId: req.params.id,
          identifierId: req.params.identifierId,
          reportId: req.query.reportId,
        });
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/v1/indicators/warning-list',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'Values too common to link cases (platform home pages, public hotlines, own contacts)',
          response: { 200: WarningList },
        },
      },
      async () => ({ items: await listWarningList(deps.db, deps) }),
    );
    app.post(
      '/api/v1/indicators/warning-list',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'Adds a value to the warning list (normalised like any indicator)',
          body: WarningListInput,
          response: { 201: WarningListAdded },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await addToWarningList(deps.db, deps, { actorId: principal(req).userId, input: req.body })),
    );
    app.delete(
      '/api/v1/indicators/warning-list/:id',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'Removes a value from the warning list; it links cases again',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await removeFromWarningList(deps.db, deps, { actorId: principal(req).userId, id: req.params.id });
        return reply.status(204).send(null);
      },
    );
  };
}
