import { z } from 'zod';
import { Role } from '../roles.ts';
import { Credentials } from './auth.ts';

/** User administration (admins only). No case content ever appears here. */

export const UserSummary = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: Role,
  partnerOrgId: z.uuid().nullable(),
  locale: z.enum(['en', 'fr']),
  disabled: z.boolean(),
  onDuty: z.boolean().describe('Caseworkers on duty receive high-risk report alerts'),
  mustChangePassword: z.boolean(),
  recentSignInFailures: z
    .number()
    .int()
    .describe(
      'Failed sign-ins for this address in the last 15 minutes, from every source: they slow its answers down; they never lock the account',
    ),
  createdAt: z.iso.datetime(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const UserList = z.object({ items: z.array(UserSummary), total: z.number().int() });

export const UserIdParams = z.object({ id: z.uuid() });

export const CreateUserRequest = z.object({
  email: z.email().max(254),
  role: Role,
  displayName: z.string().trim().max(120).default(''),
  partnerOrgId: z.uuid().optional().describe('Required for, and only for, the partner role'),
  locale: z.enum(['en', 'fr']).default('en'),
});
export type CreateUserRequest = z.input<typeof CreateUserRequest>;

export const UpdateUserRequest = z
  .object({
    role: Role,
    displayName: z.string().trim().max(120),
    disabled: z.boolean(),
    onDuty: z.boolean(),
    locale: z.enum(['en', 'fr']),
    partnerOrgId: z.uuid().nullable(),
  })
  .partial();
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const UserCredentials = Credentials.extend({ user: UserSummary });
export type UserCredentials = z.infer<typeof UserCredentials>;
