import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Referral } from '../../shared/contracts/referrals.ts';
import {
  CaseNamedActors,
  MatchDecision,
  MatchDecisionInput,
  MatchReviewList,
  RegistryCounts,
  RegistryImportQuery,
  RegistryImportResult,
  RegistrySourceList,
  RegulatorReferralInput,
  SourceCode,
  UnregisteredActorList,
} from '../../shared/contracts/registries.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { decideMatch } from './decide-match.ts';
import { importRegistry } from './import-registry.ts';
import {
  importProblem,
  MATCH_REVIEWERS,
  NAMED_ACTOR_READERS,
  REGISTRY_ADMINS,
  UNREGISTERED_REVIEWERS,
} from './policy.ts';
import {
  listCaseNamedActors,
  listMatchesToReview,
  listUnregistered,
  registryCounts,
} from './read-matches.ts';
import { listSources } from './read-sources.ts';
import { referToRegulator } from './refer-to-regulator.ts';

const security = [{ session: [] }];
const tags = ['registries'];
/** A register file uploaded from the console (FocalPoint's CSV or JSON), as bytes. */
const MAX_UPLOAD = 50 * 1024 * 1024;

export function registryRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const admins = staffGuard(deps, REGISTRY_ADMINS);
  const readers = staffGuard(deps, NAMED_ACTOR_READERS);
  const reviewers = staffGuard(deps, MATCH_REVIEWERS);
  const supervisors = staffGuard(deps, UNREGISTERED_REVIEWERS);
  const Id = z.object({ id: z.uuid() });
  return async (app) => {
    app.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD },
      (_req, body, done) => done(null, body),
    );
    app.get(
      '/api/v1/registries',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'The foreign-influence registers: sources, snapshots (what was known when) and counts',
          response: { 200: RegistrySourceList },
        },
      },
      async () => listSources(deps.db),
    );
    app.post(
      '/api/v1/registries/:source/snapshots',
      {
        preHandler: admins,
        bodyLimit: MAX_UPLOAD,
        schema: {
          tags,
          security,
          summary:
            'Imports a snapshot of a register from a file in FocalPoint’s format (body: the file’s bytes)',
          params: z.object({ source: SourceCode }),
          querystring: RegistryImportQuery.omit({ source: true }),
          response: { 201: RegistryImportResult },
        },
      },
      async (req, reply) => {
        const body = req.body;
        if (!Buffer.isBuffer(body))
          throw importProblem('the body must be the file (application/octet-stream)');
        const result = await importRegistry(deps, {
          source: req.params.source,
          files: { format: req.query.format, file: new Uint8Array(body) },
          name: req.query.name,
          jurisdiction: req.query.jurisdiction,
          actorId: principal(req).userId,
        }).catch((err: unknown) => {
          throw importProblem(err);
        });
        return reply.status(201).send(result);
      },
    );
    app.get(
      '/api/v1/cases/:id/named-actors',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary:
            "Actors the case's reports name that a foreign-influence register lists, or no register does (viewing is audited)",
          params: Id,
          response: { 200: CaseNamedActors },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return listCaseNamedActors(deps, principal(req), req.params.id);
      },
    );
    app.get(
      '/api/v1/registries/matches',
      {
        preHandler: reviewers,
        schema: {
          tags,
          security,
          summary:
            'Named-actor matches to confirm or reject (register entries and case ids: no report content)',
          querystring: z.object({
            decision: MatchDecision.default('pending'),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: { 200: MatchReviewList },
        },
      },
      async (req) => listMatchesToReview(deps.db, req.query),
    );
    app.post(
      '/api/v1/registries/matches/:id/decision',
      {
        preHandler: reviewers,
        schema: {
          tags,
          security,
          summary:
            'Confirms or rejects a match (a rejection sticks when the report is indexed again; audited)',
          params: Id,
          body: MatchDecisionInput,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await decideMatch(deps, principal(req), req.params.id, req.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/api/v1/registries/counts',
      {
        preHandler: reviewers,
        schema: {
          tags,
          security,
          summary:
            'De-identified counts of reports naming each registered principal, and unregistered actors',
          response: { 200: RegistryCounts },
        },
      },
      async () => registryCounts(deps.db),
    );
    app.get(
      '/api/v1/registries/unregistered',
      {
        preHandler: supervisors,
        schema: {
          tags,
          security,
          summary: 'Named actors acting for the suspected state that no register lists (viewing is audited)',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
          response: { 200: UnregisteredActorList },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return listUnregistered(deps, principal(req), req.query);
      },
    );
    app.post(
      '/api/v1/registries/unregistered/:id/referral',
      {
        preHandler: supervisors,
        schema: {
          tags,
          security,
          summary:
            'Refers the case of a possibly unregistered actor to the register’s regulator, in one step',
          params: Id,
          body: RegulatorReferralInput,
          response: { 201: Referral },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await referToRegulator(deps, principal(req), req.params.id, req.body)),
    );
  };
}
