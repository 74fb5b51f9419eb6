import type { Role } from '../../shared/roles.ts';

/**
 * Who records a report on someone's behalf (by phone, in person, by e-mail or letter) and prints their slip:
 * the front line — intake officers, caseworkers and supervisors. Analysts, admins and partners never do.
 */
export const ASSISTED_INTAKE_STAFF = ['intake_officer', 'caseworker', 'supervisor'] as const satisfies Role[];
