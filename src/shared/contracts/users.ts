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

// ---------------------------------------------------------------------------------------------------
// The two-person rule. DESIGN.md gives admins "no access to case content (separation of duties)"; an
// admin who could make an account that reaches content, and sign in as it, would have that access one
// step away. So an admin alone may not give a role that reaches content, nor the administrator role (an
// admin who makes admins at will could make the second person too): the admin proposes, another person
// approves. The console and the server read the rule from here.

/** Roles that reach case content: intake officers, caseworkers, supervisors. */
export const CONTENT_ROLES = [
  'intake_officer',
  'caseworker',
  'supervisor',
] as const satisfies readonly Role[];
/** Roles an admin may not give alone: the content roles and the administrator role. */
export const GUARDED_ROLES = [...CONTENT_ROLES, 'admin'] as const satisfies readonly Role[];

export const isContentRole = (role: Role): boolean => (CONTENT_ROLES as readonly Role[]).includes(role);
export const isGuardedRole = (role: Role): boolean => (GUARDED_ROLES as readonly Role[]).includes(role);

/**
 * Whether changing an account's role from `from` to `to` needs a second person: any change into a guarded
 * role, except a narrowing — a supervisor may do everything an intake officer or a caseworker may, so
 * becoming one of them gives nothing new. (Intake officers and caseworkers each see what the other does
 * not: all new reports, against the identities in one's own cases; between them it is a change of power.)
 */
export function roleChangeNeedsApproval(from: Role, to: Role): boolean {
  if (from === to || !isGuardedRole(to)) return false;
  return !(from === 'supervisor' && isContentRole(to));
}

/** Who may approve giving `role`: supervisors for content roles; another admin or a supervisor for admin. */
export const approverRolesFor = (role: Role): readonly Role[] =>
  role === 'admin' ? ['admin', 'supervisor'] : ['supervisor'];

export const PROPOSAL_KINDS = ['create', 'elevate', 'reset', 'enable'] as const;
export const ProposalKind = z.enum(PROPOSAL_KINDS);
export type ProposalKind = z.infer<typeof ProposalKind>;
export const ProposalStatus = z.enum(['pending', 'approved', 'refused', 'withdrawn', 'expired']);

export const ProposalRequest = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('create'),
      email: z.email().max(254),
      role: Role,
      displayName: z.string().trim().max(120).default(''),
      locale: z.enum(['en', 'fr']).default('en'),
    })
    .describe('A new account with a content role or the administrator role'),
  z
    .object({ kind: z.literal('elevate'), userId: z.uuid(), role: Role })
    .describe('Give an account a content role or the administrator role (its credentials are renewed)'),
  z
    .object({ kind: z.literal('reset'), userId: z.uuid() })
    .describe('New one-time password and TOTP secret for an account with such a role'),
  z.object({ kind: z.literal('enable'), userId: z.uuid() }).describe('Enable such an account again'),
]);
export type ProposalRequest = z.input<typeof ProposalRequest>;

export const ProposalIdParams = z.object({ id: z.uuid() });

const Person = z.object({ id: z.uuid(), email: z.string(), displayName: z.string() });

export const Proposal = z.object({
  id: z.uuid(),
  kind: ProposalKind,
  status: ProposalStatus,
  account: z
    .object({ id: z.uuid().nullable(), email: z.string(), displayName: z.string() })
    .describe('The account concerned (no id yet for an account to create)'),
  role: Role.describe('The role the account has once approved'),
  fromRole: Role.nullable().describe('The role it has now (elevate)'),
  proposedBy: Person,
  proposedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  decidedBy: Person.nullable(),
  decidedAt: z.iso.datetime().nullable(),
  canApprove: z.boolean().describe('Whether the caller may approve or refuse it'),
  canWithdraw: z.boolean().describe('Whether the caller proposed it and may withdraw it'),
});
export type Proposal = z.infer<typeof Proposal>;

export const ProposalList = z.object({ items: z.array(Proposal) });
export type ProposalList = z.infer<typeof ProposalList>;

/**
 * The proposer's half of new credentials (create, elevate, reset): the TOTP secret, shown this once. The
 * approver receives the other half, the one-time password; neither alone can sign in.
 */
export const ProposalMade = z.object({
  proposal: Proposal,
  secondFactor: z
    .object({
      email: z.string(),
      totpSecret: z.string().describe('Base32 TOTP secret (SHA-1, 6 digits, 30 s)'),
      totpUri: z.string().describe('otpauth:// URI for a QR code'),
    })
    .nullable(),
});
export type ProposalMade = z.infer<typeof ProposalMade>;

/** The approver's half: the one-time password (null when enabling an account, which keeps its own). */
export const ProposalApproved = z.object({
  proposal: Proposal,
  user: UserSummary,
  oneTimePassword: z.string().nullable().describe('To be changed at first sign-in; shown this once'),
});
export type ProposalApproved = z.infer<typeof ProposalApproved>;

/**
 * An identity the organisation's identity provider presented at sign-in. It signs in only once linked to an
 * account: an administrator proposes the link, a second person approves it (`approverRolesFor` the
 * account's role), never the proposer, never the account's owner.
 */
export const OidcIdentity = z.object({
  id: z.uuid(),
  email: z.string().nullable().describe('The provider’s e-mail claim at the last sign-in (grants nothing)'),
  displayName: z.string().nullable(),
  firstSeenAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  status: z.enum(['unlinked', 'proposed', 'linked']),
  account: z.object({ id: z.uuid(), email: z.string(), role: Role }).nullable(),
  proposedBy: z.uuid().nullable(),
  canApprove: z.boolean().describe('Whether the viewer may approve the proposed link'),
});
export type OidcIdentity = z.infer<typeof OidcIdentity>;

export const OidcIdentityList = z.object({ items: z.array(OidcIdentity) });
export type OidcIdentityList = z.infer<typeof OidcIdentityList>;

export const IdentityIdParams = z.object({ id: z.uuid() });
export const LinkIdentityRequest = z.object({
  userId: z.uuid().describe('The FocalPoint account it signs in as'),
});
