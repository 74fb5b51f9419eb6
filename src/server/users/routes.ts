import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../shared/contracts/errors.ts';
import {
  CreateUserRequest,
  IdentityIdParams,
  LinkIdentityRequest,
  OidcIdentity,
  OidcIdentityList,
  Proposal,
  ProposalApproved,
  ProposalIdParams,
  ProposalList,
  ProposalMade,
  ProposalRequest,
  UpdateUserRequest,
  UserCredentials,
  UserIdParams,
  UserList,
  UserSummary,
} from '../../shared/contracts/users.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import { rolesFor } from '../auth/policy.ts';
import type { AppDeps } from '../deps.ts';
import { approveProposal, listProposals, refuseProposal } from './decide-proposal.ts';
import { approveLink, listIdentities, proposeLink, unlink } from './identities.ts';
import { createUserByAdmin, listUsers, resetUser, updateUser } from './manage-users.ts';
import { proposeChange } from './propose-change.ts';

/**
 * Users and roles, for admins (policy 'users.manage'); proposals under the two-person rule for admins and
 * supervisors ('users.review'). Answers carry account facts, never case data.
 */
export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const adminsOnly = staffGuard(deps, rolesFor('users.manage'));
    const reviewers = staffGuard(deps, rolesFor('users.review'));
    const security = [{ session: [] }];

    app.get(
      '/api/v1/users',
      {
        preHandler: adminsOnly,
        schema: {
          tags: ['users'],
          summary: 'Every staff and partner user',
          security,
          response: { 200: UserList },
        },
      },
      async () => listUsers(deps),
    );

    app.post(
      '/api/v1/users',
      {
        preHandler: adminsOnly,
        schema: {
          tags: ['users'],
          summary: 'Create a user; answers the one-time password and TOTP secret, shown only this once',
          security,
          body: CreateUserRequest,
          response: { 201: UserCredentials, 400: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) => reply.status(201).send(await createUserByAdmin(deps, principal(req), req.body)),
    );

    app.patch(
      '/api/v1/users/:id',
      {
        preHandler: adminsOnly,
        schema: {
          tags: ['users'],
          summary: 'Change a user’s role, organisation, name, locale, on-duty flag, or disable them',
          security,
          params: UserIdParams,
          body: UpdateUserRequest,
          response: { 200: UserSummary, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => updateUser(deps, principal(req), req.params.id, req.body),
    );

    app.post(
      '/api/v1/users/:id/reset',
      {
        preHandler: adminsOnly,
        schema: {
          tags: ['users'],
          summary: 'New one-time password and TOTP secret; every session of the user ends',
          security,
          params: UserIdParams,
          response: { 200: UserCredentials, 404: ErrorBody },
        },
      },
      async (req) => resetUser(deps, principal(req), req.params.id),
    );

    // Identities of the organisation's identity provider, linked to accounts under the two-person rule.
    app.get(
      '/api/v1/users/identities',
      {
        preHandler: reviewers,
        schema: {
          tags: ['users'],
          summary: 'Identities the identity provider has presented, and the accounts they are linked to',
          security,
          response: { 200: OidcIdentityList },
        },
      },
      async (req) => listIdentities(deps, principal(req)),
    );

    app.post(
      '/api/v1/users/identities/:id/link',
      {
        preHandler: adminsOnly,
        schema: {
          tags: ['users'],
          summary: 'Propose to link an identity to an account (a second person approves)',
          security,
          params: IdentityIdParams,
          body: LinkIdentityRequest,
          response: { 200: OidcIdentity, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => proposeLink(deps, principal(req), req.params.id, req.body),
    );

    app.post(
      '/api/v1/users/identities/:id/approve',
      {
        preHandler: reviewers,
        schema: {
          tags: ['users'],
          summary: 'Approve a proposed link: the identity then signs in as the account',
          security,
          params: IdentityIdParams,
          response: { 200: OidcIdentity, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => approveLink(deps, principal(req), req.params.id),
    );

    app.post(
      '/api/v1/users/identities/:id/unlink',
      {
        preHandler: reviewers,
        schema: {
          tags: ['users'],
          summary: 'Refuse a proposed link or remove a link: the identity no longer signs in',
          security,
          params: IdentityIdParams,
          response: { 200: OidcIdentity, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => unlink(deps, principal(req), req.params.id),
    );

    app.get(
      '/api/v1/users/proposals',
      {
        preHandler: reviewers,
        schema: {
          tags: ['users'],
          summary: 'Proposals waiting for a second person (two-person rule), with who proposed what and when',
          security,
          response: { 200: ProposalList },
        },
      },
      async (req) => listProposals(deps, principal(req)),
    );

    app.post(
      '/api/v1/users/proposals',
      {
        preHandler: adminsOnly,
        schema: {
          tags: ['users'],
          summary:
            'Propose what an admin may not do alone: an account with a content or administrator role, raising an account to one, resetting or enabling one. Answers the new TOTP secret, the proposer’s half, shown only this once',
          security,
          body: ProposalRequest,
          response: { 201: ProposalMade, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req, reply) => reply.status(201).send(await proposeChange(deps, principal(req), req.body)),
    );

    app.post(
      '/api/v1/users/proposals/:id/approve',
      {
        preHandler: reviewers,
        schema: {
          tags: ['users'],
          summary:
            'Approve a proposal as the second person; it takes effect now. Answers the one-time password, the approver’s half, shown only this once',
          security,
          params: ProposalIdParams,
          response: { 200: ProposalApproved, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => approveProposal(deps, principal(req), req.params.id),
    );

    app.post(
      '/api/v1/users/proposals/:id/refuse',
      {
        preHandler: reviewers,
        schema: {
          tags: ['users'],
          summary: 'Refuse a proposal as the second person, or withdraw one’s own; nothing else changes',
          security,
          params: ProposalIdParams,
          response: { 200: Proposal, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (req) => refuseProposal(deps, principal(req), req.params.id),
    );
  };
}
