import type { Role } from '../../shared/roles.ts';

/**
 * Support resources are public information: anyone reads the support page; admins keep the list of
 * helplines and services up to date (no case content is involved, so this is an admin's alone).
 */
export const RESOURCE_EDITORS = ['admin'] as const satisfies Role[];
