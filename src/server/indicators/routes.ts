import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { WarningList, WarningListAdded, WarningListInput } from '../../shared/contracts/indicators.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { addToWarningList, listWarningList, removeFromWarningList } from './warning-list.ts';

const security = [{ session: [] }];
const tags = ['indicators'];

/** The warning list is settings data: admins edit it (it holds public values, not case content). */
export function indicatorRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const admins = staffGuard(deps, ['admin']);
  return async (app) => {
    app.get(
      '/api/v1/indicators/warning-list',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'Values too common to link cases (platform home pages, public hotlines, own contacts)',
          response: { 200: WarningList },
        },
      },
      async () => ({ items: await listWarningList(deps.db, deps) }),
    );
    app.post(
      '/api/v1/indicators/warning-list',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'Adds a value to the warning list (normalised like any indicator)',
          body: WarningListInput,
          response: { 201: WarningListAdded },
        },
      },
      async (req, reply) =>
        reply
          .status(201)
          .send(await addToWarningList(deps.db, deps, { actorId: principal(req).userId, input: req.body })),
    );
    app.delete(
      '/api/v1/indicators/warning-list/:id',
      {
        preHandler: admins,
        schema: {
          tags,
          security,
          summary: 'Removes a value from the warning list; it links cases again',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await removeFromWarningList(deps.db, deps, { actorId: principal(req).userId, id: req.params.id });
        return reply.status(204).send(null);
      },
    );
  };
}
