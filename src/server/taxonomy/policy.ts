import type { Role } from '../../shared/roles.ts';

/** Who may change the taxonomy: admins (DESIGN.md: "taxonomy editing with translations"). */
export const TAXONOMY_MANAGERS: readonly Role[] = ['admin'];
