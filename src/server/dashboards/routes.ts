import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DashboardQuery, DashboardSummary } from '../../shared/contracts/dashboards.ts';
import type { Role } from '../../shared/roles.ts';
import { staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { buildDashboardSummary } from './service.ts';

/** De-identified aggregates: analysts and supervisors. */
export const DASHBOARD_READERS: readonly Role[] = ['analyst', 'supervisor'];

export function dashboardRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const readers = staffGuard(deps, DASHBOARD_READERS);
  return async (app) => {
    app.get(
      '/api/v1/dashboards/summary',
      {
        preHandler: readers,
        schema: {
          tags: ['dashboards'],
          security: [{ session: [] }],
          summary:
            'De-identified aggregates over reports and cases (per month, tactic, community, suspected state, province, channel, institution, perpetrator type, risk, status, time to acknowledge, referrals, campaigns)',
          querystring: DashboardQuery,
          response: { 200: DashboardSummary },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return buildDashboardSummary(deps, req.query);
      },
    );
  };
}
