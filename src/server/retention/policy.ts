import type { Role } from '../../shared/roles.ts';

/**
 * Who may do what in records management, in one visible place. Admins set the schedule and see what it
 * does (references, counts, rules: never content); supervisors answer for cases: they see the schedule,
 * run it, place and lift legal holds (whose reasons they read) and decide deletion requests.
 */
export type RetentionAction =
  | 'schedule.read'
  | 'schedule.edit'
  | 'plan' // the dry run and a run now
  | 'summary' // what was disposed of per month
  | 'holds' // list, place, review, lift legal holds
  | 'deletions'; // list and decide reporters' deletion requests

const POLICY: Record<RetentionAction, readonly Role[]> = {
  'schedule.read': ['admin', 'supervisor'],
  'schedule.edit': ['admin'],
  plan: ['admin', 'supervisor'],
  summary: ['admin', 'supervisor'],
  holds: ['supervisor'],
  deletions: ['supervisor'],
};

export const rolesFor = (action: RetentionAction): readonly Role[] => POLICY[action];
export const can = (role: Role, action: RetentionAction): boolean => POLICY[action].includes(role);
