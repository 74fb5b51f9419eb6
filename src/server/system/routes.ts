import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JobList, QuarantineList } from '../../shared/contracts/system.ts';
import type { Role } from '../../shared/roles.ts';
import { staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { listQuarantine } from '../indexing/repo.ts';

/** The state of this instance's background work: admins run the system, supervisors answer for delays. */
export const SYSTEM_READERS: readonly Role[] = ['admin', 'supervisor'];

export function systemRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/system/jobs',
      {
        preHandler: staffGuard(deps, SYSTEM_READERS),
        schema: {
          tags: ['system'],
          security: [{ session: [] }],
          summary: "This instance's background jobs: last run, lag, duration, backlog and last error",
          response: { 200: JobList },
        },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        return { jobs: deps.runtime.scheduler.status() };
      },
    );
    app.get(
      '/api/v1/system/indexing-quarantine',
      {
        preHandler: staffGuard(deps, SYSTEM_READERS),
        schema: {
          tags: ['system'],
          security: [{ session: [] }],
          summary: 'Reports whose indexing failed and waits to be retried (references and error codes only)',
          response: { 200: QuarantineList },
        },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        const rows = await listQuarantine(deps.db);
        return {
          reports: rows.map((r) => ({
            reference: r.reference,
            caseId: r.case_id,
            errorCode: r.error_code,
            attempts: r.attempts,
            firstFailedAt: r.first_failed_at.toISOString(),
            lastFailedAt: r.last_failed_at.toISOString(),
            nextAttemptAt: r.next_attempt_at.toISOString(),
          })),
        };
      },
    );
  };
}
