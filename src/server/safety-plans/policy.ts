import type { Role } from '../../shared/roles.ts';

/**
 * Who does what with safety plans, by the cases' own rules (cases/policy.ts):
 *   intake officers, caseworkers (their cases), supervisors  read a case's plans (audited) and fill them in
 *                                                           with the person (the case's `writeTasks`)
 *   the receipt holder                                      reads their own plan in follow-up
 *   admins                                                  edit the checklist (data, in every language),
 *                                                           never a plan
 *   analysts, partners                                      nothing
 */
export const PLAN_STAFF = ['intake_officer', 'caseworker', 'supervisor'] as const satisfies Role[];
export const CHECKLIST_READERS = [...PLAN_STAFF, 'admin'] as const satisfies Role[];
export const CHECKLIST_EDITORS = ['admin'] as const satisfies Role[];
