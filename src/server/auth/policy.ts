import { ROLES, type Role } from '../../shared/roles.ts';

/**
 * Who may use sign-in and user administration, in one visible place. Other features keep their own
 * policy beside their routes; these role groups are shared so that the words mean the same everywhere.
 */
export const ALL_ROLES: readonly Role[] = ROLES;
/** Focal-point staff: everyone but partner liaisons. */
export const STAFF_ROLES: readonly Role[] = [
  'intake_officer',
  'caseworker',
  'analyst',
  'supervisor',
  'admin',
];

export type AuthAction =
  | 'session.own' // see who am I, sign out, change one's own password and second factor
  | 'users.manage' // list, create, change, disable and reset users, propose what needs a second person
  | 'users.review'; // see proposals; approve or refuse them (who may approve what: contracts/users.ts)

const POLICY: Record<AuthAction, readonly Role[]> = {
  'session.own': ALL_ROLES,
  'users.manage': ['admin'],
  // Supervisors approve access to case content; admins approve (or supervisors) a new administrator.
  'users.review': ['supervisor', 'admin'],
};

export const rolesFor = (action: AuthAction): readonly Role[] => POLICY[action];
export const can = (role: Role, action: AuthAction): boolean => POLICY[action].includes(role);
