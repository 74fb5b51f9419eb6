import type { Role } from '../../shared/roles.ts';

/**
 * Who works with tags and saved views (DESIGN.md, "People and what they do").
 *
 *   tags         staff who work case content define labels and put them on the cases they may work on
 *                (caseworkers: their own cases); analysts never see them (staff text about a case).
 *   saved views  everyone who reaches the queue keeps their own, seen by nobody else.
 */
export const TAG_WORKERS = ['intake_officer', 'caseworker', 'supervisor'] as const satisfies Role[];
export const VIEW_KEEPERS = [
  'intake_officer',
  'caseworker',
  'supervisor',
  'analyst',
] as const satisfies Role[];
