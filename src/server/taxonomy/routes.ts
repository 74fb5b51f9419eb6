import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LOCALES } from '../../shared/i18n/locales.ts';
import { VOCABULARIES } from '../../shared/taxonomy.ts';
import type { AppDeps } from '../deps.ts';
import { listTaxonomy, termLabel } from './repo.ts';

const Term = z.object({
  vocabulary: z.enum(
    Object.keys(VOCABULARIES) as [keyof typeof VOCABULARIES, ...(keyof typeof VOCABULARIES)[]],
  ),
  code: z.string(),
  labels: z.record(z.string(), z.string()).describe('The label in every locale that has one'),
  label: z.string().optional().describe('The label in the requested locale (English when it has none)'),
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
          })),
        };
      },
    );
  };
}
