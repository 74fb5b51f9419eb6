import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';

const Status = z.object({ status: z.enum(['ok', 'unavailable', 'draining']) });

async function databaseAnswers(deps: AppDeps): Promise<boolean> {
  try {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), 2000).unref(),
    );
    await Promise.race([deps.db.query('SELECT 1'), timeout]);
    return true;
  } catch {
    return false;
  }
}

export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'Liveness: 200 when the database answers',
          response: { 200: Status, 503: Status },
        },
      },
      async (_req, reply) =>
        (await databaseAnswers(deps))
          ? { status: 'ok' as const }
          : reply
              .status(503)
              .header('retry-after', '5')
              .send({ status: 'unavailable' as const }),
    );
    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          summary: 'Readiness: 200 when this instance should receive traffic',
          response: { 200: Status, 503: Status },
        },
      },
      async (_req, reply) => {
        if (deps.lifecycle.draining) return reply.status(503).send({ status: 'draining' as const });
        return (await databaseAnswers(deps))
          ? { status: 'ok' as const }
          : reply
              .status(503)
              .header('retry-after', '5')
              .send({ status: 'unavailable' as const });
      },
    );
  };
}
