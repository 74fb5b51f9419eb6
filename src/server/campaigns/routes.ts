import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CampaignDetail,
  CampaignList,
  CampaignPatch,
  CampaignStatus,
  CaseLinks,
  LinkAlerts,
  RejectLink,
  SimilarCases,
} from '../../shared/contracts/indicators.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { listAlerts, markAlertSeen } from './alerts.ts';
import { rejectLink, updateCampaign } from './decide-campaign.ts';
import { findSimilarCases } from './find-similar-cases.ts';
import { LINK_READERS } from './policy.ts';
import { getCampaign, listCampaigns } from './read-campaigns.ts';
import { readCaseLinks } from './read-case-links.ts';

export { LINK_READERS };

const Id = z.object({ id: z.uuid() });
const security = [{ session: [] }];
const tags = ['campaigns'];

export function campaignRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const guard = staffGuard(deps, LINK_READERS);
  return async (app) => {
    app.get(
      '/api/v1/cases/:id/links',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary:
            'Cases that share an identifier with this one, each link explained (values to supervisors only)',
          params: Id,
          response: { 200: CaseLinks },
        },
      },
      async (req) => readCaseLinks(deps, principal(req), req.params.id),
    );

    app.get(
      '/api/v1/cases/:id/similar',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary:
            'Possibly related cases: same tactics, community, province and month, but no shared identifier (never a link)',
          params: Id,
          response: { 200: SimilarCases },
        },
      },
      async (req) => findSimilarCases(deps, req.params.id),
    );

    app.get(
      '/api/v1/campaigns',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary: 'Campaigns: groups of linked cases, suggested first',
          querystring: z.object({
            status: CampaignStatus.optional(),
            limit: z.coerce.number().int().min(1).max(200).default(100),
          }),
          response: { 200: CampaignList },
        },
      },
      async (req) => listCampaigns(deps, principal(req), req.query),
    );

    app.get(
      '/api/v1/campaigns/alerts',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary: 'New reports that linked to an existing case or joined a campaign',
          querystring: z.object({
            unseen: z
              .enum(['true', 'false'])
              .default('false')
              .transform((v) => v === 'true'),
            limit: z.coerce.number().int().min(1).max(200).default(50),
          }),
          response: { 200: LinkAlerts },
        },
      },
      async (req) => listAlerts(deps, principal(req), req.query),
    );

    app.post(
      '/api/v1/campaigns/alerts/:id/seen',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary: 'Marks an alert seen by the signed-in user',
          params: Id,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await markAlertSeen(deps, principal(req), req.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/v1/campaigns/links/reject',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary: 'Rejects the link between two cases, for good',
          body: RejectLink,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await rejectLink(deps, principal(req), req.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/v1/campaigns/:id',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary: 'One campaign: its members and a case–identifier graph of what joins them',
          params: Id,
          response: { 200: CampaignDetail },
        },
      },
      async (req) => getCampaign(deps, principal(req), req.params.id),
    );

    app.patch(
      '/api/v1/campaigns/:id',
      {
        preHandler: guard,
        schema: {
          tags,
          security,
          summary: 'Confirms or rejects a campaign, names it, annotates it (name and note are sealed)',
          params: Id,
          body: CampaignPatch,
          response: { 200: CampaignDetail },
        },
      },
      async (req) => updateCampaign(deps, principal(req), req.params.id, req.body),
    );
  };
}
