import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateUserRequest,
  UpdateUserRequest,
  UserCredentials,
  UserIdParams,
  UserList,
  UserSummary,
} from '../../shared/contracts/users.ts';
import { principal, staffGuard } from '../auth/guard.ts';
import { rolesFor } from '../auth/policy.ts';
import type { AppDeps } from '../deps.ts';
import { createUserByAdmin, listUsers, resetUser, updateUser } from './manage-users.ts';

const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

/** Users and roles, for admins only (policy 'users.manage'). Answers carry account facts, never case data. */
export function userRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const adminsOnly = staffGuard(deps, rolesFor('users.manage'));
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
  };
}
