import type { Role } from '../../shared/roles.ts';

/**
 * Who works call-back requests (the same people who work cases, by the same per-case rules:
 * cases/policy.ts — a caseworker only on the cases assigned to them). Reporters ask for a call with their
 * receipt; analysts, admins and partners never see a request, its number or its times.
 */
export const CALLBACK_STAFF = ['intake_officer', 'caseworker', 'supervisor'] as const satisfies Role[];

/** A reporter has at most this many requests waiting: asking again before we called changes nothing. */
export const OPEN_REQUESTS_PER_REPORT = 1;
