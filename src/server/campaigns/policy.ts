import type { Role } from '../../shared/roles.ts';

/** Links and campaigns are for analysts and supervisors (DESIGN.md, "People"); identities never appear. */
export const LINK_READERS: readonly Role[] = ['analyst', 'supervisor'];

/**
 * Identifier values (a phone number, a site) are content: supervisors, who may read every case, see them
 * in links and campaign pictures; analysts see their kinds, how they were found and what they weigh.
 */
export const mayReadIdentifierValues = (role: Role): boolean => role === 'supervisor';
