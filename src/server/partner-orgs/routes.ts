import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NewPartnerOrg,
  PartnerOrg,
  PartnerOrgList,
  PartnerOrgPatch,
} from '../../shared/contracts/referrals.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import type { AppDeps } from '../deps.ts';
import { ORG_MANAGERS, ORG_READERS } from '../referrals/policy.ts';
import * as orgs from './service.ts';

const security = [{ session: [] }];
const tags = ['partner-orgs'];

/** Partner organisations: staff who refer read the list; admins manage it. */
export function partnerOrgRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/partner-orgs',
      {
        preHandler: staffGuard(deps, ORG_READERS),
        schema: {
          tags,
          security,
          summary: 'Partner organisations (admins see inactive ones too)',
          response: { 200: PartnerOrgList },
        },
      },
      async (req) => orgs.listPartnerOrgs(deps, principal(req)),
    );

    app.post(
      '/api/v1/partner-orgs',
      {
        preHandler: staffGuard(deps, ORG_MANAGERS),
        schema: {
          tags,
          security,
          summary: 'Add a partner organisation (admins)',
          body: NewPartnerOrg,
          response: { 201: PartnerOrg },
        },
      },
      async (req, reply) => reply.code(201).send(await orgs.createPartnerOrg(deps, principal(req), req.body)),
    );

    app.patch(
      '/api/v1/partner-orgs/:id',
      {
        preHandler: staffGuard(deps, ORG_MANAGERS),
        schema: {
          tags,
          security,
          summary: 'Edit, rename or deactivate a partner organisation (admins)',
          params: z.object({ id: z.string() }),
          body: PartnerOrgPatch,
          response: { 200: PartnerOrg },
        },
      },
      async (req) => orgs.updatePartnerOrg(deps, principal(req), req.params.id, req.body),
    );
  };
}
