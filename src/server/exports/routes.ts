import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  StixValuesRequest,
  StixValuesRequestInput,
  StixValuesRequests,
} from '../../shared/contracts/exports.ts';
import { ExportCasesQuery, StixExportQuery } from '../../shared/contracts/stats.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import {
  approvedStixExport,
  decideStixValuesRequest,
  listStixValuesRequests,
  requestStixValues,
} from './approvals.ts';
import { exportChunks } from './cases-export.ts';
import './operations.ts';
import {
  EXPORT_APPROVERS,
  EXPORT_REQUEST_READERS,
  EXPORTERS,
  stixIdentifiersFor,
  VALUE_EXPORT_REQUESTERS,
} from './policy.ts';
import {
  PHONE_NUMBER_EXTENSION_PATH,
  PHONE_NUMBER_SCHEMA_PATH,
  phoneNumberExtension,
  phoneNumberSchema,
} from './stix.ts';
import { exportStix } from './stix-service.ts';

const StixBundleSchema = z.object({
  type: z.literal('bundle'),
  id: z.string(),
  objects: z.array(z.looseObject({ type: z.string(), id: z.string() })),
});

const security = [{ session: [] }];
const tags = ['exports'];
const IdParams = z.object({ id: z.uuid() });
const BUNDLE_HEADERS = {
  'cache-control': 'no-store',
  'content-disposition': 'attachment; filename="focalpoint-stix.json"',
};

export function exportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const exporters = staffGuard(deps, EXPORTERS);
  const requesters = staffGuard(deps, VALUE_EXPORT_REQUESTERS);
  const requestReaders = staffGuard(deps, EXPORT_REQUEST_READERS);
  const approvers = staffGuard(deps, EXPORT_APPROVERS);
  return async (app) => {
    for (const format of ['csv', 'json'] as const) {
      app.get(
        `/api/v1/exports/cases.${format}`,
        {
          preHandler: exporters,
          schema: {
            tags,
            security,
            summary:
              format === 'csv'
                ? 'De-identified case data as CSV (UTF-8 with BOM), streamed'
                : 'De-identified case data as a JSON array, streamed',
            querystring: ExportCasesQuery,
          },
        },
        async (req, reply) => {
          const who = principal(req);
          await deps.db.transaction((tx) =>
            appendAudit(tx, deps.keys, {
              actor: { type: 'user', id: who.userId },
              action: 'export.cases.downloaded',
              meta: { format },
            }),
          );
          const filter = {
            from: req.query.from ? new Date(`${req.query.from}T00:00:00Z`) : null,
            to: req.query.to ? new Date(`${req.query.to}T00:00:00Z`) : null,
          };
          const day = deps.clock.now().toISOString().slice(0, 10);
          return reply
            .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
            .header('content-disposition', `attachment; filename="focalpoint-cases-${day}.${format}"`)
            .header('cache-control', 'no-store')
            .send(Readable.from(exportChunks(deps, format, filter)));
        },
      );
    }

    app.get(
      '/api/v1/exports/stix',
      {
        preHandler: exporters,
        schema: {
          tags,
          security,
          summary:
            'STIX 2.1 bundle of confirmed campaigns, attribution and tactics (TLP:AMBER unless asked otherwise)',
          description:
            'Supervisors get the perpetrators’ identifier values (observables, indicators, observed-data); ' +
            'analysts get identifier kinds only (a STIX report per campaign counting them) — for values they ask a ' +
            'supervisor (POST /api/v1/exports/stix/requests).',
          querystring: StixExportQuery,
          response: { 200: StixBundleSchema },
        },
      },
      async (req, reply) => {
        const who = principal(req);
        const bundle = await exportStix(deps, {
          since: req.query.since ? new Date(req.query.since) : null,
          ...(req.query.tlp ? { tlp: req.query.tlp } : {}),
          actor: { type: 'user', id: who.userId },
          identifiers: stixIdentifiersFor(who.role),
        });
        reply.headers(BUNDLE_HEADERS);
        return bundle;
      },
    );

    app.post(
      '/api/v1/exports/stix/requests',
      {
        preHandler: requesters,
        schema: {
          tags,
          security,
          summary: 'Ask a supervisor for a STIX export with identifier values (analysts)',
          body: StixValuesRequestInput,
          response: { 201: StixValuesRequest },
        },
      },
      async (req, reply) => {
        reply.status(201);
        return requestStixValues(deps, { actor: principal(req), input: req.body });
      },
    );

    app.get(
      '/api/v1/exports/stix/requests',
      {
        preHandler: requestReaders,
        schema: {
          tags,
          security,
          summary: 'Requests for STIX exports with values: an analyst’s own, or every one for supervisors',
          response: { 200: StixValuesRequests },
        },
      },
      async (req) => listStixValuesRequests(deps, { actor: principal(req) }),
    );

    for (const [verb, decision] of [
      ['approve', 'approved'],
      ['reject', 'rejected'],
    ] as const) {
      app.post(
        `/api/v1/exports/stix/requests/:id/${verb}`,
        {
          preHandler: approvers,
          schema: {
            tags,
            security,
            summary:
              verb === 'approve'
                ? 'Approve a STIX export with values: its requester may download it once, within 24 hours'
                : 'Reject a STIX export with values',
            params: IdParams,
            response: { 200: StixValuesRequest },
          },
        },
        async (req) => decideStixValuesRequest(deps, { actor: principal(req), id: req.params.id, decision }),
      );
    }

    app.get(
      '/api/v1/exports/stix/requests/:id/bundle',
      {
        preHandler: requesters,
        schema: {
          tags,
          security,
          summary:
            'The approved STIX export with identifier values: once, by its requester, before it expires',
          params: IdParams,
          response: { 200: StixBundleSchema },
        },
      },
      async (req, reply) => {
        const who = principal(req);
        const approved = await approvedStixExport(deps, { actor: who, id: req.params.id });
        const bundle = await exportStix(deps, {
          ...approved,
          actor: { type: 'user', id: who.userId },
          identifiers: 'values',
          approval: { id: req.params.id, requestedBy: who.userId },
        });
        reply.headers(BUNDLE_HEADERS);
        return bundle;
      },
    );

    // The phone-number extension's definition and schema: public, they describe a format, not data.
    app.get(
      PHONE_NUMBER_EXTENSION_PATH,
      { schema: { tags, summary: 'STIX extension-definition of the x-focalpoint-phone-number SCO' } },
      async () => phoneNumberExtension(deps.config.publicUrl),
    );
    app.get(
      PHONE_NUMBER_SCHEMA_PATH,
      { schema: { tags, summary: 'JSON schema of the x-focalpoint-phone-number SCO' } },
      async (_req, reply) =>
        reply.type('application/schema+json').send(JSON.stringify(phoneNumberSchema(deps.config.publicUrl))),
    );
  };
}
