import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseSafetyPlans,
  ItemCode,
  SafetyChecklist,
  SafetyPlanInput,
  SafetyPlanItem,
  SafetyPlanItemInput,
  SafetyPlanView,
} from '../../shared/contracts/safety-plans.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { listChecklist, saveChecklistItem } from './checklist.ts';
import { CHECKLIST_EDITORS, CHECKLIST_READERS, PLAN_STAFF } from './policy.ts';
import { saveSafetyPlan, viewCasePlans } from './safety-plans.ts';

const CaseParams = z.object({ id: z.uuid() });
const security = [{ session: [] }];
const tags = ['safety plans'];

export function safetyPlanRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/cases/:id/safety-plan',
      {
        preHandler: staffGuard(deps, PLAN_STAFF),
        schema: {
          tags,
          security,
          summary: 'The safety plans of a case, one per person who reported in it (audited)',
          params: CaseParams,
          response: { 200: CaseSafetyPlans },
        },
      },
      async (req) => viewCasePlans(deps, principal(req), req.params.id),
    );

    app.put(
      '/api/v1/cases/:id/safety-plan',
      {
        preHandler: staffGuard(deps, PLAN_STAFF),
        schema: {
          tags,
          security,
          summary: 'Save one person’s safety plan (sealed); they read it in follow-up, in their language',
          params: CaseParams,
          body: SafetyPlanInput,
          response: { 200: SafetyPlanView },
        },
      },
      async (req) => saveSafetyPlan(deps, principal(req), req.params.id, req.body),
    );

    app.get(
      '/api/v1/safety-plan/checklist',
      {
        preHandler: staffGuard(deps, CHECKLIST_READERS),
        schema: {
          tags,
          security,
          summary:
            'The safety-plan checklist, labelled in every public language (admins also see retired items)',
          response: { 200: SafetyChecklist },
        },
      },
      async (req) => listChecklist(deps.db, { includeInactive: principal(req).role === 'admin' }),
    );

    app.put(
      '/api/v1/safety-plan/checklist/:code',
      {
        preHandler: staffGuard(deps, CHECKLIST_EDITORS),
        schema: {
          tags,
          security,
          summary: 'Add or change a checklist item (admins); set active false to retire it',
          params: z.object({ code: ItemCode }),
          body: SafetyPlanItemInput,
          response: { 200: SafetyPlanItem },
        },
      },
      async (req) => saveChecklistItem(deps, principal(req), req.params.code, req.body),
    );
  };
}
