import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  DeletionDecision,
  DeletionRequest,
  DeletionRequestList,
  DisposedSummary,
  HoldIdParams,
  LegalHold,
  LegalHoldList,
  PlaceHold,
  ReportIdParams,
  RetentionPlan,
  RetentionRun,
  RetentionSettingsPatch,
  RetentionSettingsView,
  ReviewHold,
} from '../../shared/contracts/retention.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { decideDeletion, listDeletionRequests } from './decide-deletion.ts';
import { liftHold, listHolds, placeHold, reviewHold } from './manage-holds.ts';
import { rolesFor } from './policy.ts';
import { planRetention, runRetention } from './run-retention.ts';
import { updateSettings, viewSettings } from './schedule.ts';
import { summariseDisposals } from './summarise-disposals.ts';

const security = [{ session: [] }];
const tags = ['retention'];

/** Records management: thin handlers over the schedule, the plan and runs, legal holds and deletion requests. */
export function retentionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const readers = staffGuard(deps, rolesFor('schedule.read'));
  const editors = staffGuard(deps, rolesFor('schedule.edit'));
  const planners = staffGuard(deps, rolesFor('plan'));
  const counters = staffGuard(deps, rolesFor('summary'));
  const holders = staffGuard(deps, rolesFor('holds'));
  const deciders = staffGuard(deps, rolesFor('deletions'));

  return async (app) => {
    app.get(
      '/api/v1/retention/settings',
      {
        preHandler: readers,
        schema: {
          tags,
          security,
          summary: 'The retention schedule, in minutes (null: never)',
          response: { 200: RetentionSettingsView },
        },
      },
      async () => viewSettings(deps),
    );

    app.patch(
      '/api/v1/retention/settings',
      {
        preHandler: editors,
        schema: {
          tags,
          security,
          summary: 'Change some settings of the schedule (audited)',
          body: RetentionSettingsPatch,
          response: { 200: RetentionSettingsView },
        },
      },
      async (req) => updateSettings(deps, { type: 'user', id: principal(req).userId }, req.body),
    );

    app.get(
      '/api/v1/retention/plan',
      {
        preHandler: planners,
        schema: {
          tags,
          security,
          summary:
            'The dry run: what the next run would de-identify or destroy, by rule (references and counts)',
          response: { 200: RetentionPlan },
        },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        return planRetention(deps);
      },
    );

    app.post(
      '/api/v1/retention/run',
      {
        preHandler: planners,
        schema: {
          tags,
          security,
          summary: 'Run the schedule now (audited)',
          response: { 200: RetentionRun },
        },
      },
      async (req) => {
        const { more: _more, ...run } = await runRetention(deps, {
          actor: { type: 'user', id: principal(req).userId },
        });
        return run;
      },
    );

    app.get(
      '/api/v1/retention/summary',
      {
        preHandler: counters,
        schema: {
          tags,
          security,
          summary: 'Reports disposed of per month; open holds and requests (counts)',
          response: { 200: DisposedSummary },
        },
      },
      async () => summariseDisposals(deps),
    );

    app.get(
      '/api/v1/retention/holds',
      {
        preHandler: holders,
        schema: {
          tags,
          security,
          summary: 'Legal holds in force, then recently lifted ones',
          response: { 200: LegalHoldList },
        },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        return listHolds(deps);
      },
    );

    app.post(
      '/api/v1/retention/holds',
      {
        preHandler: holders,
        schema: {
          tags,
          security,
          summary: 'Place a legal hold on a case: every retention rule is suspended for it',
          body: PlaceHold,
          response: { 201: LegalHold },
        },
      },
      async (req, reply) => reply.status(201).send(await placeHold(deps, principal(req), req.body)),
    );

    app.post(
      '/api/v1/retention/holds/:id/review',
      {
        preHandler: holders,
        schema: {
          tags,
          security,
          summary: 'Record that a hold was reviewed and still stands, with its next review date',
          params: HoldIdParams,
          body: ReviewHold,
          response: { 200: LegalHold },
        },
      },
      async (req) => reviewHold(deps, principal(req), req.params.id, req.body.reviewOn),
    );

    app.post(
      '/api/v1/retention/holds/:id/lift',
      {
        preHandler: holders,
        schema: {
          tags,
          security,
          summary: 'Lift a legal hold',
          params: HoldIdParams,
          response: { 200: LegalHold },
        },
      },
      async (req) => liftHold(deps, principal(req), req.params.id),
    );

    app.get(
      '/api/v1/retention/deletion-requests',
      {
        preHandler: deciders,
        schema: {
          tags,
          security,
          summary: 'Reporters’ deletion requests waiting for a decision, and refused ones',
          response: { 200: DeletionRequestList },
        },
      },
      async (_req, reply) => {
        reply.header('cache-control', 'no-store');
        return listDeletionRequests(deps);
      },
    );

    app.post(
      '/api/v1/retention/deletion-requests/:reportId/decision',
      {
        preHandler: deciders,
        schema: {
          tags,
          security,
          summary: 'Approve a deletion request (the report is destroyed at once) or refuse it with a reason',
          params: ReportIdParams,
          body: DeletionDecision,
          response: { 200: DeletionRequest },
        },
      },
      async (req) => decideDeletion(deps, principal(req), req.params.reportId, req.body),
    );
  };
}
