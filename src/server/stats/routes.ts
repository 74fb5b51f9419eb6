import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PublicStatistics, PublicStatisticsQuery } from '../../shared/contracts/stats.ts';
import type { AppDeps } from '../deps.ts';
import { statisticsPageRoutes } from './public-page.ts';
import { buildPublicStatistics } from './service.ts';

export function statsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(statisticsPageRoutes(deps));
    app.get(
      '/api/v1/public/statistics',
      {
        schema: {
          tags: ['statistics'],
          summary:
            'De-identified public statistics for a calendar year: reports by month, province, tactic, community and channel, with small-cell suppression',
          querystring: PublicStatisticsQuery,
          response: { 200: PublicStatistics },
        },
      },
      async (req, reply) => {
        const stats = await buildPublicStatistics(deps, req.query.year ? { year: req.query.year } : {});
        // Nothing personal in here, and the same for everyone: caches may keep it briefly.
        reply.header('cache-control', 'public, max-age=300');
        return stats;
      },
    );
  };
}
