import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PeriodicReportQuery } from '../../shared/contracts/dashboards.ts';
import type { Role } from '../../shared/roles.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { AppError } from '../platform/http/errors.ts';
import { producePeriodicReport } from './service.ts';

export const PERIODIC_REPORT_READERS: readonly Role[] = ['analyst', 'supervisor'];

export function periodicReportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const readers = staffGuard(deps, PERIODIC_REPORT_READERS);
  return async (app) => {
    app.get(
      '/api/v1/reports/periodic',
      {
        preHandler: readers,
        schema: {
          tags: ['dashboards'],
          security: [{ session: [] }],
          summary:
            'The periodic report for senior officials (de-identified figures and charts) as a PDF or a self-contained HTML file',
          querystring: PeriodicReportQuery,
        },
      },
      async (req, reply) => {
        const { from, to, lang, format } = req.query;
        if (from > to)
          throw new AppError(400, 'error.validation', { fields: { to: { key: 'error.validation' } } });
        const who = principal(req);
        await deps.db.transaction((tx) =>
          appendAudit(tx, deps.keys, {
            actor: { type: 'user', id: who.userId },
            action: 'report.periodic.downloaded',
            meta: { from, to, lang, format },
          }),
        );
        const file = await producePeriodicReport(deps, { from, to, lang, format });
        return reply
          .type(file.contentType)
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  };
}
