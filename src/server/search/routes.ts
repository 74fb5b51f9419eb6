import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchQuery, SearchResult } from '../../shared/contracts/indicators.ts';
import { staffGuard } from '../auth/guard.ts';
import { LINK_READERS } from '../campaigns/routes.ts';
import type { AppDeps } from '../deps.ts';
import { searchReports } from './service.ts';

export function searchRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const guard = staffGuard(deps, LINK_READERS);
  return async (app) => {
    app.get(
      '/api/v1/search',
      {
        preHandler: guard,
        schema: {
          tags: ['search'],
          security: [{ session: [] }],
          summary: 'Reports by words of the narrative (blind tokens, all must match), identifier and filters',
          description:
            'Repeat a filter to allow several values (status=new&status=triaged). Words are never stored or logged; ' +
            'results carry classification only, never identities.',
          querystring: SearchQuery,
          response: { 200: SearchResult },
        },
      },
      async (req) => searchReports(deps, req.query),
    );
  };
}
