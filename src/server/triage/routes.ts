import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseTagChange,
  NewQueueView,
  NewTag,
  QueueView,
  QueueViewList,
  Tag,
  TagList,
} from '../../shared/contracts/triage.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { createTag } from './create-tag.ts';
import { TAG_WORKERS, VIEW_KEEPERS } from './policy.ts';
import { deleteQueueView, listQueueViews, saveQueueView } from './queue-views.ts';
import { listTags } from './repo.ts';
import { tagCase } from './tag-case.ts';

const security = [{ session: [] }];
const tags = ['triage'];

/** Tags on cases and saved views of the triage queue (the queue itself is GET /api/v1/cases). */
export function triageRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const tagWorkers = staffGuard(deps, TAG_WORKERS);
  const viewKeepers = staffGuard(deps, VIEW_KEEPERS);
  return async (app) => {
    app.get(
      '/api/v1/tags',
      {
        preHandler: tagWorkers,
        schema: { tags, security, summary: 'The tags staff have defined', response: { 200: TagList } },
      },
      async () => ({ items: await listTags(deps.db) }),
    );

    app.post(
      '/api/v1/tags',
      {
        preHandler: tagWorkers,
        schema: {
          tags,
          security,
          summary: 'Define a tag (audited); 409 if one of that spelling exists',
          body: NewTag,
          response: { 201: Tag },
        },
      },
      async (req, reply) => reply.status(201).send(await createTag(deps, principal(req), req.body)),
    );

    app.post(
      '/api/v1/cases/:id/tags',
      {
        preHandler: tagWorkers,
        schema: {
          tags,
          security,
          summary: "Put a tag on a case (audited); answers the case's tags",
          params: z.object({ id: z.uuid() }),
          body: CaseTagChange,
          response: { 200: TagList },
        },
      },
      async (req) => ({
        items: await tagCase(deps, principal(req), {
          caseId: req.params.id,
          tagId: req.body.tagId,
          on: true,
        }),
      }),
    );

    app.delete(
      '/api/v1/cases/:id/tags/:tagId',
      {
        preHandler: tagWorkers,
        schema: {
          tags,
          security,
          summary: "Take a tag off a case (audited); answers the case's tags",
          params: z.object({ id: z.uuid(), tagId: z.uuid() }),
          response: { 200: TagList },
        },
      },
      async (req) => ({
        items: await tagCase(deps, principal(req), {
          caseId: req.params.id,
          tagId: req.params.tagId,
          on: false,
        }),
      }),
    );

    app.get(
      '/api/v1/queue-views',
      {
        preHandler: viewKeepers,
        schema: { tags, security, summary: 'My saved views of the queue', response: { 200: QueueViewList } },
      },
      async (req) => listQueueViews(deps, principal(req)),
    );

    app.post(
      '/api/v1/queue-views',
      {
        preHandler: viewKeepers,
        schema: {
          tags,
          security,
          summary: 'Save the queue filters under a name (mine alone)',
          body: NewQueueView,
          response: { 201: QueueView },
        },
      },
      async (req, reply) => reply.status(201).send(await saveQueueView(deps, principal(req), req.body)),
    );

    app.delete(
      '/api/v1/queue-views/:id',
      {
        preHandler: viewKeepers,
        schema: {
          tags,
          security,
          summary: 'Delete one of my saved views',
          params: z.object({ id: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await deleteQueueView(deps, principal(req), req.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
