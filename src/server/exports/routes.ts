import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExportCasesQuery, StixExportQuery } from '../../shared/contracts/stats.ts';
import type { Role } from '../../shared/roles.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { exportChunks } from './cases-export.ts';
import './operations.ts';
import {
  PHONE_NUMBER_EXTENSION_PATH,
  PHONE_NUMBER_SCHEMA_PATH,
  phoneNumberExtension,
  phoneNumberSchema,
} from './stix.ts';
import { exportStix } from './stix-service.ts';

/** Analysts and supervisors see de-identified data; nobody else exports. */
export const EXPORTERS: readonly Role[] = ['analyst', 'supervisor'];

const StixBundleSchema = z.object({
  type: z.literal('bundle'),
  id: z.string(),
  objects: z.array(z.looseObject({ type: z.string(), id: z.string() })),
});

const security = [{ session: [] }];
const tags = ['exports'];

export function exportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const exporters = staffGuard(deps, EXPORTERS);
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
            'STIX 2.1 bundle of confirmed campaigns, attribution and perpetrator identifiers (TLP:AMBER unless asked otherwise)',
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
        });
        reply.header('cache-control', 'no-store');
        reply.header('content-disposition', 'attachment; filename="focalpoint-stix.json"');
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
