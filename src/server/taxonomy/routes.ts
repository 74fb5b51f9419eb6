import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../shared/contracts/errors.ts';
import {
  AdminTaxonomy,
  PackParams,
  TermParams,
  UpdatePack,
  UpdateTerm,
  VocabularyCode,
} from '../../shared/contracts/taxonomy.ts';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { readTaxonomyForAdmin, updatePack, updateTerm } from './manage-taxonomy.ts';
import { TAXONOMY_MANAGERS } from './policy.ts';
import { listTaxonomy, termLabel } from './repo.ts';

const Term = z.object({
  vocabulary: VocabularyCode,
  code: z.string(),
  labels: z.record(z.string(), z.string()).describe('The label in every locale that has one'),
  label: z.string().optional().describe('The label in the requested locale (English when it has none)'),
  attributes: z.record(z.string(), z.string()).optional().describe('An institution’s province and kind'),
});

/** The public taxonomy (codes and labels the report form and the API accept). */
export function taxonomyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/taxonomy',
      {
        schema: {
          tags: ['taxonomy'],
          summary: 'Active taxonomy terms with their labels (public)',
          querystring: z.object({ locale: z.enum(LOCALES).optional() }),
          response: { 200: z.object({ terms: z.array(Term) }) },
        },
      },
      async (req) => {
        const { locale } = req.query;
        const terms = await listTaxonomy(deps.db);
        return {
          terms: terms.map((t) => ({
            vocabulary: t.vocabulary,
            code: t.code,
            labels: t.labels,
            ...(locale ? { label: termLabel(t, locale) } : {}),
            ...(Object.keys(t.attributes).length > 0 ? { attributes: t.attributes } : {}),
          })),
        };
      },
    );

    const admins = staffGuard(deps, TAXONOMY_MANAGERS);
    const security = [{ session: [] }];
    app.get(
      '/api/v1/admin/taxonomy',
      {
        preHandler: admins,
        schema: {
          tags: ['taxonomy'],
          summary: 'Every term and community pack, enabled or not (admins)',
          security,
          response: { 200: AdminTaxonomy },
        },
      },
      async () => readTaxonomyForAdmin(deps),
    );
    app.patch(
      '/api/v1/admin/taxonomy/packs/:code',
      {
        preHandler: admins,
        schema: {
          tags: ['taxonomy'],
          summary: 'Enable or disable a community pack (admins; audited)',
          security,
          params: PackParams,
          body: UpdatePack,
          response: { 204: z.null(), 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => {
        await updatePack(deps, { type: 'user', id: principal(req).userId }, req.params.code, req.body);
        return reply.status(204).send(null);
      },
    );
    app.patch(
      '/api/v1/admin/taxonomy/terms/:vocabulary/:code',
      {
        preHandler: admins,
        schema: {
          tags: ['taxonomy'],
          summary: 'Enable, disable or relabel a taxonomy term (admins; audited)',
          security,
          params: TermParams,
          body: UpdateTerm,
          response: { 204: z.null(), 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => {
        await updateTerm(deps, { type: 'user', id: principal(req).userId }, req.params, req.body);
        return reply.status(204).send(null);
      },
    );
  };
}
