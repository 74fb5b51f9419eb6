import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SearchQuery, SearchResult } from '../../shared/contracts/indicators.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { performSearch } from './perform-search.ts';
import { SEARCHERS } from './policy.ts';

export function searchRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const guard = staffGuard(deps, SEARCHERS);
  return async (app) => {
    app.get(
      '/api/v1/search',
      {
        preHandler: guard,
        schema: {
          tags: ['search'],
          security: [{ session: [] }],
          summary:
            'Reports by words (blind tokens, all must match), identifier, identifier kind, classification and filters',
          description:
            'Repeat a filter to allow several values (status=new&status=triaged). Words and identifiers (`q`, ' +
            '`indicator`) are for intake officers, supervisors and caseworkers (their own cases only); analysts ' +
            'search by codes and get 403 search.error.contentCriteria for those. Every search is audited (the ' +
            'kinds of criteria and the number of results, never the terms) and limited per user (429). ' +
            'Results carry classification only, never identities.',
          querystring: SearchQuery,
          response: { 200: SearchResult },
        },
      },
      async (req) => performSearch(deps, { actor: principal(req), query: req.query }),
    );
  };
}
